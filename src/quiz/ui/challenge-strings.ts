/** Text only the challenge uses (its own module, so practice-only pages do not ship it). */
export const CHALLENGE_STRINGS = {
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
};

/** Heading of the question a link named, shown before the challenge starts. */
export const previewTitleText = (n: number, total: number) => `Question ${n} of ${total} in this challenge`;

const questionsText = (count: number) => (count === 1 ? '1 question' : `${count} questions`);

/** `limits` is e.g. "2:00 easy, 2:30 medium, 3:00 hard". */
export const rulesText = (count: number, limits: string) =>
  `${questionsText(count)}, one at a time. Each has a time limit (${limits}); you can turn it off, make it up to ten times longer, or add time while you answer. When time runs out the question counts as unanswered and your answer is kept.`;

/** The goal shown before a run, around the badge name: "Goal: answer all 5 questions correctly to earn <name>." */
export const goalText = (count: number): [before: string, after: string] => [
  `Goal: answer ${count === 1 ? 'the question' : `all ${count} questions`} correctly to earn the badge `,
  '.',
];

/** The badge name when the content names none: derived from the bank title. */
export const defaultBadgeName = (bankTitle: string) => `${bankTitle} mastery`;

export const multiplierText = (multiplier: number) => `${multiplier} times longer`;
export const addTimeText = (clock: string) => `Add time (+${clock})`;
/** A countdown warning, shown by the clock and announced once: "30 seconds left." */
export const warningText = (duration: string) => `${duration} left.`;
/** Announced once, and shown, when the countdown runs out; one sentence. */
export const timeUpText = (answered: boolean) =>
  answered
    ? 'Time is up: this question counts as unanswered, and your answer above is kept for the review.'
    : 'Time is up: this question counts as unanswered.';
export const bestText = (correct: number, total: number) => `Best so far: ${correct} / ${total} correct.`;
export const scoreText = (correct: number, total: number, percent: number) => `Score: ${correct} / ${total} (${percent}%)`;
export const timeTakenText = (duration: string, incorrect: number, unanswered: number) =>
  `Time taken: ${duration}. ${incorrect} incorrect, ${unanswered} unanswered.`;
