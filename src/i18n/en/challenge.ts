/** English UI text: `challenge`, a module of its own so that only the pages using it ship it. */
import { formatPercent, plural } from '../format';

const LOCALE = 'en';
const count = (n: number, one: string, other: string) => plural(LOCALE, n, { one, other });

/** Text only the challenge uses (its own group, so practice-only pages do not ship it). */
export const challenge = {
  startChallenge: 'Start challenge',
  timer: 'Timer',
  useTimer: 'Use a time limit',
  timeAllowed: 'Time allowed per question',
  standardTime: 'Standard',
  timeLeft: 'Time left',
  noTimeLimit: 'No time limit',
  addTime: 'Add time',
  submitAnswer: 'Submit answer',
  submitAndFinish: 'Submit answer and see results',
  skip: 'Skip question',
  next: 'Next question',
  finish: 'See results',
  restart: 'Restart challenge',
  emptyAnswer: 'Choose or type an answer first, or use Skip question to move on without answering.',
  badgeEarned: 'Badge earned:',
  yourAnswer: 'Your answer:',
  noAnswer: 'none',
  correctAnswer: 'Correct answer:',
  timeRanOut: ' (time ran out)',
  outcome: { correct: 'Correct', incorrect: 'Incorrect', unanswered: 'Unanswered' },
  previewNote: 'This question is part of the challenge: start the challenge to answer it. Answers are shown at the end.',
  /** Heading of the question a link named, shown before the challenge starts. */
  previewTitle: (n: number, total: number) => `Question ${n} of ${total} in this challenge`,
  /** `limits` is e.g. "2:00 easy, 2:30 medium, 3:00 hard". */
  rules: (n: number, limits: string) =>
    `${count(n, '{n} question', '{n} questions')}, one at a time. Each has a time limit (${limits}); you can turn it off, make it up to ten times longer, or add time while you answer. When time runs out the question counts as unanswered and your answer is kept.`,
  /** One difficulty's limit in the rules: "2:00 easy". */
  limit: (clock: string, difficulty: string) => `${clock} ${difficulty}`,
  /** The goal shown before a run, around the badge name: "Goal: answer all 5 questions correctly to earn <name>." */
  goal: (n: number): [before: string, after: string] => [`Goal: answer ${n === 1 ? 'the question' : `all ${n} questions`} correctly to earn the badge `, '.'],
  /** The badge name when the content names none: derived from the bank title. */
  defaultBadgeName: (bankTitle: string) => `${bankTitle} mastery`,
  multiplier: (multiplier: number) => `${multiplier} times longer`,
  addTimeBy: (clock: string) => `Add time (+${clock})`,
  /** "2 minutes 5 seconds", for screen readers. */
  duration: (minutes: number, seconds: number) =>
    [minutes ? count(minutes, '{n} minute', '{n} minutes') : '', seconds || !minutes ? count(seconds, '{n} second', '{n} seconds') : ''].filter(Boolean).join(' '),
  /** A countdown warning, shown by the clock and announced once: "30 seconds left." */
  warning: (duration: string) => `${duration} left.`,
  /** Announced once, and shown, when the countdown runs out; one sentence. */
  timeUp: (answered: boolean): string =>
    answered ? 'Time is up: this question counts as unanswered, and your answer above is kept for the review.' : 'Time is up: this question counts as unanswered.',
  best: (correct: number, total: number) => `Best so far: ${correct} / ${total} correct.`,
  score: (correct: number, total: number, percent: number) => `Score: ${correct} / ${total} (${formatPercent(LOCALE, percent)})`,
  timeTaken: (duration: string, incorrect: number, unanswered: number) => `Time taken: ${duration}. ${incorrect} incorrect, ${unanswered} unanswered.`,
};
