// @vitest-environment jsdom
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Pagefind, PagefindResult } from '../../src/client/pagefind-client';
import { loadPagefind } from '../../src/client/pagefind-client';
import { defineSearchPanel } from '../../src/client/search-panel';
import { SEARCH_STRINGS } from '../../src/search/strings';

// The panel against a fake Pagefind whose every call can fail: each failure must end in an
// announced message and a panel that still searches, never in an unhandled rejection.
vi.mock('../../src/client/pagefind-client', () => ({
  loadPagefind: vi.fn(),
  loadVocabulary: vi.fn(async () => ({ words: [], known: new Set<string>() })),
}));

const result = (n: number): PagefindResult => ({
  id: `r${n}`,
  data: vi.fn(async () => ({ url: `/notes/page-${n}/`, excerpt: `Page ${n} about <mark>drift</mark>.`, meta: { title: `Page ${n}`, type: 'Article' }, sub_results: [] })),
});

function fakePagefind(results = [result(1), result(2)]) {
  const counts = { type: { Article: results.length } };
  return {
    options: vi.fn(async () => {}),
    init: vi.fn(async () => {}),
    filters: vi.fn(async () => counts),
    search: vi.fn(async () => ({ results, filters: counts, totalFilters: counts })),
  } satisfies Pagefind;
}

let panel: HTMLElement;
const status = () => panel.querySelector('.sf-search-status')!;
const input = () => panel.querySelector('input')!;
const listed = () => panel.querySelectorAll('.sf-search-result');

function open(pagefind: ReturnType<typeof fakePagefind>): void {
  vi.mocked(loadPagefind).mockResolvedValue(pagefind);
  panel = document.createElement('search-panel');
  panel.setAttribute('mode', 'page');
  document.body.append(panel);
}

function type(text: string): void {
  input().value = text;
  input().dispatchEvent(new Event('input'));
}

beforeAll(() => {
  // jsdom does no layout.
  Element.prototype.scrollIntoView = () => {};
  defineSearchPanel();
});

beforeEach(() => {
  // The status line's words for a build, not for the development server.
  vi.stubEnv('DEV', false);
  history.replaceState(null, '', '/search/');
  localStorage.clear();
});

afterEach(() => {
  panel.remove();
  vi.unstubAllEnvs();
  vi.mocked(loadPagefind).mockReset();
});

describe('search panel when Pagefind fails', () => {
  it('says the filters could not load, and searches without them', async () => {
    const pagefind = fakePagefind();
    pagefind.filters.mockRejectedValue(new Error('filter chunk failed'));
    open(pagefind);
    await vi.waitFor(() => expect(status().textContent).toBe(SEARCH_STRINGS.filtersFailed));
    expect(panel.querySelectorAll('.sf-search-chip')).toHaveLength(0);

    type('drift');
    await vi.waitFor(() => expect(listed()).toHaveLength(2));
    expect(status().textContent).toBe(`2 results for “drift”. ${SEARCH_STRINGS.filtersFailed}`);

    // The next search tries the filters again.
    pagefind.filters.mockResolvedValue({ type: { Article: 2 } });
    type('drifts');
    await vi.waitFor(() => expect(status().textContent).toBe('2 results for “drifts”.'));
    expect(panel.querySelectorAll('.sf-search-chip')).toHaveLength(1);
  });

  it('says a search could not run, clears the old results, and the next search works', async () => {
    const pagefind = fakePagefind();
    open(pagefind);
    type('drift');
    await vi.waitFor(() => expect(listed()).toHaveLength(2));

    pagefind.search.mockRejectedValueOnce(new Error('index chunk failed'));
    type('drifts');
    await vi.waitFor(() => expect(status().textContent).toBe(SEARCH_STRINGS.searchFailed));
    expect(listed()).toHaveLength(0);
    expect(input().hasAttribute('aria-activedescendant')).toBe(false);

    type('drift');
    await vi.waitFor(() => expect(listed()).toHaveLength(2));
    expect(status().textContent).toBe('2 results for “drift”.');
  });

  it('says results could not load when their details fail, and "Show more" tries again', async () => {
    const failing = result(2);
    vi.mocked(failing.data).mockRejectedValueOnce(new Error('fragment failed'));
    open(fakePagefind([result(1), failing]));
    type('drift');
    await vi.waitFor(() => expect(status().textContent).toBe(`2 results for “drift”, showing 0. ${SEARCH_STRINGS.resultsFailed}`));
    const more = panel.querySelector<HTMLButtonElement>('.sf-search-more')!;
    expect(more.hidden).toBe(false);

    more.click();
    await vi.waitFor(() => expect(listed()).toHaveLength(2));
    expect(status().textContent).toBe('2 results for “drift”.');
    expect(more.hidden).toBe(true);
  });

  it('says search could not load when Pagefind itself fails, and loads it again on the next search', async () => {
    vi.mocked(loadPagefind).mockRejectedValueOnce(new TypeError('Failed to fetch dynamically imported module'));
    open(fakePagefind());
    await vi.waitFor(() => expect(status().textContent).toBe(SEARCH_STRINGS.loadFailed));

    type('drift');
    await vi.waitFor(() => expect(listed()).toHaveLength(2));
    expect(status().textContent).toBe('2 results for “drift”.');
  });
});

describe('search panel keyboard', () => {
  it('moves the active option with the arrows and wraps, as a combobox over a listbox', async () => {
    open(fakePagefind());
    type('drift');
    await vi.waitFor(() => expect(listed()).toHaveLength(2));
    const options = [...listed()];
    expect(new Set(options.map((o) => o.id)).size).toBe(2);
    const key = (k: string) => input().dispatchEvent(new KeyboardEvent('keydown', { key: k, cancelable: true }));
    key('ArrowDown');
    expect(input().getAttribute('aria-activedescendant')).toBe(options[0]!.id);
    expect(options[0]!.getAttribute('aria-selected')).toBe('true');
    key('ArrowDown');
    key('ArrowDown');
    expect(input().getAttribute('aria-activedescendant')).toBe(options[0]!.id);
    key('End');
    expect(options[1]!.getAttribute('aria-selected')).toBe('true');
    expect(options[0]!.getAttribute('aria-selected')).toBe('false');
  });
});
