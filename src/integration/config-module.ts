/**
 * `virtual:studyforge/config`: the checked options, as the site's own modules (content config,
 * routes, components) read them. They run in Vite, not in the Node process that called `studyforge()`.
 */
import type { StudyforgeConfig } from './options';

export const CONFIG_MODULE = 'virtual:studyforge/config';
const RESOLVED = `\0${CONFIG_MODULE}`;

export function configModulePlugin(config: StudyforgeConfig) {
  return {
    name: 'studyforge:config',
    resolveId: (id: string) => (id === CONFIG_MODULE ? RESOLVED : undefined),
    load: (id: string) => (id === RESOLVED ? configSource(config) : undefined),
  };
}

/**
 * The module's text. The logo and favicon (files in the content folder) are imported as Vite assets,
 * so they are emitted into the build with a hashed name under the site's base path.
 */
export function configSource(config: StudyforgeConfig): string {
  const { logo, favicon } = config.site;
  const imports = [
    logo ? `import logoUrl from ${JSON.stringify(`${logo.src}?url`)};` : 'const logoUrl = undefined;',
    favicon ? `import faviconUrl from ${JSON.stringify(`${favicon}?url`)};` : 'const faviconUrl = undefined;',
  ];
  const site = `{ ...config.site, logo: config.site.logo && { ...config.site.logo, src: logoUrl }, favicon: faviconUrl }`;
  return `${imports.join('\n')}\nconst config = ${JSON.stringify(config)};\nexport default { ...config, site: ${site} };\n`;
}
