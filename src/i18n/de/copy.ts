/** German UI text: the Copy buttons of code blocks and terminals (their script ships to the browser). */
import type { Strings } from '../strings';

export const copy: Strings['copy'] = {
  copy: 'Kopieren',
  copyCommand: 'Befehl kopieren',
  copied: 'Kopiert',
  copyFailed: 'Kopieren fehlgeschlagen',
  copyFailedMessage: 'Kopieren fehlgeschlagen: Markiere den Text und kopiere ihn von Hand.',
};
