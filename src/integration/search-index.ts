import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, sep } from 'node:path';
import type { AstroIntegrationLogger } from 'astro';
import * as pagefind from 'pagefind';
import type { SearchRecord } from '../search/records';
import { canonicalQuestionRecords, placedQuestionRecords, type PlacedRecord } from '../search/question-records';
import { buildVocabulary, indexedText, VOCABULARY_FILE, VOCABULARY_LIMIT } from '../search/vocabulary';
import { LOCALE_STRINGS } from '../i18n';
import type { Locale } from '../schemas/site';

const UNUSED_UI = /^pagefind-(component-ui|modular-ui|ui|highlight)\./;

/** Page furniture inside indexed content that would only add noise to results. */
const EXCLUDE = [
  '.sf-heading-anchor',
  '.sf-breadcrumbs',
  '.sf-toc',
  '.sf-related',
  '.sf-tags',
  '.sf-article-meta',
  '.sf-copy-button-host',
  '.sf-code-language',
  '.sf-terminal figcaption',
  '.sf-terminal .sf-prompt',
  '.sf-quiz',
];

/** Thrown when Pagefind reports errors: the build fails with what Pagefind said. */
export class SearchIndexError extends Error {
  constructor(step: string, errors: string[]) {
    super(`Search indexing failed while ${step}:\n  ${errors.join('\n  ')}\nThe site was built, but without a working search index.`);
    this.name = 'SearchIndexError';
    this.stack = `${this.name}: ${this.message}`;
  }
}

function check<T extends { errors: string[] }>(step: string, response: T): T {
  if (response.errors.length) throw new SearchIndexError(step, response.errors);
  return response;
}

/** The address of a built page: `basics/intro/index.html` -> `/basics/intro/`. */
function pageUrl(file: string): string {
  const folder = dirname(file).split(sep).join('/');
  return folder === '.' ? '/' : `/${folder}/`;
}

/**
 * Reads every built page once, page by page: the words of its indexed text go to the vocabulary
 * (returned), and the quiz questions it shows become search records (collected into `records`),
 * one per question however many pages show it (`canonicalQuestionRecords`).
 */
function readPages(outDir: string, records: SearchRecord[], locale: Locale): string[] {
  // Sorted, so the record a question keeps does not depend on the file system's order.
  const pages = (readdirSync(outDir, { recursive: true }) as string[]).filter((file) => file.endsWith('.html')).sort();
  const texts = function* () {
    const placed: PlacedRecord[] = [];
    for (const page of pages) {
      const html = readFileSync(join(outDir, page), 'utf8');
      yield indexedText(html);
      placed.push(...placedQuestionRecords(html, pageUrl(page), LOCALE_STRINGS[locale]));
    }
    for (const record of canonicalQuestionRecords(placed)) {
      records.push(record);
      yield `${record.meta.title} ${record.content}`;
    }
  };
  return buildVocabulary(texts(), VOCABULARY_LIMIT, locale);
}

/**
 * Builds the Pagefind index at the end of `astro build`, so search can never be forgotten or stale.
 * Pages mark their indexable content with `data-pagefind-body`; quiz questions are added as records
 * of their own, read from the quizzes in the built pages (`search/question-records.ts`).
 */
export async function buildSearchIndex(outDir: string, logger: AstroIntegrationLogger, locale: Locale = 'en'): Promise<{ questions: number; records: number }> {
  const started = performance.now();
  try {
    // One index in the site's language (its stemming), matching `<html lang>`, which the browser side reads to pick it.
    const { index } = check('starting Pagefind', await pagefind.createIndex({ forceLanguage: locale, excludeSelectors: EXCLUDE }));
    if (!index) throw new SearchIndexError('starting Pagefind', ['no index was created']);
    const pages = check('indexing the built pages', await index.addDirectory({ path: outDir }));
    const records: SearchRecord[] = [];
    const words = readPages(outDir, records, locale);
    for (const record of records) {
      check(`indexing question ${record.url}`, await index.addCustomRecord({ ...record, language: locale }));
    }
    const output = join(outDir, 'pagefind');
    check('writing the index', await index.writeFiles({ outputPath: output }));
    // The site has its own search UI on Pagefind's JS API; Pagefind's prebuilt UIs are not shipped.
    for (const file of readdirSync(output)) if (UNUSED_UI.test(file)) rmSync(join(output, file));
    // The words of the indexed pages and questions, for "Did you mean …?".
    writeFileSync(join(output, VOCABULARY_FILE), JSON.stringify(words));
    const ms = Math.round(performance.now() - started);
    logger.debug(`Indexed ${pages.page_count} pages and ${records.length} questions for search (${words.length} words for suggestions) in ${ms} ms`);
    // The build's one summary line (index.ts) reports these.
    return { questions: records.length, records: pages.page_count + records.length };
  } finally {
    await pagefind.close();
  }
}
