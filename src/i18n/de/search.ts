/** German UI text: `search`, a module of its own so that only the pages using it ship it. */
import type { Strings } from '../strings';
import { formatNumber, plural } from '../format';

const LOCALE = 'de';
const count = (n: number, one: string, other: string) => plural(LOCALE, n, { one, other });
const num = (n: number) => formatNumber(LOCALE, n);

const quoted = (query: string) => (query ? ` für „${query}“` : '');

export const search: Strings['search'] = {
  dialogLabel: 'Suche',
  inputLabel: 'Website durchsuchen',
  close: 'Schließen',
  placeholder: 'Artikel, Fragen und Interviewantworten durchsuchen',
  filters: 'Filter',
  filterGroups: { type: 'Art', section: 'Bereich', difficulty: 'Schwierigkeit' },
  types: { article: 'Artikel', question: 'Frage', interview: 'Interview' },
  questionPrefix: 'Frage: ',
  results: 'Ergebnisse',
  showMore: 'Weitere Ergebnisse anzeigen',
  recentTitle: 'Letzte Suchen',
  clearRecent: 'Letzte Suchen löschen',
  didYouMean: 'Meintest du',
  devNoIndex: 'Den Suchindex erzeugt `npm run build`; unter `npm run dev` gibt es keinen. Starte `npm start`, um die Suche auszuprobieren.',
  loadFailed: 'Die Suche konnte nicht geladen werden. Prüfe deine Verbindung und lade die Seite neu.',
  searchFailed: 'Diese Suche konnte nicht ausgeführt werden. Prüfe deine Verbindung und suche dann erneut.',
  resultsFailed: 'Einige Ergebnisse konnten nicht geladen werden. Prüfe deine Verbindung und lass dir dann weitere Ergebnisse anzeigen, um es erneut zu versuchen.',
  filtersFailed: 'Die Filter konnten nicht geladen werden; die Suche funktioniert auch ohne sie.',
  pageTitle: 'Suche',
  pageDescription: 'Alle Artikel, Quizfragen und Interviewantworten durchsuchen.',
  submit: 'Suchen',
  noJsBefore: 'Die Suche läuft in deinem Browser und braucht JavaScript. Ohne JavaScript kannst du',
  noJsSections: 'alle Bereiche',
  noJsOr: 'oder',
  noJsInterview: 'die Interviewfragen durchstöbern',
  filtersSummary: (chosen) => (chosen ? `Filter (${num(chosen)} aktiv)` : 'Filter'),
  noResults: (query) => `Keine Ergebnisse${quoted(query)}. Versuche es mit weniger Wörtern oder entferne einen Filter.`,
  resultCount: (total, shown, query, correction) =>
    `${count(total, '{n} Ergebnis', '{n} Ergebnisse')}${quoted(query)}${correction ? `, einschließlich „${correction}“` : ''}${shown < total ? `, ${num(shown)} angezeigt` : ''}.`,
};
