import { url as siteUrl } from '../lib/url';
import { toVocabulary, VOCABULARY_FILE, type Vocabulary } from '../search/suggest';

/** The parts of Pagefind's browser API the search UI uses (loaded from /pagefind/pagefind.js). */
export interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
}

export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  sub_results: PagefindSubResult[];
}

export interface PagefindResult {
  id: string;
  data: () => Promise<PagefindResultData>;
}

export interface PagefindSearch {
  results: PagefindResult[];
  filters: Record<string, Record<string, number>>;
  totalFilters: Record<string, Record<string, number>>;
}

export interface Pagefind {
  init(): Promise<void>;
  options(options: Record<string, unknown>): Promise<void>;
  search(term: string | null, options?: { filters?: Record<string, unknown> }): Promise<PagefindSearch | null>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

let loading: Promise<Pagefind> | undefined;

/**
 * Loads Pagefind once, on first use. The path is outside the bundle: Pagefind writes it after the
 * build. Any failing step (the import, options, init) rejects, the panel says so, and the next call
 * tries again. Of the later calls, `filters()`, `search()` and a result's `data()` can reject too:
 * the panel guards each one.
 */
export function loadPagefind(): Promise<Pagefind> {
  loading ??= (async () => {
    const url = siteUrl('/pagefind/pagefind.js');
    const pagefind = (await import(/* @vite-ignore */ url)) as Pagefind;
    // Question records are short; a weaker length bonus keeps long articles competitive.
    // baseUrl: the index holds root paths (`/section/slug/`); under a base path results must carry it.
    await pagefind.options({ baseUrl: siteUrl('/'), excerptLength: 24, ranking: { pageLength: 0.5 } });
    await pagefind.init();
    return pagefind;
  })();
  loading.catch(() => (loading = undefined));
  return loading;
}

/**
 * The site's words for "Did you mean …?", written by the indexer next to the index. Without it
 * (an older build, a failed request) search works as before, only without suggestions.
 */
export async function loadVocabulary(): Promise<Vocabulary> {
  try {
    const response = await fetch(siteUrl(`/pagefind/${VOCABULARY_FILE}`));
    const words: unknown = response.ok ? await response.json() : [];
    return toVocabulary(Array.isArray(words) ? words.filter((w): w is string => typeof w === 'string') : []);
  } catch {
    return toVocabulary([]);
  }
}
