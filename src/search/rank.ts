import { search } from 'virtual:studyforge/strings';
import { isNearMiss, maxEdits, wordsOf } from './suggest';

/** The fields ranking looks at in a loaded Pagefind result. */
export interface RankableResult {
  title: string;
  /** Content type from the result's metadata: Article, Interview or Question. */
  type?: string;
  subResults: Array<{ title: string }>;
}

/** Articles teach a topic, interview answers summarise it, questions test it: the reading order for ties. */
export const TYPE_ORDER = [search.types.article, search.types.interview, search.types.question];

const normalize = (text: string) => text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();

/**
 * Pagefind ranks by term relevance, where short question records outscore the article that teaches
 * the topic. Readers expect: an exact page-title match first, then exact heading matches, then
 * titles or headings with a near miss of a query word (a typo such as "recieve" for "receive":
 * Pagefind does not match it, but may match a short stem of it, on unrelated pages), then articles
 * before interview answers before questions, each group in Pagefind's order (stable).
 */
export function rankResults<T extends RankableResult>(query: string, results: readonly T[]): T[] {
  const q = normalize(query);
  const typeRank = (r: T) => {
    const index = TYPE_ORDER.indexOf(r.type ?? '');
    return index === -1 ? TYPE_ORDER.length : index;
  };
  const bareTitle = (r: T) => normalize(r.title.replace(/^(question|interview):\s*/i, ''));
  const titleWords = results.map((r) => wordsOf([bareTitle(r), ...r.subResults.map((s) => s.title)].join(' ')));
  // Query words no title or heading contains (as a word or the start of one) are likely typos.
  const typos = wordsOf(q).filter((term) => maxEdits(term.length) > 0 && !titleWords.some((words) => words.some((w) => w.startsWith(term))));
  const tier = (r: T, index: number) => {
    if (!q) return 3;
    if (bareTitle(r) === q) return 0;
    if (r.subResults.some((s) => normalize(s.title) === q)) return 1;
    if (typos.some((term) => titleWords[index]!.some((w) => isNearMiss(term, w)))) return 2;
    return 3;
  };
  return results
    .map((result, index) => ({ result, index, tier: tier(result, index), type: typeRank(result) }))
    .sort((a, b) => a.tier - b.tier || a.type - b.type || a.index - b.index)
    .map((entry) => entry.result);
}
