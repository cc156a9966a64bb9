import { isSearchShortcut } from '../search/shortcuts';

/**
 * Runs on every page and stays tiny: it opens search from the header button, Ctrl/Cmd+K and "/".
 * The search code itself loads when the reader opens search or when the page is idle. Without
 * JavaScript the header button is a plain link to /search/.
 */
const loadDialog = () => import('./search-dialog');

async function open(event?: Event): Promise<void> {
  event?.preventDefault();
  (await loadDialog()).openSearchDialog();
}

export function initSearchOpener(): void {
  for (const opener of document.querySelectorAll<HTMLAnchorElement>('[data-search-opener]')) {
    // The search page has its own search box; there the link keeps its plain behaviour.
    if (location.pathname !== '/search/') opener.addEventListener('click', open);
  }
  document.addEventListener('keydown', (event) => {
    if (event.defaultPrevented || !isSearchShortcut(event, event.target as HTMLElement | null)) return;
    if (location.pathname === '/search/') {
      event.preventDefault();
      document.querySelector<HTMLInputElement>('search-panel input')?.focus();
      return;
    }
    void open(event);
  });
  const idle = window.requestIdleCallback ?? ((fn: () => void) => window.setTimeout(fn, 1500));
  idle(() => void loadDialog());
  // Landing from a search result: highlight the words that matched.
  if (new URLSearchParams(location.search).has('highlight')) void import('./highlight-terms').then((m) => m.highlightFromUrl());
}
