import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadVocabulary } from '../../../src/client/pagefind-client';
import { listboxAction } from '../../../src/search/listbox';
import { maxCounts, mergeResults, statusText, type SearchFailure, type StatusView } from '../../../src/search/result-list';
import { SEARCH_STRINGS } from '../../../src/search/strings';

const view = (overrides: Partial<StatusView> = {}, ...failures: SearchFailure[]): StatusView => ({
  query: 'drift',
  filtered: false,
  total: 30,
  listed: 12,
  failures: new Set(failures),
  ...overrides,
});

describe('status line', () => {
  it('counts results once the first page is listed, and keeps quiet while it loads', () => {
    expect(statusText(view())).toBe('30 results for “drift”, showing 12.');
    expect(statusText(view({ listed: 0 }))).toBeUndefined();
    expect(statusText(view({ total: 0, listed: 0 }))).toBe('No results for “drift”. Try fewer words or remove a filter.');
    expect(statusText(view({ query: '', total: 0, listed: 0 }))).toBe('');
  });

  it('replaces everything with the failure when there are no results to show', () => {
    expect(statusText(view({}, 'load'))).toBe(SEARCH_STRINGS.loadFailed);
    expect(statusText(view({ dev: true }, 'load'))).toBe(SEARCH_STRINGS.devNoIndex);
    expect(statusText(view({}, 'search', 'filters'))).toBe(SEARCH_STRINGS.searchFailed);
  });

  it('adds what failed after the count when search still works', () => {
    expect(statusText(view({}, 'results'))).toBe(`30 results for “drift”, showing 12. ${SEARCH_STRINGS.resultsFailed}`);
    // A first page that failed is said at once, with nothing shown yet.
    expect(statusText(view({ listed: 0 }, 'results'))).toBe(`30 results for “drift”, showing 0. ${SEARCH_STRINGS.resultsFailed}`);
    expect(statusText(view({ query: '', total: 0, listed: 0 }, 'filters'))).toBe(SEARCH_STRINGS.filtersFailed);
    expect(statusText(view({ listed: 30 }, 'filters', 'results'))).toBe(`30 results for “drift”. ${SEARCH_STRINGS.resultsFailed} ${SEARCH_STRINGS.filtersFailed}`);
  });
});

describe('results of a corrected query', () => {
  it('come first, and the typed query adds only the others', () => {
    const r = (id: string) => ({ id });
    expect(mergeResults([r('a'), r('b')], [r('b'), r('c')])).toEqual([
      { result: r('b'), group: 0 },
      { result: r('c'), group: 0 },
      { result: r('a'), group: 1 },
    ]);
    expect(mergeResults([r('a')])).toEqual([{ result: r('a'), group: 1 }]);
  });

  it('count each filter value by the larger of the two searches', () => {
    expect(maxCounts({ type: { Article: 3, Question: 1 } }, { type: { Question: 4 }, section: { Ops: 2 } })).toEqual({ type: { Article: 3, Question: 4 }, section: { Ops: 2 } });
    expect(maxCounts({ type: { Article: 3 } }, undefined)).toEqual({ type: { Article: 3 } });
  });
});

describe('listbox keys', () => {
  const state = (active: number, count = 3, hasMore = false) => ({ active, count, hasMore });

  it('move with the arrows, wrapping at both ends', () => {
    expect(listboxAction('ArrowDown', state(-1))).toEqual({ kind: 'move', to: 0 });
    expect(listboxAction('ArrowDown', state(2))).toEqual({ kind: 'move', to: 0 });
    expect(listboxAction('ArrowUp', state(0))).toEqual({ kind: 'move', to: 2 });
    expect(listboxAction('ArrowUp', state(-1))).toEqual({ kind: 'move', to: 1 });
  });

  it('ask for more from the last option when there is more, instead of wrapping', () => {
    expect(listboxAction('ArrowDown', state(2, 3, true))).toEqual({ kind: 'more' });
    expect(listboxAction('ArrowDown', state(1, 3, true))).toEqual({ kind: 'move', to: 2 });
  });

  it('open the active option on Enter, or the first', () => {
    expect(listboxAction('Enter', state(1))).toEqual({ kind: 'open', index: 1 });
    expect(listboxAction('Enter', state(-1))).toEqual({ kind: 'open', index: 0 });
    expect(listboxAction('Enter', state(-1, 0))).toBeUndefined();
  });

  it('leave Home and End to the text until an option is active', () => {
    expect(listboxAction('Home', state(-1))).toBeUndefined();
    expect(listboxAction('End', state(-1))).toBeUndefined();
    expect(listboxAction('Home', state(2))).toEqual({ kind: 'move', to: 0 });
    expect(listboxAction('End', state(0))).toEqual({ kind: 'move', to: 2 });
  });

  it('take the arrows even with no options (the caret does not jump), and leave other keys alone', () => {
    expect(listboxAction('ArrowDown', state(-1, 0))).toEqual({ kind: 'none' });
    expect(listboxAction('a', state(0))).toBeUndefined();
    expect(listboxAction('Escape', state(0))).toBeUndefined();
  });
});

describe('the vocabulary for "Did you mean"', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('is empty, never an error, when its request fails or returns something else', async () => {
    const responses = [
      () => Promise.reject(new TypeError('Failed to fetch')),
      () => Promise.resolve(new Response('not found', { status: 404 })),
      () => Promise.resolve(new Response('{broken')),
      () => Promise.resolve(new Response('{"words": 1}')),
    ];
    for (const respond of responses) {
      vi.stubGlobal('fetch', vi.fn(respond));
      expect((await loadVocabulary()).words).toEqual([]);
    }
    vi.stubGlobal('fetch', vi.fn(async () => new Response('["drift", 3, "model"]')));
    expect((await loadVocabulary()).words).toEqual(['drift', 'model']);
  });
});
