/** English UI text: the Copy buttons of code blocks and terminals (their script ships to the browser). */

export const copy = {
  copy: 'Copy',
  copyCommand: 'Copy command',
  copied: 'Copied',
  copyFailed: 'Copy failed',
  /** Announced when the clipboard refuses. */
  copyFailedMessage: 'Copy failed: select the text and copy it by hand',
};
