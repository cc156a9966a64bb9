/**
 * German UI text (Deutsch). Same keys and functions as `en/` (the `Strings` type checks it);
 * plurals through `Intl.PluralRules`, numbers, dates and percentages through `Intl` (`format.ts`).
 */
import type { Strings } from '../strings';
import { formatDate, formatNumber, plural } from '../format';

const LOCALE = 'de';
const count = (n: number, one: string, other: string) => plural(LOCALE, n, { one, other });
const num = (n: number) => formatNumber(LOCALE, n);

export { search } from './search';
export { quiz } from './quiz';
export { challenge } from './challenge';
export { copy } from './copy';
export { embed } from './embed';

export const site: Strings['site'] = {
  skipLink: 'Zum Inhalt springen',
  footerDefault: 'Eine statische Lernseite: Artikel, Fragen und Lösungen sind auch ohne JavaScript lesbar.',
  footerLinksLabel: 'Links der Website',
  repository: 'Quellcode-Repository',
  editPage: 'Diese Seite bearbeiten',
  theme: 'Farbschema',
  themes: { system: 'System', light: 'Hell', dark: 'Dunkel' },
  searchShortcut: 'Strg K',
  menu: 'Menü',
  sectionsNav: 'Bereiche',
  articleCount: (n) => count(n, '{n} Artikel', '{n} Artikel'),
  allArticlesIn: (n, section) => `Alle ${num(n)} Artikel in ${section}`,
  moreSections: (n) => count(n, '{n} weiterer Bereich', '{n} weitere Bereiche'),
  breadcrumb: 'Brotkrümelnavigation',
  home: 'Startseite',
  prevNext: 'Vorheriger und nächster Artikel',
  previous: 'Zurück',
  next: 'Weiter',
  difficultyPrefix: 'Schwierigkeit: ',
  difficulty: { beginner: 'Einsteiger', intermediate: 'Fortgeschritten', advanced: 'Experten' },
  readingTimePrefix: 'Lesezeit: ',
  readingTime: (minutes) => `ca. ${num(minutes)} Min. Lesezeit`,
  updated: 'Aktualisiert am',
  date: (date) => formatDate(LOCALE, date),
  related: 'Verwandte Artikel',
  tagsPrefix: 'Schlagwörter: ',
  sectionDescription: (section) => `Artikel in ${section}.`,
  sectionPageTitle: (section, page, pages) => `${section} (Seite ${num(page)} von ${num(pages)})`,
  sectionPages: 'Seiten dieses Bereichs',
  previousPage: 'Vorherige Seite',
  nextPage: 'Nächste Seite',
  pageOf: (page, pages) => `Seite ${num(page)} von ${num(pages)}`,
  homeSectionsHeading: 'Bereiche',
  homeStartWith: (title) => `Beginne mit „${title}“`,
  homeNoArticles: 'Noch keine Artikel. Lege MDX-Dateien unter articles/<bereich>/ im Inhaltsordner an.',
  homeInterviewHeading: 'Vorstellungsgespräch üben',
  homeInterviewText: 'Fragen, die in einem Vorstellungsgespräch kommen könnten, mit kurzen, mittleren und langen Antworten zum Aufdecken.',
  notFoundTitle: 'Seite nicht gefunden',
  notFoundDescription: 'Diese Seite gibt es nicht.',
  notFoundText: 'Unter dieser Adresse gibt es keine Seite. Vielleicht wurde sie verschoben, oder der Link enthält einen Tippfehler.',
  notFoundHome: 'Zur Startseite',
  notFoundHomeAfter: ', um alle Bereiche zu durchstöbern.',
  notFoundSearch: 'Die Website durchsuchen',
  notFoundSearchAfter: ', um zu finden, was du gesucht hast.',
};

export const interview: Strings['interview'] = {
  title: 'Vorstellungsgespräch üben',
  description: (n) => `${count(n, '{n} Interviewfrage', '{n} Interviewfragen')} mit kurzen, mittleren und langen Antworten.`,
  intro: (n) =>
    `${count(n, '{n} Frage', '{n} Fragen')}, die in einem Vorstellungsgespräch kommen könnten, jeweils mit einer kurzen Antwort (ein, zwei Sätze), einer mittleren (ein Absatz) und einer langen (eine gegliederte Erklärung). Antworte erst laut, bevor du eine aufdeckst.`,
  questionCount: (n) => count(n, '{n} Frage', '{n} Fragen'),
  topicTitle: (topic) => `Interviewfragen: ${topic}`,
  topicDescription: (n, topic) => `${count(n, '{n} Interviewfrage', '{n} Interviewfragen')} zu ${topic}, mit Antworten in drei Längen.`,
  background: 'Zum Nachlesen:',
  lengths: {
    short: { label: 'Kurze Antwort', hint: 'ein, zwei Sätze' },
    medium: { label: 'Mittlere Antwort', hint: 'ein Absatz' },
    long: { label: 'Lange Antwort', hint: 'eine gegliederte Erklärung' },
  },
};

