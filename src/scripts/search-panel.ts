import { rankResults } from '../search/rank';
import { clearRecent, readRecent, rememberSearch } from '../search/recent';
import { excerptSegments, queryTerms, type Segment } from '../search/text-segments';
import { FILTER_KEYS, parseSearchState, serializeSearchState, toggleFilter, toPagefindFilters, type FilterKey, type SearchState } from '../search/url-state';
import { loadPagefind, type PagefindResultData } from './pagefind-client';

const FILTER_LABELS: Record<FilterKey, string> = { type: 'Type', section: 'Section', difficulty: 'Difficulty' };
const MAX_RESULTS = 12;
const MAX_SUB_RESULTS = 3;
const DEBOUNCE_MS = 80;

interface Option {
  element: HTMLAnchorElement;
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
 * (arrows, Enter, Escape in the dialog), recent searches and, on the search page, URL state.
 */
export class SearchPanel extends HTMLElement {
  private state: SearchState = { query: '', filters: {} };
  private input!: HTMLInputElement;
  private list!: HTMLElement;
  private status!: HTMLElement;
  private filterBox!: HTMLElement;
  private recentBox!: HTMLElement;
  private options: Option[] = [];
  private active = -1;
  private timer: number | undefined;
  private runId = 0;
  private syncUrl = false;
  private totals: Record<string, Record<string, number>> | undefined;

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
      placeholder: 'Search articles, questions and interview answers',
    };
    for (const [name, value] of Object.entries(attributes)) this.input.setAttribute(name, value);
    this.input.removeAttribute('aria-label');
    if (!existing) this.input.value = this.state.query;
    else this.state = { ...this.state, query: this.input.value };
    const hadFocus = document.activeElement === this.input;
    this.status = el('p', { class: 'search-status', role: 'status' });
    this.filterBox = el('div', { class: 'search-filters', role: 'group', 'aria-label': 'Filters' });
    this.list = el('div', { class: 'search-results', id: `${uid}-results`, role: 'listbox', 'aria-label': 'Results' });
    this.recentBox = el('div', { class: 'search-recent' });
    this.replaceChildren(
      el('label', { for: this.input.id, class: 'visually-hidden', text: 'Search the site' }),
      this.input,
      this.filterBox,
      this.status,
      this.recentBox,
      this.list,
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
    if (this.syncUrl) history.replaceState(null, '', `${location.pathname}${serializeSearchState(this.state)}`);
    this.recentBox.hidden = query.trim().length > 0;
    let pagefind;
    try {
      pagefind = await loadPagefind();
    } catch {
      this.status.textContent = import.meta.env.DEV
        ? 'The search index is made by `npm run build`; in `npm run dev` there is none. Use `npm start` to try search.'
        : 'Search could not load. Check your connection and reload the page.';
      return;
    }
    // Loading the filter index first also makes Pagefind report per-search filter counts.
    this.totals ??= await pagefind.filters();
    const hasFilters = Object.keys(filters).length > 0;
    if (!query.trim() && !hasFilters) {
      if (run !== this.runId) return;
      this.renderFilters(this.totals, {});
      this.showResults([], '');
      return;
    }
    const search = await pagefind.search(query.trim() || null, { filters: toPagefindFilters(filters) });
    if (run !== this.runId || !search) return;
    const loaded = await Promise.all(search.results.slice(0, MAX_RESULTS).map((r) => r.data()));
    if (run !== this.runId) return;
    const ranked = rankResults(
      query,
      loaded.map((data) => ({ data, title: data.meta.title ?? data.url, type: data.meta.type, subResults: data.sub_results ?? [] })),
    );
    this.renderFilters(this.totals, search.filters ?? {});
    this.showResults(
      ranked.map((r) => r.data),
      query,
      search.results.length,
    );
  }

