/** Every label the search UI shows (the dialog, the search page and its results), in one place. */
export const SEARCH_STRINGS = {
  dialogLabel: 'Search',
  inputLabel: 'Search the site',
  close: 'Close',
  placeholder: 'Search articles, questions and interview answers',
  filters: 'Filters',
  filterGroups: { type: 'Type', section: 'Section', difficulty: 'Difficulty' },
  results: 'Results',
  showMore: 'Show more results',
  recentTitle: 'Recent searches',
  clearRecent: 'Clear recent searches',
  didYouMean: 'Did you mean',
  devNoIndex: 'The search index is made by `npm run build`; in `npm run dev` there is none. Use `npm start` to try search.',
  loadFailed: 'Search could not load. Check your connection and reload the page.',
  searchFailed: 'This search could not run. Check your connection, then search again.',
  resultsFailed: 'Some results could not load. Check your connection, then show more results to try again.',
  filtersFailed: 'Filters could not load; search works without them.',
  pageTitle: 'Search',
  pageDescription: 'Search every article, quiz question and interview answer.',
  submit: 'Search',
  noJsBefore: 'Search runs in your browser and needs JavaScript. Without it, browse',
  noJsSections: 'all sections',
  noJsOr: 'or',
  noJsInterview: 'interview practice',
};

const quoted = (query: string) => (query ? ` for “${query}”` : '');

/** "Filters", or "Filters (2 on)" when some are chosen: the one control that opens them on phones. */
export const filtersSummaryText = (chosen: number) => (chosen ? `${SEARCH_STRINGS.filters} (${chosen} on)` : SEARCH_STRINGS.filters);

export const noResultsText = (query: string) => `No results${quoted(query)}. Try fewer words or remove a filter.`;

/** The result count; `shown` below `total` says how many are listed so far. */
export function resultsText(total: number, shown: number, query: string, correction?: string): string {
  const count = `${total} ${total === 1 ? 'result' : 'results'}${quoted(query)}`;
  const including = correction ? `, including “${correction}”` : '';
  const showing = shown < total ? `, showing ${shown}` : '';
  return `${count}${including}${showing}.`;
}
