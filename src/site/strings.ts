import { site } from 'virtual:studyforge/strings';

/** UI text of the site's frame (header, sidebar, footer, home, 404...), in the site's locale (`site` in src/i18n/<locale>.ts). */
export const SITE_STRINGS = site;
