import { defineSearchPanel, type SearchPanel } from './search-panel';

let dialog: HTMLDialogElement | undefined;

/** The search dialog, created on first use: a native modal <dialog> (focus trap, Esc to close). */
export function openSearchDialog(): void {
  defineSearchPanel();
  if (!dialog) {
    dialog = document.createElement('dialog');
    dialog.className = 'search-dialog';
    dialog.setAttribute('aria-label', 'Search');
    const close = document.createElement('button');
    close.type = 'button';
    close.className = 'search-close';
    close.textContent = 'Close';
    close.addEventListener('click', () => dialog?.close());
    const panel = document.createElement('search-panel');
    panel.setAttribute('mode', 'dialog');
    const header = document.createElement('div');
    header.className = 'search-dialog-header';
    header.append(panel, close);
    dialog.append(header);
    // A click on the backdrop (outside the panel) closes the dialog.
    dialog.addEventListener('click', (event) => {
      if (event.target === dialog) dialog.close();
    });
    document.body.append(dialog);
  }
  if (!dialog.open) dialog.showModal();
  (dialog.querySelector('search-panel') as SearchPanel | null)?.focusInput();
}
