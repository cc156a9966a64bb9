/** Every label the quiz shows, in one place. */
export const STRINGS = {
  check: 'Check',
  hint: 'Hint',
  hideHint: 'Hide hint',
  tryAgain: 'Try again',
  solution: 'Solution',
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
  progressOutdated: 'This question was changed since you last answered it, so your saved answer was cleared.',
};


export const attemptsLeftText = (n: number) => `Attempts: ${n} left`;
export const progressText = (done: number, total: number) => `${done} / ${total}`;
export const positionText = (stepText: string, position: number, total: number) => `${stepText} moved to position ${position} of ${total}.`;
export const questionOfText = (n: number, total: number) => `Question ${n} of ${total}`;
