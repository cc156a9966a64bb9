import { copy as COPY } from 'virtual:studyforge/strings';

/** How long the button says "Copied" before it reads "Copy" again. */
const RESET_AFTER_MS = 2000;

/**
 * `<copy-button>`: copies the text of the nearest `[data-copy-source]` in its block. The prompt of
 * a terminal line is `aria-hidden` decoration and is left out of the copied text.
 */
class CopyButton extends HTMLElement {
  connectedCallback(): void {
    const button = this.querySelector('button');
    const status = this.querySelector('[role="status"]');
    const source = this.parentElement?.querySelector<HTMLElement>('[data-copy-source]');
    if (!button || !source || !navigator.clipboard) return;
    const label = button.textContent ?? COPY.copy;
    this.hidden = false;
    let timer: number | undefined;
    button.addEventListener('click', async () => {
      const text = textWithoutDecoration(source);
      let copied = true;
      try {
        await navigator.clipboard.writeText(text);
      } catch {
        copied = false;
      }
      button.textContent = copied ? COPY.copied : COPY.copyFailed;
      if (status) status.textContent = copied ? COPY.copied : COPY.copyFailedMessage;
      window.clearTimeout(timer);
      timer = window.setTimeout(() => {
        button.textContent = label;
        if (status) status.textContent = '';
      }, RESET_AFTER_MS);
    });
  }
}

function textWithoutDecoration(source: HTMLElement): string {
  const clone = source.cloneNode(true) as HTMLElement;
  clone.querySelectorAll('[aria-hidden="true"]').forEach((node) => node.remove());
  return (clone.textContent ?? '').replace(/\n+$/, '');
}

export function defineCopyButton(): void {
  if (!customElements.get('copy-button')) customElements.define('copy-button', CopyButton);
}
