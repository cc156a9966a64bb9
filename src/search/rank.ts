/** The fields ranking looks at in a loaded Pagefind result. */
export interface RankableResult {
  title: string;
  /** Content type from the result's metadata: Article, Interview or Question. */
  type?: string;
  subResults: Array<{ title: string }>;
}

/** Articles teach a topic, interview answers summarise it, questions test it: the reading order for ties. */
export const TYPE_ORDER = ['Article', 'Interview', 'Question'];

const normalize = (text: string) => text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();

/**
 * Pagefind ranks by term relevance, where short question records outscore the article that teaches
 * the topic. Readers expect: an exact page-title match first, then exact heading matches, then
 * articles before interview answers before questions, each group in Pagefind's order (stable).
 */
export function rankResults<T extends RankableResult>(query: string, results: readonly T[]): T[] {
  const q = normalize(query);
  const typeRank = (r: T) => {
    const index = TYPE_ORDER.indexOf(r.type ?? '');
    return index === -1 ? TYPE_ORDER.length : index;
  };
  const tier = (r: T) => {
    if (!q) return 2;
    const title = normalize(r.title.replace(/^(question|interview):\s*/i, ''));
    if (title === q) return 0;
    if (r.subResults.some((s) => normalize(s.title) === q)) return 1;
    return 2;
  };
  return results
    .map((result, index) => ({ result, index, tier: tier(result), type: typeRank(result) }))
    .sort((a, b) => a.tier - b.tier || a.type - b.type || a.index - b.index)
    .map((entry) => entry.result);
}
