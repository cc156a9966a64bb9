import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';

const pagefind = vi.hoisted(() => ({
  createIndex: vi.fn(),
  close: vi.fn(async () => null),
}));
vi.mock('pagefind', () => pagefind);

import { buildSearchIndex, SearchIndexError } from '../../../src/integration/search-index';

function fakeIndex(overrides: Record<string, unknown> = {}) {
  return {
    addDirectory: vi.fn(async () => ({ errors: [], page_count: 3 })),
    addCustomRecord: vi.fn(async () => ({ errors: [], file: {} })),
    writeFiles: vi.fn(async () => ({ errors: [], outputPath: '' })),
    ...overrides,
  };
}

async function runHook(dir: string) {
  const logger = { info: vi.fn(), debug: vi.fn(), warn: vi.fn(), error: vi.fn() };
  const counts = await buildSearchIndex(dir, logger as never);
  return Object.assign(logger, { counts });
}

describe('Pagefind integration', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'pf-'));
    pagefind.createIndex.mockReset();
    pagefind.close.mockClear();
  });

  it('indexes the build, adds the questions of the built pages as records, logs the time and removes unused UIs', async () => {
    const output = join(dir, 'pagefind');
    const index = fakeIndex({
      writeFiles: vi.fn(async () => {
        mkdirSync(output);
        for (const name of ['pagefind.js', 'pagefind-ui.js', 'pagefind-component-ui.css']) writeFileSync(join(output, name), '');
        return { errors: [], outputPath: output };
      }),
    });
    pagefind.createIndex.mockResolvedValue({ errors: [], index });
    mkdirSync(join(dir, 'a'));
    writeFileSync(
      join(dir, 'a', 'index.html'),
      '<nav>Sidebar</nav><article data-pagefind-body><h1>Canary releases</h1><p>A canary gets 5% of traffic.</p>' +
        '<section class="sf-quiz" data-pagefind-ignore data-quiz-mode="practice" data-search-section="Basics">' +
        '<div id="q-q-1" data-question-id="q-1" data-difficulty="easy" data-question-type="fill"><div data-search="prompt"><p>Rollback rollback?</p></div></div>' +
        '</section></article>',
    );
    const logger = await runHook(dir);
    expect(index.addDirectory).toHaveBeenCalledWith({ path: expect.stringContaining(dir) });
    expect(index.addCustomRecord).toHaveBeenCalledWith(expect.objectContaining({ url: '/a/#q-q-1', content: 'Rollback rollback?', language: 'en' }));
    expect(logger.counts).toEqual({ questions: 1, records: 4 });
    expect(logger.debug).toHaveBeenCalledWith(expect.stringMatching(/^Indexed 3 pages and 1 questions for search \(6 words for suggestions\) in \d+ ms$/));
    expect(readdirSync(output).sort()).toEqual(['pagefind.js', 'vocabulary.json']);
    // The words of indexed pages and question records, most frequent first, for "Did you mean …?".
    expect(JSON.parse(readFileSync(join(output, 'vocabulary.json'), 'utf8'))).toEqual(['rollback', 'canary', 'gets', 'question', 'releases', 'traffic']);
    expect(pagefind.close).toHaveBeenCalled();
  });

  it('fails the build with what Pagefind said, and still shuts Pagefind down', async () => {
    pagefind.createIndex.mockResolvedValue({ errors: [], index: fakeIndex({ writeFiles: vi.fn(async () => ({ errors: ['disk full'], outputPath: '' })) }) });
    const failure = runHook(dir);
    await expect(failure).rejects.toBeInstanceOf(SearchIndexError);
    await expect(failure).rejects.toThrow('Search indexing failed while writing the index:\n  disk full');
    expect(pagefind.close).toHaveBeenCalled();
  });

  it('reports errors from starting Pagefind', async () => {
    pagefind.createIndex.mockResolvedValue({ errors: ['binary not found'] });
    await expect(runHook(dir)).rejects.toThrow('while starting Pagefind:\n  binary not found');
  });
});
