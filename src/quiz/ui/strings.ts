import { quiz } from 'virtual:studyforge/strings';

/** Every label the quiz shows, in the site's locale (`quiz` in src/i18n/<locale>.ts). */
export const STRINGS = quiz;

export const attemptsLeftText = quiz.attemptsLeft;
export const practiceAttemptsText = quiz.practiceAttempts;
export const correctCountText = quiz.correctCount;
export const progressText = quiz.progress;
/** One sentence that starts with a capital whatever the step's text starts with (`dvc repro`...). */
export const positionText = quiz.position;
export const stepsInPlaceText = quiz.stepsInPlace;
export const shouldBeStepText = quiz.shouldBeStep;
export const questionOfText = quiz.questionOf;
