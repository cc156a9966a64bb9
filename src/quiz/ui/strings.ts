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
  /** Shown in place of the attempts until the island runs; the buttons are disabled until then. */
  loading: 'Loading the quiz…',
  answered: 'Answered: ',
  questionsAnswered: 'Questions answered',
  correctMark: ' (correct answer)',
  yourAnswerMark: ' (your answer)',
  acceptedAnswer: 'Accepted answer:',
  noAttemptsLeft: 'No attempts left: the solution is below.',
  /** Next to "Try again" once the solution shows. */
  retryIsPractice: 'Trying again is practice: your result stays as it is.',
  practiceNotCounted: 'This practice round does not change your result.',
  /** Caption of an output question's code: shell commands run in a terminal, other code is a program. */
  terminal: 'Terminal',
  program: 'Program',
};


export const attemptsLeftText = (n: number) => `Attempts: ${n} left`;
export const practiceAttemptsText = (n: number) => `Practice round, not counted. Attempts: ${n} left`;
export const correctCountText = (n: number) => `${n} correct`;
export const progressText = (done: number, total: number) => `${done} / ${total}`;
/** One sentence that starts with a capital whatever the step's text starts with (`dvc repro`...). */
export const positionText = (stepText: string, position: number, total: number) => `Moved “${stepText}” to position ${position} of ${total}.`;
export const stepsInPlaceText = (right: number, total: number) => `${right} of ${total} steps are in the right place.`;
export const shouldBeStepText = (n: number) => ` (should be step ${n})`;
export const questionOfText = (n: number, total: number) => `Question ${n} of ${total}`;
