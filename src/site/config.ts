import studyforgeConfig from 'virtual:studyforge/config';

/**
 * The site's identity, from `<content>/site.yaml` or neutral defaults (see src/schemas/site.ts),
 * read at build through `virtual:studyforge/config`. `logo.src` and `favicon` are built URLs here.
 */
export const SITE = studyforgeConfig.site;
