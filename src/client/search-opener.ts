import { url } from '../lib/url';
import { isSearchShortcut } from '../search/shortcuts';

/**
 * Runs on every page and stays tiny: it opens search from the header button, Ctrl/Cmd+K and "/".
 * The dialog and its input are created at once, so nothing typed is lost while the search code
 * loads; that code loads when the reader opens search or when the page is idle. Without JavaScript
 * the header button is a plain link to /search/.
 */
const loadPanel = () => import('./search-panel').then((m) => m.defineSearchPanel());

let dialog: HTMLDialogElement | undefined;

/** The dialog's labels come from the page (the header's opener), so this every-page script carries no strings. */
function createDialog(labels: DOMStringMap): HTMLDialogElement {
  const element = document.createElement('dialog');
  element.className = 'sf-search-dialog';
  element.setAttribute('aria-label', labels.dialogLabel ?? '');
  const panel = document.createElement('search-panel');
  panel.setAttribute('mode', 'dialog');
  const input = document.createElement('input');
  input.type = 'search';
  input.className = 'sf-search-input sf-text-field';
  input.setAttribute('aria-label', labels.inputLabel ?? '');
  panel.append(input);
  const close = document.createElement('button');
  close.type = 'button';
  close.className = 'sf-search-close';
  close.textContent = labels.closeLabel ?? '';
  close.addEventListener('click', () => element.close());
  const layout = document.createElement('div');
  layout.className = 'sf-search-dialog-header';
  layout.append(panel, close);
  element.append(layout);
  // A click on the backdrop (outside the content) closes the dialog.
  element.addEventListener('click', (event) => {
    if (event.target === element) element.close();
  });
  document.body.append(element);
  return element;
}

function open(event?: Event): void {
  event?.preventDefault();
  dialog ??= createDialog(document.querySelector<HTMLElement>('[data-search-opener]')?.dataset ?? {});
  if (!dialog.open) dialog.showModal();
  const input = dialog.querySelector('input');
  input?.focus();
  input?.select();
  void loadPanel();
}

export function initSearchOpener(): void {
  const onSearchPage = location.pathname === url('/search/');
  // Show the shortcut as Apple keyboards label it.
  if (/Mac|iPhone|iPad/.test(navigator.platform)) {
    for (const kbd of document.querySelectorAll('.sf-search-shortcut')) kbd.textContent = '⌘ K';
  }
  for (const opener of document.querySelectorAll<HTMLAnchorElement>('[data-search-opener]')) {
    // The search page has its own search box; there the link keeps its plain behaviour.
    if (!onSearchPage) opener.addEventListener('click', open);
  }
  document.addEventListener('keydown', (event) => {
    if (event.defaultPrevented || !isSearchShortcut(event, event.target as HTMLElement | null)) return;
    if (onSearchPage) {
      event.preventDefault();
      document.querySelector<HTMLInputElement>('search-panel input')?.focus();
      return;
    }
    open(event);
  });
  const idle = window.requestIdleCallback ?? ((fn: () => void) => window.setTimeout(fn, 1500));
  idle(() => void loadPanel());
  // Landing from a search result: highlight the words that matched.
  if (new URLSearchParams(location.search).has('highlight')) void import('./highlight-terms').then((m) => m.highlightFromUrl());
}
