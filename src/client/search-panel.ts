import { SafeStorage } from '../lib/safe-storage';
import { rankResults } from '../search/rank';
import { clearRecent, readRecent, rememberSearch } from '../search/recent';
import { maxCounts, mergeResults, statusText, type Counts, type Entry, type SearchFailure } from '../search/result-list';
import { SEARCH_STRINGS } from '../search/strings';
import { suggestQuery, type Vocabulary } from '../search/suggest';
import { parseSearchState, serializeSearchState, toggleFilter, toPagefindFilters, type SearchState } from '../search/url-state';
import { loadPagefind, loadVocabulary, type Pagefind, type PagefindResult, type PagefindSearch } from './pagefind-client';
import { ActiveOption } from './search-keyboard';
import { el, renderFilters, renderRecent, renderSuggestion, resultOptions } from './search-results';

/** Results listed at once; "Show more" (or the down arrow past the last one) lists as many again. */
const PAGE_SIZE = 12;
const DEBOUNCE_MS = 80;

/** Recent searches; where storage is unavailable or full they are simply not kept. */
const recentStorage = SafeStorage.local();

let instances = 0;

/**
 * `<search-panel>`: a combobox search box over Pagefind with filter chips, keyboard navigation
 * (arrows, Enter, Escape in the dialog), "Show more", "Did you mean …?", recent searches and, on
 * the search page, URL state.
 */
export class SearchPanel extends HTMLElement {
  private state: SearchState = { query: '', filters: {} };
  private input!: HTMLInputElement;
  private list!: HTMLElement;
  private status!: HTMLElement;
  private suggestion!: HTMLElement;
  private filterDisclosure!: HTMLDetailsElement;
  private filterSummary!: HTMLElement;
  private filterBox!: HTMLElement;
  private recentBox!: HTMLElement;
  private moreButton!: HTMLButtonElement;
  private options!: ActiveOption;
  private timer: number | undefined;
  private runId = 0;
  private syncUrl = false;
  private totals: Counts | undefined;
  private vocabulary: Promise<Vocabulary> | undefined;
  /** The current search: every result, how many are listed, and the correction offered. */
  private entries: Array<Entry<PagefindResult>> = [];
  private listed = 0;
  private correction: string | undefined;
  private shownQuery = '';
  private loadingMore: Promise<number> | undefined;
  /** An option was active when newer results replaced the list (the reader arrowed down while still typing). */
  private keepActive = false;
  /** Pagefind steps that failed for the current search (or, for filters, so far): the status line says so. */
  private readonly failures = new Set<SearchFailure>();

  connectedCallback(): void {
    if (this.input) return;
    const uid = `search-${++instances}`;
    this.syncUrl = this.getAttribute('mode') === 'page';
    if (this.syncUrl) this.state = parseSearchState(location.search);

    // The dialog creates its input before this code loads, so early keystrokes are kept.
    const existing = this.getAttribute('mode') === 'dialog' ? this.querySelector('input') : null;
    this.input = existing ?? el('input', { type: 'search', class: 'sf-search-input sf-text-field' });
    const attributes = {
      id: `${uid}-input`,
      role: 'combobox',
      'aria-expanded': 'false',
      'aria-controls': `${uid}-results`,
      'aria-autocomplete': 'list',
      autocomplete: 'off',
      spellcheck: 'false',
      placeholder: SEARCH_STRINGS.placeholder,
    };
    for (const [name, value] of Object.entries(attributes)) this.input.setAttribute(name, value);
    this.input.removeAttribute('aria-label');
    if (!existing) this.input.value = this.state.query;
    else this.state = { ...this.state, query: this.input.value };
    const hadFocus = document.activeElement === this.input;
    this.options = new ActiveOption(this.input);
    this.status = el('p', { class: 'sf-search-status', role: 'status' });
    this.suggestion = el('p', { class: 'sf-search-suggestion' });
    this.suggestion.hidden = true;
    this.filterBox = el('div', { class: 'sf-search-filters', role: 'group', 'aria-label': SEARCH_STRINGS.filters });
    // One control for all filters: on phones it opens them; on wide screens CSS keeps it open.
    this.filterSummary = el('summary', { class: 'sf-search-filter-summary', text: SEARCH_STRINGS.filters });
    this.filterDisclosure = el('details', { class: 'sf-search-filter-disclosure' }, this.filterSummary, this.filterBox);
    this.list = el('div', { class: 'sf-search-results', id: `${uid}-results`, role: 'listbox', 'aria-label': SEARCH_STRINGS.results });
    this.moreButton = el('button', { type: 'button', class: 'sf-search-more', text: SEARCH_STRINGS.showMore });
    this.moreButton.hidden = true;
    this.recentBox = el('div', { class: 'sf-search-recent' });
    this.replaceChildren(
      el('label', { for: this.input.id, class: 'sf-visually-hidden', text: SEARCH_STRINGS.inputLabel }),
      this.input,
      this.filterDisclosure,
      this.suggestion,
      this.status,
      this.recentBox,
      this.list,
      this.moreButton,
    );

    this.input.addEventListener('input', () => {
      this.state = { ...this.state, query: this.input.value };
      this.schedule();
    });
    this.input.addEventListener('keydown', (event) =>
      this.options.onKey(event, {
        hasMore: this.listed < this.entries.length,
        more: () => void this.showMore(false),
        open: (option) => {
          rememberSearch(recentStorage, this.state.query);
          location.assign(option.href);
        },
      }),
    );
    // Reopening the dialog shows searches made since it was first opened.
    this.input.addEventListener('focus', () => {
      if (!this.input.value.trim()) this.renderRecent();
    });
    this.list.addEventListener('click', (event) => {
      const link = (event.target as Element).closest('a');
      if (link) rememberSearch(recentStorage, this.state.query);
    });
    // The new results continue the list the arrow keys move through, from the first new one.
    this.moreButton.addEventListener('click', () => void this.showMore(true));
    if (hadFocus) this.input.focus();
    this.renderRecent();
    void this.run();
  }

