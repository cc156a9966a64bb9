/**
 * Every locale's UI text, by code. Build-time code that runs outside Vite (the integration, the
 * Markdown plugins, the search indexer) picks from here; pages and islands import
 * `virtual:studyforge/strings`, which is the site's locale only (see integration/strings-module.ts).
 */
import type { Locale } from '../schemas/site';
import * as de from './de';
import * as en from './en';
import type { Strings } from './strings';

export type { Strings } from './strings';
export { defaultDirection } from './direction';

export const LOCALE_STRINGS: Record<Locale, Strings> = { en, de };

/** The module file of a locale, for the virtual module to re-export. */
export const localeModule = (locale: Locale): string => new URL(`./${locale}/index.ts`, import.meta.url).pathname;
