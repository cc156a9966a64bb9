/** Labels only the challenge uses (their own module, so practice-only pages do not ship them). */
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
