/**
 * `virtual:studyforge/strings`: the UI text of the site's locale (site.yaml `locale`), and only that
 * locale. It re-exports `src/i18n/<locale>.ts`, so a page or island that imports one group (`quiz`)
 * bundles that group of one language, not every locale's text.
 */
import type { Locale } from '../schemas/site';
import { localeModule } from '../i18n';

export const STRINGS_MODULE = 'virtual:studyforge/strings';
const RESOLVED = `\0${STRINGS_MODULE}`;

export function stringsModulePlugin(locale: Locale) {
  return {
    name: 'studyforge:strings',
    resolveId: (id: string) => (id === STRINGS_MODULE ? RESOLVED : undefined),
    load: (id: string) => (id === RESOLVED ? `export * from ${JSON.stringify(localeModule(locale))};\n` : undefined),
  };
}
