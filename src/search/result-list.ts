/**
 * The panel's list of results as data: how a corrected query's results merge with the typed
 * query's, how filter counts combine, and what the status line says (failures included).
 */
import { noResultsText, resultsText, SEARCH_STRINGS } from './strings';

/** Per filter key, per value, how many results have it (Pagefind's shape). */
export type Counts = Record<string, Record<string, number>>;

/** Per value, the larger of two counts: with a correction, neither search alone counts every result shown. */
export function maxCounts(a: Counts, b: Counts | undefined): Counts {
  if (!b) return a;
  const out: Counts = {};
  for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
    out[key] = { ...a[key] };
    for (const [value, n] of Object.entries(b[key] ?? {})) out[key][value] = Math.max(out[key][value] ?? 0, n);
  }
  return out;
}

/** A result of the current search; corrected-query results (group 0) come before the typed query's (group 1). */
export interface Entry<R> {
  result: R;
  group: 0 | 1;
}

/** The corrected query's results first, then the typed query's that are not among them. */
export function mergeResults<R extends { id: string }>(typed: R[], corrected: R[] = []): Array<Entry<R>> {
  const seen = new Set(corrected.map((r) => r.id));
  return [...corrected.map((result): Entry<R> => ({ result, group: 0 })), ...typed.filter((r) => !seen.has(r.id)).map((result): Entry<R> => ({ result, group: 1 }))];
}

/**
 * Which Pagefind step failed. `load` and `search` leave no results to show; `filters` and
 * `results` (a page of result details) leave search usable, so their message follows the count.
 */
export type SearchFailure = 'load' | 'search' | 'filters' | 'results';

export interface StatusView {
  query: string;
  filtered: boolean;
  total: number;
  listed: number;
  correction?: string;
  failures: ReadonlySet<SearchFailure>;
  /** The development server has no index: say how to get one rather than "could not load". */
  dev?: boolean;
}

/**
 * The status line (a live region), or undefined to keep what it says while the first page of
 * results loads: its count is announced once those results are there.
 */
export function statusText({ query, filtered, total, listed, correction, failures, dev }: StatusView): string | undefined {
  if (failures.has('load')) return dev ? SEARCH_STRINGS.devNoIndex : SEARCH_STRINGS.loadFailed;
  if (failures.has('search')) return SEARCH_STRINGS.searchFailed;
  let text: string | undefined;
  if (!query && !filtered) text = '';
  else if (!total) text = noResultsText(query);
  // Until the first page is listed its count is not said, unless that page failed to load.
  else if (listed || failures.has('results')) text = resultsText(total, Math.min(listed, total), query, correction);
  else return undefined;
  const notes = [failures.has('results') && SEARCH_STRINGS.resultsFailed, failures.has('filters') && SEARCH_STRINGS.filtersFailed].filter(Boolean);
  return [text, ...notes].filter(Boolean).join(' ');
}
