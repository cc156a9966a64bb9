import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { sharedBuild } from './built-site';
import Ajv2020 from 'ajv/dist/2020';
import type { BankData, BankIndexData } from '../../src/quiz/data/schema';

/**
 * A real build of the fixture site: the bank data is published and valid against the schemas the
 * site itself publishes, and every question of every bank is on a page.
 */
let dist = '';
const read = (path: string) => readFileSync(join(dist, path), 'utf8');
const json = <T>(path: string) => JSON.parse(read(path)) as T;
const htmlFiles = (dir: string): string[] => (readdirSync(dir, { recursive: true }) as string[]).filter((f) => f.endsWith('.html'));
/** The fixture's `site` is http://localhost:4321 (astro.config.mjs), so data URLs are absolute. */
const path = (absolute: string) => new URL(absolute).pathname;

beforeAll(() => {
  // The fixture site as the other build tests of this run see it (built once: built-site.ts).
  dist = sharedBuild('tests/fixtures/site');
}, 300_000);

describe('bank data in a built site', () => {
  it('publishes the index and one JSON file per bank, each valid against the schema it names', () => {
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    const index = json<BankIndexData>('quizzes/index.json');
    const validIndex = ajv.compile(json(path(index.$schema).slice(1)));
    expect(validIndex(index), JSON.stringify(validIndex.errors)).toBe(true);
    expect(index.banks.map((b) => b.name)).toEqual(['basics', 'paging', 'selection']);
    const validBank = ajv.compile(json(path(index.bankSchema).slice(1)));
    for (const summary of index.banks) {
      const bank = json<BankData>(path(summary.data).slice(1));
      expect(validBank(bank), `${summary.data}: ${JSON.stringify(validBank.errors)}`).toBe(true);
      expect(path(bank.$schema)).toBe('/schemas/bank.v1.json');
      expect(bank.questions).toHaveLength(summary.questionCount);
    }
    expect(index.banks[0]!.articles.map((a) => path(a.url))).toEqual(['/basics/first-steps/', '/basics/second-steps/']);
  });

  it('shows every question of every bank on a page: its bank page, at the address the data gives', () => {
    const pages = new Map(htmlFiles(dist).map((file) => [`/${file.replace(/index\.html$/, '')}`, readFileSync(join(dist, file), 'utf8')]));
    const index = json<BankIndexData>('quizzes/index.json');
    const missing: string[] = [];
    for (const summary of index.banks) {
      for (const question of json<BankData>(path(summary.data).slice(1)).questions) {
        const { pathname: page, hash } = new URL(question.url);
        const anchor = hash.slice(1);
        const shown = [...pages.values()].some((html) => html.includes(`data-question-id="${question.id}"`));
        if (!shown || !pages.get(page)?.includes(`id="${anchor}"`)) missing.push(`${summary.name}/${question.id} (${question.url})`);
      }
    }
    expect(missing, 'questions on no page').toEqual([]);
  });

  it('lists the bank pages in the sitemap, not their filtered copies (which are noindex)', () => {
    const sitemap = read('sitemap.xml');
    expect(sitemap).toContain('<loc>http://localhost:4321/quizzes/</loc>');
    expect(sitemap).toContain('<loc>http://localhost:4321/quizzes/basics/</loc>');
    expect(sitemap).not.toContain('/quizzes/basics/easy/');
    expect(read('quizzes/basics/easy/index.html')).toContain('<meta name="robots" content="noindex">');
  });

  it('links each article that shows a bank question to the bank page', () => {
    for (const article of ['basics/first-steps/index.html', 'basics/second-steps/index.html']) {
      expect(read(article)).toMatch(/<a href="\/quizzes\/basics\/">All 6 questions of the Basics bank<\/a>/);
    }
  });

  it('puts the styles of the bank pages in the bundled stylesheet, not in a <style> of the page', () => {
    // Astro inlines small stylesheets; the only <style> allowed is Astro's own rule for islands.
    const styles = read('quizzes/basics/index.html').match(/<style>[^<]{0,40}/g) ?? [];
    expect(styles.filter((style) => !style.startsWith('<style>astro-island'))).toEqual([]);
  });
});
