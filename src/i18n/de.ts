/**
 * Deutsche Oberflächentexte. Same keys and functions as `en.ts` (the `Strings` type checks it);
 * plurals through `Intl.PluralRules`, numbers, dates and percentages through `Intl` (`format.ts`).
 */
import type { Strings } from './strings';
import { formatDate, formatNumber, formatPercent, plural } from './format';

const LOCALE = 'de';
const count = (n: number, one: string, other: string) => plural(LOCALE, n, { one, other });
const num = (n: number) => formatNumber(LOCALE, n);

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

export const mdx: Strings['mdx'] = {
  callouts: { 'key-concept': 'Kernidee', 'common-mistake': 'Häufiger Fehler', note: 'Hinweis' },
  copy: 'Kopieren',
  copyCommand: 'Befehl kopieren',
  copied: 'Kopiert',
  copyFailed: 'Kopieren fehlgeschlagen',
  copyFailedMessage: 'Kopieren fehlgeschlagen: Markiere den Text und kopiere ihn von Hand.',
  expectedOutput: 'Erwartete Ausgabe',
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
};

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

export const quiz: Strings['quiz'] = {
  check: 'Prüfen',
  hint: 'Tipp',
  hideHint: 'Tipp ausblenden',
  tryAgain: 'Noch einmal',
  solution: 'Lösung',
  quickCheck: 'Kurz gesagt',
  commonMistakes: 'Häufige Fehler',
  learnMore: 'Den Abschnitt dazu lesen',
  correct: 'Richtig.',
  incorrect: 'Nicht ganz.',
  emptyAnswer: 'Wähle oder tippe zuerst eine Antwort.',
  chooseOne: 'Wähle eine Antwort',
  chooseAll: 'Wähle alle richtigen Antworten',
  trueOrFalse: 'Richtig oder falsch?',
  putInOrder: 'Bring die Schritte in die richtige Reihenfolge',
  typeAnswer: 'Deine Antwort',
  moveUp: 'Nach oben',
  moveDown: 'Nach unten',
  true: 'Richtig',
  false: 'Falsch',
  progressOutdated: 'Diese Frage wurde geändert, seit du sie zuletzt beantwortet hast, deshalb wurde deine gespeicherte Antwort gelöscht.',
  loading: 'Das Quiz wird geladen …',
  answered: 'Beantwortet: ',
  questionsAnswered: 'Beantwortete Fragen',
  correctMark: ' (richtige Antwort)',
  yourAnswerMark: ' (deine Antwort)',
  acceptedAnswer: 'Akzeptierte Antwort:',
  noAttemptsLeft: 'Keine Versuche mehr: Die Lösung steht unten.',
  retryIsPractice: 'Ein neuer Versuch ist nur Übung: Dein Ergebnis bleibt, wie es ist.',
  practiceNotCounted: 'Diese Übungsrunde ändert dein Ergebnis nicht.',
  terminal: 'Terminal',
  program: 'Programm',
  difficulties: { easy: 'leicht', medium: 'mittel', hard: 'schwer' },
  categories: { conceptual: 'Konzept', workflow: 'Arbeitsablauf', troubleshoot: 'Fehlersuche', 'best-practice': 'bewährte Praxis', 'command-output': 'Befehlsausgabe' },
  storage: {
    unavailable: 'Dein Browser erlaubt hier kein Speichern, deshalb geht dein Fortschritt verloren, sobald du diese Seite verlässt.',
    full: 'Der Browserspeicher ist voll, deshalb geht neuer Fortschritt verloren, sobald du diese Seite verlässt.',
    dropped: 'Ein Teil des gespeicherten Fortschritts war unlesbar und wurde zurückgesetzt. Alles andere bleibt erhalten.',
  },
  attemptsLeft: (n) => `${count(n, 'Noch {n} Versuch', 'Noch {n} Versuche')}`,
  practiceAttempts: (n) => `Übungsrunde, zählt nicht. ${count(n, 'Noch {n} Versuch', 'Noch {n} Versuche')}`,
  correctCount: (n) => `${num(n)} richtig`,
  progress: (done, total) => `${num(done)} / ${num(total)}`,
  position: (stepText, position, total) => `„${stepText}“ an Position ${num(position)} von ${num(total)} verschoben.`,
  stepsInPlace: (right, total) => `${num(right)} von ${num(total)} Schritten stehen an der richtigen Stelle.`,
  shouldBeStep: (n) => ` (gehört an Stelle ${num(n)})`,
  questionOf: (n, total) => `Frage ${num(n)} von ${num(total)}`,
};

