import { rankResults } from '../search/rank';
import { clearRecent, readRecent, rememberSearch } from '../search/recent';
import { filtersSummaryText, noResultsText, resultsText, SEARCH_STRINGS } from '../search/strings';
import { suggestQuery, type Vocabulary } from '../search/suggest';
import { excerptSegments, queryTerms, tidyExcerpt, type Segment } from '../search/text-segments';
import { FILTER_KEYS, parseSearchState, serializeSearchState, toggleFilter, toPagefindFilters, type SearchState } from '../search/url-state';
import { loadPagefind, loadVocabulary, type PagefindResult, type PagefindResultData } from './pagefind-client';

/** Results listed at once; "Show more" (or the down arrow past the last one) lists as many again. */
const PAGE_SIZE = 12;
const MAX_SUB_RESULTS = 3;
const DEBOUNCE_MS = 80;

interface Option {
  element: HTMLAnchorElement;
}

type Counts = Record<string, Record<string, number>>;

/** A result of the current search; corrected-query results (group 0) come before the typed query's (group 1). */
interface Entry {
  result: PagefindResult;
  group: 0 | 1;
}

/** Per value, the larger of two counts: with a correction, neither search alone counts every result shown. */
function maxCounts(a: Counts, b: Counts | undefined): Counts {
  if (!b) return a;
  const out: Counts = {};
  for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
    out[key] = { ...a[key] };
    for (const [value, n] of Object.entries(b[key] ?? {})) out[key][value] = Math.max(out[key][value] ?? 0, n);
  }
  return out;
}

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Record<string, string> = {}, ...children: Array<Node | string>): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (key === 'class') node.className = value;
    else if (key === 'text') node.textContent = value;
    else node.setAttribute(key, value);
  }
  node.append(...children);
  return node;
}

/** Text with <mark> around matches, built from segments (never from an HTML string). */
function marked(segments: Segment[]): DocumentFragment {
  const fragment = document.createDocumentFragment();
  for (const s of segments) fragment.append(s.mark ? el('mark', { text: s.text }) : document.createTextNode(s.text));
  return fragment;
}

