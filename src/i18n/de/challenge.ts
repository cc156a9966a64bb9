/** German UI text: `challenge`, a module of its own so that only the pages using it ship it. */
import type { Strings } from '../strings';
import { formatPercent, plural } from '../format';

const LOCALE = 'de';
const count = (n: number, one: string, other: string) => plural(LOCALE, n, { one, other });

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
  previewTitle: (n, total) => `Frage ${n} von ${total} in dieser Challenge`,
  rules: (n, limits) =>
    `${count(n, '{n} Frage', '{n} Fragen')}, eine nach der anderen. Jede hat ein Zeitlimit (${limits}); du kannst es abschalten, bis zu zehnmal verlängern oder während des Antwortens Zeit hinzufügen. Läuft die Zeit ab, gilt die Frage als unbeantwortet, und deine Antwort bleibt erhalten.`,
  limit: (clock, difficulty) => `${clock} ${difficulty}`,
  goal: (n) => [`Ziel: Beantworte ${n === 1 ? 'die Frage' : `alle ${n} Fragen`} richtig, um das Abzeichen `, ' zu erhalten.'],
  defaultBadgeName: (bankTitle) => `${bankTitle}-Meister`,
  multiplier: (multiplier) => `${multiplier}-mal so lang`,
  addTimeBy: (clock) => `Mehr Zeit (+${clock})`,
  duration: (minutes, seconds) =>
    [minutes ? count(minutes, '{n} Minute', '{n} Minuten') : '', seconds || !minutes ? count(seconds, '{n} Sekunde', '{n} Sekunden') : ''].filter(Boolean).join(' '),
  warning: (duration) => `Noch ${duration}.`,
  timeUp: (answered) =>
    answered
      ? 'Die Zeit ist abgelaufen: Diese Frage gilt als unbeantwortet, deine Antwort oben bleibt für die Auswertung erhalten.'
      : 'Die Zeit ist abgelaufen: Diese Frage gilt als unbeantwortet.',
  best: (correct, total) => `Bisher am besten: ${correct} / ${total} richtig.`,
  score: (correct, total, percent) => `Ergebnis: ${correct} / ${total} (${formatPercent(LOCALE, percent)})`,
  timeTaken: (duration, incorrect, unanswered) => `Benötigte Zeit: ${duration}. ${incorrect} falsch, ${unanswered} unbeantwortet.`,
};
