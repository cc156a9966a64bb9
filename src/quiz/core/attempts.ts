/**
 * Practice-mode state for one question: check, attempts, hint, lock and retry. Pure transitions:
 * each function returns a new state and never mutates its input.
 *
 * The rule: the attempts of the first round are final. The round ends when the answer is right or
 * the attempts run out; then the solution shows and that outcome is the question's `result`, which
 * is what progress counts. "Try again" is offered only then, and starts a practice round with the
 * same number of attempts whose outcome never changes `result`.
 */
import { isAnswered, isCorrect, type AnswerKey } from './grading';
import type { QuestionProgress } from './progress-store';
import type { QuizResponse } from './types';

export const DEFAULT_ATTEMPTS = 2;

export type PracticeStatus = 'open' | 'correct' | 'failed';
/** How a question's first (counted) round ended. */
export type PracticeResult = Exclude<PracticeStatus, 'open'>;

export interface PracticeState {
  response: QuizResponse;
  attemptsUsed: number;
  status: PracticeStatus;
  /** Result of the most recent Check, for feedback; undefined before the first Check. */
  lastCheck?: { correct: boolean; response: QuizResponse };
  hintShown: boolean;
  /** The counted outcome, set when the first round ends; practice rounds never change it. */
  result?: PracticeResult;
  /** 0 for the counted round, then 1, 2... for each practice round started with "Try again". */
  round: number;
}

export function initialPractice(response: QuizResponse): PracticeState {
  return { response, attemptsUsed: 0, status: 'open', hintShown: false, round: 0 };
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
  const result = state.result ?? (status === 'open' ? undefined : status);
  return { ...state, attemptsUsed, status, result, lastCheck: { correct, response: state.response } };
}

/** True when the round is a practice round, whose outcome does not count. */
export function isPracticeRound(state: PracticeState): boolean {
  return state.round > 0;
}

/** "Try again" is offered only once the solution shows: attempts are final until then. */
export function canTryAgain(state: PracticeState): boolean {
  return isLocked(state);
}

/** "Try again": a practice round with the response cleared and fresh attempts; `result` is kept. */
export function tryAgain(state: PracticeState, empty: QuizResponse): PracticeState {
  if (!canTryAgain(state)) return state;
  return { ...initialPractice(empty), result: state.result, round: state.round + 1 };
}

/** What the progress tally counts: answered once the first round ended, correct if it ended right. */
export function tally(states: PracticeState[]): { done: number; correct: number } {
  return {
    done: states.filter((s) => s.result !== undefined).length,
    correct: states.filter((s) => s.result === 'correct').length,
  };
}

/** The state to save (progress-store's shape). The last check is not saved: it is derived on restore. */
export function toProgress(state: PracticeState, updatedAt: number): QuestionProgress {
  const { status, attemptsUsed, response, hintShown, result, round } = state;
  return { status, attemptsUsed, response, hintShown, updatedAt, result, round };
}

/** A state from saved progress (already migrated by the store). */
export function fromProgress(saved: QuestionProgress): PracticeState {
  return {
    response: saved.response,
    attemptsUsed: saved.attemptsUsed,
    status: saved.status,
    hintShown: saved.hintShown,
    result: saved.result,
    round: saved.round ?? 0,
    lastCheck: saved.status === 'open' ? undefined : { correct: saved.status === 'correct', response: saved.response },
  };
}
