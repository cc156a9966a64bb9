/**
 * The DOM the search panel shows: result options, filter chips, "Did you mean …?" and recent
 * searches. Everything is built as nodes with text (never from an HTML string); the panel owns
 * the state and passes in what to do on a click.
 */
import type { Counts } from '../search/result-list';
import { filtersSummaryText, SEARCH_STRINGS } from '../search/strings';
import { excerptSegments, queryTerms, tidyExcerpt, type Segment } from '../search/text-segments';
import { FILTER_KEYS, type FilterKey, type SelectedFilters } from '../search/url-state';
import type { PagefindResultData } from './pagefind-client';

const MAX_SUB_RESULTS = 3;

export function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Record<string, string> = {}, ...children: Array<Node | string>): HTMLElementTagNameMap[K] {
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

/**
 * The options for one result: the page, then up to three of its matching headings. `nextId`
 * gives each option its id in the listbox (the search box points at the active one by id).
 */
export function resultOptions(result: PagefindResultData, highlight: string, nextId: () => string): HTMLAnchorElement[] {
  const option = (href: string, className: string, ...children: Array<Node | string>) => {
    const link = el('a', { href: withHighlight(href, highlight), role: 'option', 'aria-selected': 'false', id: nextId(), class: className }, ...children);
    link.tabIndex = -1;
    return link;
  };
  const meta = result.meta;
  const badges = [meta.type, meta.section, meta.difficulty].filter(Boolean).join(' · ');
  const options = [
    option(
      result.url,
      'sf-search-result',
      el('span', { class: 'sf-search-result-title', text: meta.title ?? result.url }),
      el('span', { class: 'sf-search-result-meta', text: badges }),
      el('span', { class: 'sf-search-result-excerpt' }, marked(tidyExcerpt(excerptSegments(result.excerpt)))),
    ),
  ];
  for (const sub of (result.sub_results ?? []).filter((s) => s.url !== result.url && s.url.includes('#')).slice(0, MAX_SUB_RESULTS)) {
    options.push(
      option(
        sub.url,
        'sf-search-result sf-search-sub-result',
        el('span', { class: 'sf-search-result-title', text: sub.title }),
        el('span', { class: 'sf-search-result-excerpt' }, marked(tidyExcerpt(excerptSegments(sub.excerpt)))),
      ),
    );
  }
  return options;
}

export interface FilterView {
  /** Every value of every filter on the site. */
  totals: Counts;
  /** Counts for the query with the chosen filters. */
  current: Counts;
  /** Counts for the query alone. */
  withoutFilters: Counts;
  chosen: SelectedFilters;
}

/** Fills the filter box with one group of chips per filter key, and names how many are on in the summary. */
export function renderFilters(box: HTMLElement, summary: HTMLElement, view: FilterView, onToggle: (key: FilterKey, value: string) => void): void {
  const { totals, current, withoutFilters } = view;
  let chosenCount = 0;
  const groups = FILTER_KEYS.filter((key) => Object.keys(totals[key] ?? {}).length > 0).map((key) => {
    const chosen = view.chosen[key] ?? [];
    chosenCount += chosen.length;
    const chips = Object.keys(totals[key]!)
      .sort()
      .map((value) => {
        const pressed = chosen.includes(value);
        // Values within a group add up (any of them): beside a chosen value, a chip counts what
        // the query alone has with it. A chip that can only lead to "no results" is disabled.
        const count = (chosen.length && !pressed ? withoutFilters : current)[key]?.[value] ?? 0;
        const chip = el('button', { type: 'button', class: 'sf-search-chip', 'aria-pressed': String(pressed) }, value, el('span', { class: 'sf-search-chip-count', text: ` ${count}` }));
        chip.disabled = !pressed && count === 0;
        chip.addEventListener('click', () => onToggle(key, value));
        return chip;
      });
    const label = SEARCH_STRINGS.filterGroups[key];
    return el('div', { class: 'sf-search-filter-group', role: 'group', 'aria-label': label }, el('span', { class: 'sf-search-filter-label', 'aria-hidden': 'true', text: label }), ...chips);
  });
  summary.textContent = filtersSummaryText(chosenCount);
  // Keep keyboard focus on the chip the reader just pressed.
  const focused = document.activeElement;
  const focusedText = focused instanceof HTMLElement && box.contains(focused) ? focused.firstChild?.textContent : undefined;
  box.replaceChildren(...groups);
  if (focusedText) [...box.querySelectorAll('button')].find((b) => b.firstChild?.textContent === focusedText)?.focus();
}

/** "Did you mean <correction>?" with the correction as a button; hidden without one. */
export function renderSuggestion(container: HTMLElement, correction: string | undefined, onChoose: (query: string) => void): void {
  container.hidden = !correction;
  if (!correction) {
    container.replaceChildren();
    return;
  }
  const button = el('button', { type: 'button', class: 'sf-search-suggestion-button', text: correction });
  button.addEventListener('click', () => onChoose(correction));
  container.replaceChildren(`${SEARCH_STRINGS.didYouMean} `, button, '?');
}

/** Recent searches as buttons, with one to clear them; empty when there are none. */
export function renderRecent(container: HTMLElement, recent: string[], onChoose: (query: string) => void, onClear: () => void): void {
  if (!recent.length) {
    container.replaceChildren();
    return;
  }
  const buttons = recent.map((q) => {
    const button = el('button', { type: 'button', class: 'sf-search-chip', text: q });
    button.addEventListener('click', () => onChoose(q));
    return el('li', {}, button);
  });
  const clear = el('button', { type: 'button', class: 'sf-search-clear', text: SEARCH_STRINGS.clearRecent });
  clear.addEventListener('click', onClear);
  container.replaceChildren(el('h2', { class: 'sf-search-recent-title', text: SEARCH_STRINGS.recentTitle }), el('ul', { class: 'sf-search-recent-list' }, ...buttons), clear);
}