export const reading: Strings['reading'] = {
  table: 'Tabelle',
  diagram: 'Diagramm',
  scrollHint: 'Seitlich scrollen, um alles zu sehen →',
  tocTitle: 'Auf dieser Seite',
  interviewLink: 'Interviewfragen zu diesem Thema üben',
  callouts: { 'key-concept': 'Kernidee', 'common-mistake': 'Häufiger Fehler', note: 'Hinweis' },
  expectedOutput: 'Erwartete Ausgabe',
  terminal: 'Terminal',
  headingLink: (heading) => `Link zum Abschnitt: ${heading}`,
  taskDone: 'Erledigt',
  taskOpen: 'Offen',
};

export const quizPages: Strings['quizPages'] = {
  heading: (mode, bankTitle) => `${mode === 'challenge' ? 'Challenge' : 'Übung'}: ${bankTitle}`,
  previous: 'Vorherige Fragen',
  next: 'Nächste Fragen',
  pagesOf: (heading) => `Seiten von ${heading}`,
  page: (n) => `Seite ${num(n)}`,
  range: (first, last, total) => `Fragen ${num(first)}–${num(last)} von ${num(total)}`,
  pageTitle: (heading, page, pages) => `${heading} (Seite ${num(page)} von ${num(pages)})`,
  fromArticle: 'Aus dem Artikel',
};

export const bankPages: Strings['bankPages'] = {
  banksTitle: 'Fragensammlungen',
  banksDescription: (banks, questions) => `Alle ${num(questions)} Übungsfragen dieser Website, in ${count(banks, '{n} Sammlung', '{n} Sammlungen')}.`,
  home: 'Startseite',
  questions: (n) => count(n, '{n} Frage', '{n} Fragen'),
  pageTitle: (bankTitle) => `${bankTitle}: alle Fragen`,
  filteredTitle: (bankTitle, filter) => `${bankTitle}: Fragen (${filter})`,
  pagedTitle: (title, page, pages) => `${title} (Seite ${num(page)} von ${num(pages)})`,
  description: (bankTitle, n) => `Alle ${num(n)} Übungsfragen der Sammlung „${bankTitle}“, mit Hinweisen und Lösungen.`,
  fromArticles: 'Aus den Artikeln:',
  filtersLabel: 'Fragen anzeigen',
  byDifficulty: 'Nach Schwierigkeit',
  byCategory: 'Nach Kategorie',
  all: (n) => `Alle (${num(n)})`,
  filterItem: (label, n) => `${label} (${num(n)})`,
  downloadsHeading: 'Diese Sammlung herunterladen',
  jsonDownload: 'JSON-Daten',
  jsonFormat: 'Das JSON-Format (JSON Schema)',
  allQuestions: (n, bankTitle) => `Alle ${count(n, '{n} Frage', '{n} Fragen')} der Sammlung „${bankTitle}“`,
  openBank: 'Sammlung öffnen',
  getData: 'JSON',
  dataOf: (bankTitle) => `${bankTitle} als JSON`,
  indexData: 'Alle Sammlungen als JSON',
  labels: { easy: 'Leicht', medium: 'Mittel', hard: 'Schwer', conceptual: 'Konzept', workflow: 'Arbeitsablauf', troubleshoot: 'Fehlersuche', 'best-practice': 'Bewährte Praxis', 'command-output': 'Befehlsausgabe' },
  noBanks: 'Noch keine Fragensammlungen. Lege YAML-Dateien unter quizzes/ im Inhaltsordner an.',
};

export const embedSnippets: Strings['embedSnippets'] = {
  summary: 'Dieses Quiz einbetten',
  intro: 'Füge einen dieser Ausschnitte in eine andere Seite ein. Das Element funktioniert auf den meisten Websites; der iframe auch dort, wo Skripte nicht erlaubt sind (wo sie erlaubt sind, füge die Skriptzeile hinzu, damit sich der Rahmen seinem Inhalt anpasst).',
  element: 'Als Element (zwei Zeilen HTML)',
  iframe: 'Als iframe',
  iframeTitle: (heading) => `Quiz: ${heading}`,
  pageTitle: (bank) => `Quiz: ${bank}`,
  solution: 'Lösung',
  allQuestions: (n) => `Alle ${count(n, '{n} Frage', '{n} Fragen')} dieser Sammlung`,
};