/** Adds the words to highlight on the landing page, keeping any #anchor last. */
function withHighlight(url: string, query: string): string {
  const terms = queryTerms(query);
  if (!terms.length) return url;
  const target = new URL(url, location.origin);
  target.searchParams.set('highlight', terms.join(' '));
  return target.pathname + target.search + target.hash;
}

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
  private options: Option[] = [];
  private active = -1;
  private timer: number | undefined;
  private runId = 0;
  private syncUrl = false;
  private totals: Counts | undefined;
  private vocabulary: Promise<Vocabulary> | undefined;
  /** The current search: every result, how many are listed, and the correction offered. */
  private entries: Entry[] = [];
  private listed = 0;
  private correction: string | undefined;
  private shownQuery = '';
  private loadingMore: Promise<number> | undefined;

  connectedCallback(): void {
    if (this.input) return;
    const uid = `search-${++instances}`;
    this.syncUrl = this.getAttribute('mode') === 'page';
    if (this.syncUrl) this.state = parseSearchState(location.search);

    // The dialog creates its input before this code loads, so early keystrokes are kept.
    const existing = this.getAttribute('mode') === 'dialog' ? this.querySelector('input') : null;
    this.input = existing ?? el('input', { type: 'search', class: 'search-input text-field' });
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
    this.status = el('p', { class: 'search-status', role: 'status' });
    this.suggestion = el('p', { class: 'search-suggestion' });
    this.suggestion.hidden = true;
    this.filterBox = el('div', { class: 'search-filters', role: 'group', 'aria-label': SEARCH_STRINGS.filters });
    // One control for all filters: on phones it opens them; on wide screens CSS keeps it open.
    this.filterSummary = el('summary', { class: 'search-filter-summary', text: SEARCH_STRINGS.filters });
    this.filterDisclosure = el('details', { class: 'search-filter-disclosure' }, this.filterSummary, this.filterBox);
    this.list = el('div', { class: 'search-results', id: `${uid}-results`, role: 'listbox', 'aria-label': SEARCH_STRINGS.results });
    this.moreButton = el('button', { type: 'button', class: 'search-more', text: SEARCH_STRINGS.showMore });
    this.moreButton.hidden = true;
    this.recentBox = el('div', { class: 'search-recent' });
    this.replaceChildren(
      el('label', { for: this.input.id, class: 'visually-hidden', text: SEARCH_STRINGS.inputLabel }),
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
    this.input.addEventListener('keydown', (event) => this.onKey(event));
    // Reopening the dialog shows searches made since it was first opened.
    this.input.addEventListener('focus', () => {
      if (!this.input.value.trim()) this.renderRecent();
    });
    this.list.addEventListener('click', (event) => {
      const link = (event.target as Element).closest('a');
      if (link) rememberSearch(storage(), this.state.query);
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

  private onKey(event: KeyboardEvent): void {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (!this.options.length) return;
      // Down from the last result lists more, when there are more.
      if (event.key === 'ArrowDown' && this.active === this.options.length - 1 && this.listed < this.entries.length) {
        void this.showMore(false);
        return;
      }
      const step = event.key === 'ArrowDown' ? 1 : -1;
      this.setActive((this.active + step + this.options.length) % this.options.length);
    } else if (event.key === 'Enter') {
      const option = this.options[this.active] ?? this.options[0];
      if (option) {
        event.preventDefault();
        rememberSearch(storage(), this.state.query);
        location.assign(option.element.href);
      }
    } else if (event.key === 'Home' && this.options.length && this.active >= 0) {
      event.preventDefault();
      this.setActive(0);
    } else if (event.key === 'End' && this.options.length && this.active >= 0) {
      event.preventDefault();
      this.setActive(this.options.length - 1);
    }
  }

  private setActive(index: number): void {
    this.options[this.active]?.element.setAttribute('aria-selected', 'false');
    this.active = index;
    const option = this.options[index];
    if (!option) {
      this.input.removeAttribute('aria-activedescendant');
      return;
    }
    option.element.setAttribute('aria-selected', 'true');
    this.input.setAttribute('aria-activedescendant', option.element.id);
    option.element.scrollIntoView({ block: 'nearest' });
  }

  private async run(): Promise<void> {
    const run = ++this.runId;
    const { query, filters } = this.state;
    const text = query.trim();
    if (this.syncUrl) history.replaceState(null, '', `${location.pathname}${serializeSearchState(this.state)}`);
    this.recentBox.hidden = text.length > 0;
    // Fetched alongside Pagefind on the first query, not before: pages that never search skip it.
    if (text) this.vocabulary ??= loadVocabulary();
    let pagefind;
    try {
      pagefind = await loadPagefind();
    } catch {
      this.status.textContent = import.meta.env.DEV ? SEARCH_STRINGS.devNoIndex : SEARCH_STRINGS.loadFailed;
      return;
    }
    // Loading the filter index first also makes Pagefind report per-search filter counts.
    this.totals ??= await pagefind.filters();
    const hasFilters = Object.keys(filters).length > 0;
    if (!text && !hasFilters) {
      if (run !== this.runId) return;
      // Without a query, a filter lists everything in it: every chip counts its whole group.
      this.renderFilters(this.totals, this.totals, this.totals);
      this.setResults([], '', undefined);
      return;
    }
    // A query with words the site never uses also searches for the closest site words, and lists
    // those results first ("recieve" finds what "receive" finds, then what "recieve" itself matched).
    const correction = text && this.vocabulary ? suggestQuery(text, await this.vocabulary) : undefined;
    const options = { filters: toPagefindFilters(filters) };
    const [search, corrected] = await Promise.all([pagefind.search(text || null, options), correction ? pagefind.search(correction, options) : null]);
    if (run !== this.runId || !search) return;
    const first = (corrected?.results ?? []).map((result): Entry => ({ result, group: 0 }));
    const seen = new Set(first.map((e) => e.result.id));
    const entries = [...first, ...search.results.filter((r) => !seen.has(r.id)).map((result): Entry => ({ result, group: 1 }))];
    // Without a query, "the query alone" is the whole site.
    const unfiltered = text ? maxCounts(search.totalFilters ?? {}, corrected?.totalFilters) : this.totals;
    this.renderFilters(this.totals, maxCounts(search.filters ?? {}, corrected?.filters), unfiltered);
    this.setResults(entries, text, correction && corrected?.results.length ? correction : undefined);
    await this.showMore(false, run);
  }

  /** Starts a new list of results (empty until `showMore` loads the first page). */
  private setResults(entries: Entry[], query: string, correction: string | undefined): void {
    this.entries = entries;
    this.listed = 0;
    this.shownQuery = query;
    this.correction = correction;
    this.loadingMore = undefined;
    this.options = [];
    this.active = -1;
    this.input.removeAttribute('aria-activedescendant');
    this.list.replaceChildren();
    this.renderSuggestion();
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
      const firstNew = this.options.length - added;
      if (this.listed > PAGE_SIZE || this.active >= 0 || focusNew) this.setActive(firstNew);
      if (focusNew) this.input.focus({ preventScroll: true });
      return added;
    });
  }

  /** Loads, ranks and appends the next page; returns how many options were added. */
  private async loadPage(run: number): Promise<number> {
    const page = this.entries.slice(this.listed, this.listed + PAGE_SIZE);
    if (!page.length) return 0;
    const loaded = await Promise.all(page.map(async (entry) => ({ entry, data: await entry.result.data() })));
    if (run !== this.runId) return 0;
    // Ranked within the page, corrected-query results first: results already listed never move.
    const ranked = [0, 1].flatMap((group) =>
      rankResults(
        group === 0 ? this.correction ?? '' : this.shownQuery,
        loaded
          .filter((l) => l.entry.group === group)
          .map(({ data }) => ({ data, title: data.meta.title ?? data.url, type: data.meta.type, subResults: data.sub_results ?? [] })),
      ).map((r) => r.data),
    );
    const before = this.options.length;
    this.list.append(...ranked.flatMap((result) => this.resultItems(result)));
    this.listed += page.length;
    this.input.setAttribute('aria-expanded', String(this.options.length > 0));
    this.updateStatus();
    return this.options.length - before;
  }

  private renderFilters(totals: Counts, current: Counts, withoutFilters: Counts): void {
    let chosenCount = 0;
    const groups = FILTER_KEYS.filter((key) => Object.keys(totals[key] ?? {}).length > 0).map((key) => {
      const chosen = this.state.filters[key] ?? [];
      chosenCount += chosen.length;
      const chips = Object.keys(totals[key]!)
        .sort()
        .map((value) => {
          const pressed = chosen.includes(value);
          // Values within a group add up (any of them): beside a chosen value, a chip counts what
          // the query alone has with it. A chip that can only lead to "no results" is disabled.
          const count = (chosen.length && !pressed ? withoutFilters : current)[key]?.[value] ?? 0;
          const chip = el('button', { type: 'button', class: 'search-chip', 'aria-pressed': String(pressed) }, value, el('span', { class: 'search-chip-count', text: ` ${count}` }));
          chip.disabled = !pressed && count === 0;
          chip.addEventListener('click', () => {
            this.state = { ...this.state, filters: toggleFilter(this.state.filters, key, value) };
            void this.run();
          });
          return chip;
        });
      const label = SEARCH_STRINGS.filterGroups[key];
      return el('div', { class: 'search-filter-group', role: 'group', 'aria-label': label }, el('span', { class: 'search-filter-label', 'aria-hidden': 'true', text: label }), ...chips);
    });
    this.filterSummary.textContent = filtersSummaryText(chosenCount);
    // Keep keyboard focus on the chip the reader just pressed.
    const focused = document.activeElement;
    const focusedText = focused instanceof HTMLElement && this.filterBox.contains(focused) ? focused.firstChild?.textContent : undefined;
    this.filterBox.replaceChildren(...groups);
    if (focusedText) [...this.filterBox.querySelectorAll('button')].find((b) => b.firstChild?.textContent === focusedText)?.focus();
  }

  /** The options for one result: the page, then up to three of its matching headings. */
  private resultItems(result: PagefindResultData): HTMLElement[] {
    const query = this.shownQuery;
    const highlight = this.correction ? `${query} ${this.correction}` : query;
    const addOption = (href: string, className: string, ...children: Array<Node | string>) => {
      const link = el('a', { href: withHighlight(href, highlight), role: 'option', 'aria-selected': 'false', id: `${this.list.id}-${this.options.length}`, class: className }, ...children);
      link.tabIndex = -1;
      this.options.push({ element: link });
      return link;
    };
    const meta = result.meta;
    const badges = [meta.type, meta.section, meta.difficulty].filter(Boolean).join(' · ');
    const items = [
      addOption(
        result.url,
        'search-result',
        el('span', { class: 'search-result-title', text: meta.title ?? result.url }),
        el('span', { class: 'search-result-meta', text: badges }),
        el('span', { class: 'search-result-excerpt' }, marked(tidyExcerpt(excerptSegments(result.excerpt)))),
      ),
    ];
    for (const sub of (result.sub_results ?? []).filter((s) => s.url !== result.url && s.url.includes('#')).slice(0, MAX_SUB_RESULTS)) {
      items.push(
        addOption(
          sub.url,
          'search-result search-sub-result',
          el('span', { class: 'search-result-title', text: sub.title }),
          el('span', { class: 'search-result-excerpt' }, marked(tidyExcerpt(excerptSegments(sub.excerpt)))),
        ),
      );
    }
    return items;
  }

  private renderSuggestion(): void {
    const correction = this.correction;
    this.suggestion.hidden = !correction;
    if (!correction) {
      this.suggestion.replaceChildren();
      return;
    }
    const button = el('button', { type: 'button', class: 'search-suggestion-button', text: correction });
    button.addEventListener('click', () => {
      this.input.value = correction;
      this.state = { ...this.state, query: correction };
      void this.run();
      this.input.focus();
    });
    this.suggestion.replaceChildren(`${SEARCH_STRINGS.didYouMean} `, button, '?');
  }

  private updateStatus(): void {
    const query = this.shownQuery;
    const total = this.entries.length;
    const filtered = Object.keys(this.state.filters).length > 0;
    this.moreButton.hidden = this.listed >= total;
    if (!query && !filtered) this.status.textContent = '';
    else if (!total) this.status.textContent = noResultsText(query);
    // The first page is loading: the count is said once its results are there.
    else if (!this.listed) return;
    else this.status.textContent = resultsText(total, Math.min(this.listed, total), query, this.correction);
  }

  private renderRecent(): void {
    const recent = readRecent(storage());
    if (!recent.length) {
      this.recentBox.replaceChildren();
      return;
    }
    const buttons = recent.map((q) => {
      const button = el('button', { type: 'button', class: 'search-chip', text: q });
      button.addEventListener('click', () => {
        this.input.value = q;
        this.state = { ...this.state, query: q };
        void this.run();
        this.input.focus();
      });
      return el('li', {}, button);
    });
    const clear = el('button', { type: 'button', class: 'search-clear', text: SEARCH_STRINGS.clearRecent });
    clear.addEventListener('click', () => {
      clearRecent(storage());
      this.renderRecent();
      this.input.focus();
    });
    this.recentBox.replaceChildren(el('h2', { class: 'search-recent-title', text: SEARCH_STRINGS.recentTitle }), el('ul', { class: 'search-recent-list' }, ...buttons), clear);
  }
}

/** Registers `<search-panel>`; existing panels (the dialog's) upgrade at once. */
export function defineSearchPanel(): void {
  if (!customElements.get('search-panel')) customElements.define('search-panel', SearchPanel);
}
