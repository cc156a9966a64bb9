/** English UI text: `search`, a module of its own so that only the pages using it ship it. */
import { formatNumber, plural } from '../format';

const LOCALE = 'en';
const count = (n: number, one: string, other: string) => plural(LOCALE, n, { one, other });
const num = (n: number) => formatNumber(LOCALE, n);

const quoted = (query: string) => (query ? ` for “${query}”` : '');

/** The search dialog, the search page and its results. */
export const search = {
  dialogLabel: 'Search',
  inputLabel: 'Search the site',
  close: 'Close',
  placeholder: 'Search articles, questions and interview answers',
  filters: 'Filters',
  filterGroups: { type: 'Type', section: 'Section', difficulty: 'Difficulty' },
  /** A result's kind: the "Type" filter's values and the badge on each result. */
  types: { article: 'Article', question: 'Question', interview: 'Interview' },
  /** Before a question's title in the results. */
  questionPrefix: 'Question: ',
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
  /** "Filters", or "Filters (2 on)" when some are chosen: the one control that opens them on phones. */
  filtersSummary: (chosen: number): string => (chosen ? `Filters (${num(chosen)} on)` : 'Filters'),
  noResults: (query: string) => `No results${quoted(query)}. Try fewer words or remove a filter.`,
  /** The result count; `shown` below `total` says how many are listed so far. */
  resultCount: (total: number, shown: number, query: string, correction?: string) =>
    `${count(total, '{n} result', '{n} results')}${quoted(query)}${correction ? `, including “${correction}”` : ''}${shown < total ? `, showing ${num(shown)}` : ''}.`,
};