export const challenge: Strings['challenge'] = {
  startChallenge: 'Challenge starten',
  timer: 'Zeitlimit',
  useTimer: 'Mit Zeitlimit spielen',
  timeAllowed: 'Zeit pro Frage',
  standardTime: 'Standard',
  timeLeft: 'Verbleibende Zeit',
  noTimeLimit: 'Ohne Zeitlimit',
  addTime: 'Mehr Zeit',
  submitAnswer: 'Antwort abgeben',
  submitAndFinish: 'Antwort abgeben und Ergebnis ansehen',
  skip: 'Frage überspringen',
  next: 'Nächste Frage',
  finish: 'Ergebnis ansehen',
  restart: 'Challenge neu starten',
  emptyAnswer: 'Wähle oder tippe zuerst eine Antwort, oder nutze „Frage überspringen“, um ohne Antwort weiterzugehen.',
  badgeEarned: 'Abzeichen erhalten:',
  yourAnswer: 'Deine Antwort:',
  noAnswer: 'keine',
  correctAnswer: 'Richtige Antwort:',
  timeRanOut: ' (Zeit abgelaufen)',
  outcome: { correct: 'Richtig', incorrect: 'Falsch', unanswered: 'Unbeantwortet' },
  previewNote: 'Diese Frage gehört zur Challenge: Starte die Challenge, um sie zu beantworten. Die Antworten siehst du am Ende.',
  previewTitle: (n, total) => `Frage ${num(n)} von ${num(total)} in dieser Challenge`,
  rules: (n, limits) =>
    `${count(n, '{n} Frage', '{n} Fragen')}, eine nach der anderen. Jede hat ein Zeitlimit (${limits}); du kannst es abschalten, bis zu zehnmal verlängern oder während des Antwortens Zeit hinzufügen. Läuft die Zeit ab, gilt die Frage als unbeantwortet, und deine Antwort bleibt erhalten.`,
  limit: (clock, difficulty) => `${clock} ${difficulty}`,
  goal: (n) => [`Ziel: Beantworte ${n === 1 ? 'die Frage' : `alle ${num(n)} Fragen`} richtig, um das Abzeichen `, ' zu erhalten.'],
  defaultBadgeName: (bankTitle) => `${bankTitle}-Meister`,
  multiplier: (multiplier) => `${num(multiplier)}-mal so lang`,
  addTimeBy: (clock) => `Mehr Zeit (+${clock})`,
  duration: (minutes, seconds) =>
    [minutes ? count(minutes, '{n} Minute', '{n} Minuten') : '', seconds || !minutes ? count(seconds, '{n} Sekunde', '{n} Sekunden') : ''].filter(Boolean).join(' '),
  warning: (duration) => `Noch ${duration}.`,
  timeUp: (answered) =>
    answered
      ? 'Die Zeit ist abgelaufen: Diese Frage gilt als unbeantwortet, deine Antwort oben bleibt für die Auswertung erhalten.'
      : 'Die Zeit ist abgelaufen: Diese Frage gilt als unbeantwortet.',
  best: (correct, total) => `Bisher am besten: ${num(correct)} / ${num(total)} richtig.`,
  score: (correct, total, percent) => `Ergebnis: ${num(correct)} / ${num(total)} (${formatPercent(LOCALE, percent)})`,
  timeTaken: (duration, incorrect, unanswered) => `Benötigte Zeit: ${duration}. ${num(incorrect)} falsch, ${num(unanswered)} unbeantwortet.`,
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
