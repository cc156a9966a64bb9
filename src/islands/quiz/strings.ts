/** Every label the quiz shows, in one place. */
export const STRINGS = {
  check: 'Check',
  hint: 'Hint',
  hideHint: 'Hide hint',
  tryAgain: 'Try again',
  solution: 'Solution',
  showSolution: 'Show hint and solution',
  quickCheck: 'Quick check',
  commonMistakes: 'Common mistakes',
  learnMore: 'Read the section on this',
  correct: 'Correct.',
  incorrect: 'Not quite.',
  emptyAnswer: 'Choose or type an answer first.',
  chooseOne: 'Choose one answer',
  chooseAll: 'Choose every correct answer',
  trueOrFalse: 'True or false?',
  putInOrder: 'Put the steps in order',
  typeAnswer: 'Your answer',
  moveUp: 'Move up',
  moveDown: 'Move down',
  true: 'True',
  false: 'False',
};

/** Labels only the challenge uses (kept apart so practice-only pages do not ship them). */
export const CHALLENGE_STRINGS = {
  startChallenge: 'Start challenge',
  useTimer: 'Use a time limit',
  timeAllowed: 'Time allowed per question',
  addTime: 'Add time',
  submitAnswer: 'Submit answer',
  skip: 'Skip question',
  next: 'Next question',
  finish: 'See results',
  restart: 'Restart challenge',
  timeUp: 'Time is up. This question counts as unanswered; your answer is kept below.',
  badge: 'Perfect score badge earned',
};

export const attemptsLeftText = (n: number) => `Attempts: ${n} left`;
export const progressText = (done: number, total: number) => `${done} / ${total}`;
export const positionText = (stepText: string, position: number, total: number) => `${stepText} moved to position ${position} of ${total}.`;
export const questionOfText = (n: number, total: number) => `Question ${n} of ${total}`;
