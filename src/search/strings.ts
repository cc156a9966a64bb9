import { search } from 'virtual:studyforge/strings';

/** Every label the search UI shows (the dialog, the search page and its results), in the site's locale. */
export const SEARCH_STRINGS = search;

/** "Filters", or "Filters (2 on)" when some are chosen: the one control that opens them on phones. */
export const filtersSummaryText = search.filtersSummary;
export const noResultsText = search.noResults;
/** The result count; `shown` below `total` says how many are listed so far. */
export const resultsText = search.resultCount;
