/**
 * Practice-mode state for one question: check, attempts, hint, lock and reset. Pure transitions:
 * each function returns a new state and never mutates its input.
 */
import { isAnswered, isCorrect, type AnswerKey } from './grading';
import type { QuizResponse } from './types';

export const DEFAULT_ATTEMPTS = 2;

export type PracticeStatus = 'open' | 'correct' | 'failed';

export interface PracticeState {
  response: QuizResponse;
  attemptsUsed: number;
  status: PracticeStatus;
  /** Result of the most recent Check, for feedback; undefined before the first Check. */
  lastCheck?: { correct: boolean; response: QuizResponse };
  hintShown: boolean;
}

export function initialPractice(response: QuizResponse): PracticeState {
  return { response, attemptsUsed: 0, status: 'open', hintShown: false };
}

export function attemptsLeft(state: PracticeState, maxAttempts: number = DEFAULT_ATTEMPTS): number {
  return Math.max(0, maxAttempts - state.attemptsUsed);
}

/** Locked once answered correctly or out of attempts: the solution shows and inputs are read-only. */
export function isLocked(state: PracticeState): boolean {
  return state.status !== 'open';
}

export function respond(state: PracticeState, response: QuizResponse): PracticeState {
  if (isLocked(state)) return state;
  return { ...state, response };
}

export function showHint(state: PracticeState): PracticeState {
  return state.hintShown ? state : { ...state, hintShown: true };
}

/** Checks the current response. An empty response costs no attempt. */
export function check(state: PracticeState, key: AnswerKey, maxAttempts: number = DEFAULT_ATTEMPTS): PracticeState {
  if (isLocked(state) || !isAnswered(state.response)) return state;
  const correct = isCorrect(key, state.response);
  const attemptsUsed = state.attemptsUsed + 1;
  const status: PracticeStatus = correct ? 'correct' : attemptsUsed >= maxAttempts ? 'failed' : 'open';
  return { ...state, attemptsUsed, status, lastCheck: { correct, response: state.response } };
}

/** "Try again": a fresh start for the question, with the response cleared. */
export function reset(empty: QuizResponse): PracticeState {
  return initialPractice(empty);
}