  private schedule(): void {
    window.clearTimeout(this.timer);
    this.timer = window.setTimeout(() => void this.run(), DEBOUNCE_MS);
  }

  /** Searches for `query` as if typed, from a suggestion or a recent search. */
  private searchFor(query: string): void {
    this.input.value = query;
    this.state = { ...this.state, query };
    void this.run();
    this.input.focus();
  }

  /**
   * Runs the current search. Every Pagefind step can fail (offline, a missing index file): each
   * failure ends in a message on the status line, never in an unhandled rejection, and the next
   * search tries again.
   */
  private async run(): Promise<void> {
    const run = ++this.runId;
    const { query, filters } = this.state;
    const text = query.trim();
    if (this.syncUrl) history.replaceState(null, '', `${location.pathname}${serializeSearchState(this.state)}`);
    this.recentBox.hidden = text.length > 0;
    // Fetched alongside Pagefind on the first query, not before: pages that never search skip it.
    // It never rejects: without it there are no suggestions, and search works as before.
    if (text) this.vocabulary ??= loadVocabulary();
    let pagefind: Pagefind;
    try {
      pagefind = await loadPagefind();
    } catch {
      if (run === this.runId) this.setResults([], text, undefined, 'load');
      return;
    }
    // Loading the filter index first also makes Pagefind report per-search filter counts.
    // Without it, search still works, only without chips.
    if (!this.totals) {
      try {
        this.totals = await pagefind.filters();
        this.failures.delete('filters');
      } catch {
        this.failures.add('filters');
      }
    }
    const totals = this.totals ?? {};
    const hasFilters = Object.keys(filters).length > 0;
    if (!text && !hasFilters) {
      if (run !== this.runId) return;
      // Without a query, a filter lists everything in it: every chip counts its whole group.
      this.showFilters(totals, totals, totals);
      this.setResults([], '', undefined);
      return;
    }
    // A query with words the site never uses also searches for the closest site words, and lists
    // those results first ("recieve" finds what "receive" finds, then what "recieve" itself matched).
    const correction = text && this.vocabulary ? suggestQuery(text, await this.vocabulary) : undefined;
    const options = { filters: toPagefindFilters(filters) };
    let search: PagefindSearch | null;
    let corrected: PagefindSearch | null;
    try {
      [search, corrected] = await Promise.all([pagefind.search(text || null, options), correction ? pagefind.search(correction, options) : null]);
    } catch {
      if (run === this.runId) this.setResults([], text, undefined, 'search');
      return;
    }
    if (run !== this.runId || !search) return;
    const entries = mergeResults(search.results, corrected?.results);
    // Without a query, "the query alone" is the whole site.
    const unfiltered = text ? maxCounts(search.totalFilters ?? {}, corrected?.totalFilters) : totals;
    this.showFilters(totals, maxCounts(search.filters ?? {}, corrected?.filters), unfiltered);
    this.setResults(entries, text, correction && corrected?.results.length ? correction : undefined);
    await this.showMore(false, run);
  }

