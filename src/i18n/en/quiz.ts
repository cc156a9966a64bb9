/** English UI text: `quiz`, a module of its own so that only the pages using it ship it. */

/** Every label a practice quiz shows (the challenge adds `challenge`). */
export const quiz = {
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
  /** A question's difficulty and category, shown above its prompt. */
  difficulties: { easy: 'easy', medium: 'medium', hard: 'hard' },
  categories: { conceptual: 'conceptual', workflow: 'workflow', troubleshoot: 'troubleshoot', 'best-practice': 'best practice', 'command-output': 'command output' },
  /** Why progress is not saved (lib/safe-storage.ts problems). */
  storage: {
    unavailable: 'Your browser does not allow saving here, so progress will not be kept after you leave this page.',
    full: 'Browser storage is full, so new progress will not be kept after you leave this page.',
    dropped: 'Some saved progress could not be read and was reset. Everything else is kept.',
  },
  attemptsLeft: (n: number) => `Attempts: ${n} left`,
  practiceAttempts: (n: number) => `Practice round, not counted. Attempts: ${n} left`,
  correctCount: (n: number) => `${n} correct`,
  progress: (done: number, total: number) => `${done} / ${total}`,
  /** One sentence that starts with a capital whatever the step's text starts with (`dvc repro`...). */
  position: (stepText: string, position: number, total: number) => `Moved “${stepText}” to position ${position} of ${total}.`,
  stepsInPlace: (right: number, total: number) => `${right} of ${total} steps are in the right place.`,
  shouldBeStep: (n: number) => ` (should be step ${n})`,
  questionOf: (n: number, total: number) => `Question ${n} of ${total}`,
};
