import { challenge } from 'virtual:studyforge/strings';

/** Text only the challenge uses, in the site's locale (its own group, so practice-only pages do not ship it). */
export const CHALLENGE_STRINGS = challenge;

export const previewTitleText = challenge.previewTitle;
export const rulesText = challenge.rules;
export const goalText = challenge.goal;
export const defaultBadgeName = challenge.defaultBadgeName;
export const multiplierText = challenge.multiplier;
export const addTimeText = challenge.addTimeBy;
export const warningText = challenge.warning;
export const timeUpText = challenge.timeUp;
export const bestText = challenge.best;
export const scoreText = challenge.score;
export const timeTakenText = challenge.timeTaken;