  /** Starts a new list of results (empty until `showMore` loads the first page); `failure` says why there are none. */
  private setResults(entries: Array<Entry<PagefindResult>>, query: string, correction: string | undefined, failure?: 'load' | 'search'): void {
    this.entries = entries;
    this.listed = 0;
    this.shownQuery = query;
    this.correction = correction;
    this.loadingMore = undefined;
    for (const old of ['load', 'search', 'results'] as const) this.failures.delete(old);
    if (failure) this.failures.add(failure);
    this.keepActive = this.options.active >= 0;
    this.options.clear();
    this.list.replaceChildren();
    renderSuggestion(this.suggestion, correction, (q) => this.searchFor(q));
    this.updateStatus();
  }

  /**
   * Lists the next page of results. With `focusNew` (the button), keyboard focus returns to the
   * search box with the first new result active; from the down arrow, that result becomes active.
   */
  private showMore(focusNew: boolean, run = this.runId): Promise<number> {
    if (!this.loadingMore) {
      const loading = this.loadPage(run).finally(() => {
        if (this.loadingMore === loading) this.loadingMore = undefined;
      });
      this.loadingMore = loading;
    }
    return this.loadingMore.then((added) => {
      if (!added || run !== this.runId) return added;
      const firstNew = this.options.count - added;
      if (this.listed > PAGE_SIZE || this.options.active >= 0 || this.keepActive || focusNew) this.options.set(firstNew);
      this.keepActive = false;
      if (focusNew) this.input.focus({ preventScroll: true });
      return added;
    });
  }

  /**
   * Loads, ranks and appends the next page; returns how many options were added. When a result's
   * details fail to load, the page is not listed and the status says so: "Show more" tries again.
   */
  private async loadPage(run: number): Promise<number> {
    const page = this.entries.slice(this.listed, this.listed + PAGE_SIZE);
    if (!page.length) return 0;
    let loaded;
    try {
      loaded = await Promise.all(page.map(async (entry) => ({ entry, data: await entry.result.data() })));
    } catch {
      if (run === this.runId) {
        this.failures.add('results');
        this.updateStatus();
      }
      return 0;
    }
    if (run !== this.runId) return 0;
    this.failures.delete('results');
    // Ranked within the page, corrected-query results first: results already listed never move.
    const ranked = [0, 1].flatMap((group) =>
      rankResults(
        group === 0 ? this.correction ?? '' : this.shownQuery,
        loaded
          .filter((l) => l.entry.group === group)
          .map(({ data }) => ({ data, title: data.meta.title ?? data.url, type: data.meta.type, subResults: data.sub_results ?? [] })),
      ).map((r) => r.data),
    );
    const highlight = this.correction ? `${this.shownQuery} ${this.correction}` : this.shownQuery;
    const before = this.options.count;
    let next = before;
    const nextId = () => `${this.list.id}-${next++}`;
    for (const result of ranked) {
      const options = resultOptions(result, highlight, nextId);
      this.options.add(options);
      this.list.append(...options);
    }
    this.listed += page.length;
    this.input.setAttribute('aria-expanded', String(this.options.count > 0));
    this.updateStatus();
    return this.options.count - before;
  }

  private showFilters(totals: Counts, current: Counts, withoutFilters: Counts): void {
    renderFilters(this.filterBox, this.filterSummary, { totals, current, withoutFilters, chosen: this.state.filters }, (key, value) => {
      this.state = { ...this.state, filters: toggleFilter(this.state.filters, key, value) };
      void this.run();
    });
  }

  private updateStatus(): void {
    const total = this.entries.length;
    this.moreButton.hidden = this.listed >= total;
    const text = statusText({
      query: this.shownQuery,
      filtered: Object.keys(this.state.filters).length > 0,
      total,
      listed: this.listed,
      correction: this.correction,
      failures: this.failures,
      dev: import.meta.env.DEV,
    });
    if (text !== undefined) this.status.textContent = text;
  }

  private renderRecent(): void {
    renderRecent(
      this.recentBox,
      readRecent(recentStorage),
      (q) => this.searchFor(q),
      () => {
        clearRecent(recentStorage);
        this.renderRecent();
        this.input.focus();
      },
    );
  }
}

/** Registers `<search-panel>`; existing panels (the dialog's) upgrade at once. */
export function defineSearchPanel(): void {
  if (!customElements.get('search-panel')) customElements.define('search-panel', SearchPanel);
}
