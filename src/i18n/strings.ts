/**
 * The shape of a locale's UI text: what `en/` exports. Every other locale (`de/`) annotates each
 * group with it, so a missing, extra or mistyped key fails `npm run check` (and tests/unit/i18n/locales.test.ts).
 */
import type * as en from './en';

export type Strings = {
  site: typeof en.site;
  copy: typeof en.copy;
  interview: typeof en.interview;
  reading: typeof en.reading;
  search: typeof en.search;
  quiz: typeof en.quiz;
  challenge: typeof en.challenge;
  quizPages: typeof en.quizPages;
  bankPages: typeof en.bankPages;
  embed: typeof en.embed;
  embedSnippets: typeof en.embedSnippets;
};
