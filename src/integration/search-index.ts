import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AstroIntegrationLogger } from 'astro';
import * as pagefind from 'pagefind';
import { SEARCH_RECORDS_FILE, type SearchRecord } from '../search/records';
import { buildVocabulary, indexedText, VOCABULARY_FILE } from '../search/vocabulary';

const UNUSED_UI = /^pagefind-(component-ui|modular-ui|ui|highlight)\./;

/** Page furniture inside indexed content that would only add noise to results. */
const EXCLUDE = [
  '.heading-anchor',
  '.breadcrumbs',
  '.toc',
  '.related',
  '.tags',
  '.article-meta',
  '.copy-button-host',
  '.code-language',
  '.terminal figcaption',
  '.terminal .prompt',
  '.quiz',
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

/** Writes the words of the indexed pages and questions for "Did you mean …?"; returns how many. */
function writeVocabulary(outDir: string, output: string, records: SearchRecord[]): number {
  const pages = (readdirSync(outDir, { recursive: true }) as string[]).filter((file) => file.endsWith('.html'));
  const texts = function* () {
    for (const page of pages) yield indexedText(readFileSync(join(outDir, page), 'utf8'));
    for (const record of records) yield `${record.meta.title} ${record.content}`;
  };
  const words = buildVocabulary(texts());
  writeFileSync(join(output, VOCABULARY_FILE), JSON.stringify(words));
  return words.length;
}

/**
 * Builds the Pagefind index at the end of `astro build`, so search can never be forgotten or stale.
 * Pages mark their indexable content with `data-pagefind-body`; quiz questions are added as records
 * of their own from the build's `search-records.json` (which is removed afterwards).
 */
export async function buildSearchIndex(outDir: string, logger: AstroIntegrationLogger): Promise<void> {
  const started = performance.now();
  const recordsFile = join(outDir, SEARCH_RECORDS_FILE);
  try {
    const { index } = check('starting Pagefind', await pagefind.createIndex({ forceLanguage: 'en', excludeSelectors: EXCLUDE }));
    if (!index) throw new SearchIndexError('starting Pagefind', ['no index was created']);
    const pages = check('indexing the built pages', await index.addDirectory({ path: outDir }));
    const records: SearchRecord[] = existsSync(recordsFile) ? JSON.parse(readFileSync(recordsFile, 'utf8')) : [];
    for (const record of records) {
      check(`indexing question ${record.url}`, await index.addCustomRecord({ ...record, language: 'en' }));
    }
    const output = join(outDir, 'pagefind');
    check('writing the index', await index.writeFiles({ outputPath: output }));
    // The site has its own search UI on Pagefind's JS API; Pagefind's prebuilt UIs are not shipped.
    for (const file of readdirSync(output)) if (UNUSED_UI.test(file)) rmSync(join(output, file));
    const words = writeVocabulary(outDir, output, records);
    const ms = Math.round(performance.now() - started);
    logger.info(`Indexed ${pages.page_count} pages and ${records.length} questions for search (${words} words for suggestions) in ${ms} ms`);
  } finally {
    rmSync(recordsFile, { force: true });
    await pagefind.close();
  }
}