  private renderFilters(totals: Record<string, Record<string, number>>, current: Record<string, Record<string, number>>): void {
    const groups = FILTER_KEYS.filter((key) => Object.keys(totals[key] ?? {}).length > 0).map((key) => {
      const chosen = this.state.filters[key] ?? [];
      const chips = Object.keys(totals[key]!)
        .sort()
        .map((value) => {
          const count = current[key]?.[value] ?? 0;
          const pressed = chosen.includes(value);
          const chip = el('button', { type: 'button', class: 'search-chip', 'aria-pressed': String(pressed) }, value, el('span', { class: 'search-chip-count', text: ` ${count}` }));
          chip.addEventListener('click', () => {
            this.state = { ...this.state, filters: toggleFilter(this.state.filters, key, value) };
            void this.run();
          });
          return chip;
        });
      return el('div', { class: 'search-filter-group', role: 'group', 'aria-label': FILTER_LABELS[key] }, el('span', { class: 'search-filter-label', 'aria-hidden': 'true', text: FILTER_LABELS[key] }), ...chips);
    });
    // Keep keyboard focus on the chip the reader just pressed.
    const focused = document.activeElement;
    const focusedText = focused instanceof HTMLElement && this.filterBox.contains(focused) ? focused.firstChild?.textContent : undefined;
    this.filterBox.replaceChildren(...groups);
    if (focusedText) [...this.filterBox.querySelectorAll('button')].find((b) => b.firstChild?.textContent === focusedText)?.focus();
  }

  private showResults(results: PagefindResultData[], query: string, total = results.length): void {
    this.options = [];
    this.active = -1;
    this.input.removeAttribute('aria-activedescendant');
    const items: HTMLElement[] = [];
    const addOption = (href: string, className: string, ...children: Array<Node | string>) => {
      const link = el('a', { href: withHighlight(href, query), role: 'option', 'aria-selected': 'false', id: `${this.list.id}-${this.options.length}`, class: className }, ...children);
      link.tabIndex = -1;
      this.options.push({ element: link });
      return link;
    };
    for (const result of results) {
      const meta = result.meta;
      const badges = [meta.type, meta.section, meta.difficulty].filter(Boolean).join(' · ');
      items.push(
        addOption(
          result.url,
          'search-result',
          el('span', { class: 'search-result-title', text: meta.title ?? result.url }),
          el('span', { class: 'search-result-meta', text: badges }),
          el('span', { class: 'search-result-excerpt' }, marked(excerptSegments(result.excerpt))),
        ),
      );
      for (const sub of (result.sub_results ?? []).filter((s) => s.url !== result.url && s.url.includes('#')).slice(0, MAX_SUB_RESULTS)) {
        items.push(
          addOption(
            sub.url,
            'search-result search-sub-result',
            el('span', { class: 'search-result-title', text: sub.title }),
            el('span', { class: 'search-result-excerpt' }, marked(excerptSegments(sub.excerpt))),
          ),
        );
      }
    }
    this.list.replaceChildren(...items);
    this.input.setAttribute('aria-expanded', String(items.length > 0));
    const filtered = Object.keys(this.state.filters).length > 0;
    if (!query.trim() && !filtered) this.status.textContent = '';
    else if (!total) this.status.textContent = `No results${query.trim() ? ` for “${query.trim()}”` : ''}. Try fewer words or remove a filter.`;
    else this.status.textContent = `${total} ${total === 1 ? 'result' : 'results'}${query.trim() ? ` for “${query.trim()}”` : ''}${total > MAX_RESULTS ? `, showing the first ${MAX_RESULTS}` : ''}.`;
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
    const clear = el('button', { type: 'button', class: 'search-clear', text: 'Clear recent searches' });
    clear.addEventListener('click', () => {
      clearRecent(storage());
      this.renderRecent();
      this.input.focus();
    });
    this.recentBox.replaceChildren(el('h2', { class: 'search-recent-title', text: 'Recent searches' }), el('ul', { class: 'search-recent-list' }, ...buttons), clear);
  }
}

/** Registers `<search-panel>`; existing panels (the dialog's) upgrade at once. */
export function defineSearchPanel(): void {
  if (!customElements.get('search-panel')) customElements.define('search-panel', SearchPanel);
}
