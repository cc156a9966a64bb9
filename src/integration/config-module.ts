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
    load: (id: string) => (id === RESOLVED ? `export default ${JSON.stringify(config)};` : undefined),
  };
}
