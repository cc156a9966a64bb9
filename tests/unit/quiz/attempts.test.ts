import { describe, expect, it } from 'vitest';
import {
  attemptsLeft,
  canTryAgain,
  check,
  DEFAULT_ATTEMPTS,
  fromProgress,
  initialPractice,
  isLocked,
  isPracticeRound,
  respond,
  showHint,
  tally,
  toProgress,
  tryAgain,
  type PracticeState,
} from '../../../src/quiz/core/attempts';
import { migrateQuestionProgress, type QuestionProgress } from '../../../src/quiz/core/progress-store';
import type { AnswerKey } from '../../../src/quiz/core/grading';
import type { QuizResponse } from '../../../src/quiz/core/types';

const key: AnswerKey = { type: 'single', answer: 'b' };
const empty: QuizResponse = { type: 'choice', choice: null };
const right: QuizResponse = { type: 'choice', choice: 'b' };
const wrong: QuizResponse = { type: 'choice', choice: 'a' };

const answered = (response: QuizResponse, from: PracticeState = initialPractice(empty)) => respond(from, response);

describe('initialPractice', () => {
  it('starts open, with no attempts used, no hint and no check', () => {
    const state = initialPractice(empty);
    expect(state).toEqual({ response: empty, attemptsUsed: 0, status: 'open', hintShown: false, round: 0 });
    expect(state.result).toBeUndefined();
    expect(state.lastCheck).toBeUndefined();
    expect(isLocked(state)).toBe(false);
    expect(attemptsLeft(state)).toBe(DEFAULT_ATTEMPTS);
  });

  it('allows two attempts by default: the second wrong answer locks the question', () => {
    const once = check(answered(wrong), key);
    expect(isLocked(once)).toBe(false);
    expect(attemptsLeft(once)).toBe(1);
    const twice = check(once, key);
    expect(isLocked(twice)).toBe(true);
    expect(attemptsLeft(twice)).toBe(0);
  });
});

describe('respond', () => {
  it('replaces the response without touching the rest', () => {
    const state = respond(initialPractice(empty), wrong);
    expect(state.response).toEqual(wrong);
    expect(state.attemptsUsed).toBe(0);
    expect(state.status).toBe('open');
  });

  it('does not mutate the previous state', () => {
    const before = initialPractice(empty);
    respond(before, wrong);
    expect(before.response).toEqual(empty);
  });

  it('is ignored once the question is locked as correct', () => {
    const locked = check(answered(right), key);
    expect(locked.status).toBe('correct');
    const after = respond(locked, wrong);
    expect(after).toBe(locked);
    expect(after.response).toEqual(right);
  });

  it('is ignored once the question has failed', () => {
    let state = check(answered(wrong), key);
    state = check(state, key);
    expect(state.status).toBe('failed');
    expect(respond(state, right)).toBe(state);
  });
});

describe('showHint', () => {
  it('shows the hint without costing an attempt', () => {
    const state = showHint(initialPractice(empty));
    expect(state.hintShown).toBe(true);
    expect(state.attemptsUsed).toBe(0);
    expect(state.status).toBe('open');
  });

  it('returns the same state when the hint is already shown', () => {
    const shown = showHint(initialPractice(empty));
    expect(showHint(shown)).toBe(shown);
  });
});

describe('check', () => {
  it('costs no attempt and records no check for an empty response', () => {
    const state = initialPractice(empty);
    const after = check(state, key);
    expect(after).toBe(state);
    expect(after.attemptsUsed).toBe(0);
    expect(after.lastCheck).toBeUndefined();
  });

  it('costs no attempt for blank fill text', () => {
    const fillKey: AnswerKey = { type: 'fill', accept: ['psi'] };
    const state = initialPractice({ type: 'text', text: '   ' });
    expect(check(state, fillKey).attemptsUsed).toBe(0);
  });

  it('locks as correct on a right answer, using one attempt', () => {
    const after = check(answered(right), key);
    expect(after.status).toBe('correct');
    expect(after.attemptsUsed).toBe(1);
    expect(isLocked(after)).toBe(true);
    expect(after.lastCheck).toEqual({ correct: true, response: right });
    expect(attemptsLeft(after)).toBe(1);
  });

  it('stays open after a first wrong answer, with one attempt left', () => {
    const after = check(answered(wrong), key);
    expect(after.status).toBe('open');
    expect(after.attemptsUsed).toBe(1);
    expect(isLocked(after)).toBe(false);
    expect(attemptsLeft(after)).toBe(1);
    expect(after.lastCheck).toEqual({ correct: false, response: wrong });
  });

  it('fails and locks when the attempts run out', () => {
    const first = check(answered(wrong), key);
    const second = check(first, key);
    expect(second.status).toBe('failed');
    expect(second.attemptsUsed).toBe(2);
    expect(isLocked(second)).toBe(true);
    expect(attemptsLeft(second)).toBe(0);
  });

  it('can still be answered correctly on the last attempt', () => {
    const first = check(answered(wrong), key);
    const second = check(respond(first, right), key);
    expect(second.status).toBe('correct');
    expect(second.attemptsUsed).toBe(2);
    expect(second.lastCheck).toEqual({ correct: true, response: right });
  });

  it('does nothing once locked (no further attempts are counted)', () => {
    const correct = check(answered(right), key);
    expect(check(correct, key)).toBe(correct);

    const failed = check(check(answered(wrong), key), key);
    expect(check(failed, key)).toBe(failed);
    expect(failed.attemptsUsed).toBe(2);
  });

  it('honours a custom number of attempts', () => {
    let state = answered(wrong);
    for (let i = 1; i <= 3; i++) {
      state = check(state, key, 4);
      expect(state.status).toBe('open');
      expect(attemptsLeft(state, 4)).toBe(4 - i);
    }
    state = check(state, key, 4);
    expect(state.status).toBe('failed');
    expect(attemptsLeft(state, 4)).toBe(0);
  });

  it('fails on the first wrong answer with a single attempt', () => {
    expect(check(answered(wrong), key, 1).status).toBe('failed');
  });

  it('does not mutate the state it is given', () => {
    const state = answered(wrong);
    const snapshot = structuredClone(state);
    check(state, key);
    expect(state).toEqual(snapshot);
  });

  it('keeps the hint flag across checks', () => {
    const after = check(showHint(answered(wrong)), key);
    expect(after.hintShown).toBe(true);
  });
});

describe('attemptsLeft', () => {
  it('never goes below zero', () => {
    const state: PracticeState = { ...initialPractice(empty), attemptsUsed: 5 };
    expect(attemptsLeft(state)).toBe(0);
    expect(attemptsLeft(state, 3)).toBe(0);
  });
});

describe('the attempts rule: final until the solution shows, then practice rounds that do not count', () => {
  const failed = () => check(check(answered(wrong), key), key);

  it('records the first round\'s outcome as the result', () => {
    expect(check(answered(wrong), key).result).toBeUndefined();
    expect(check(answered(right), key).result).toBe('correct');
    expect(failed().result).toBe('failed');
  });

  it('offers Try again only once the solution shows, and refuses it before (attempts are final)', () => {
    const open = check(answered(wrong), key);
    expect(canTryAgain(open)).toBe(false);
    expect(tryAgain(open, empty)).toBe(open);
    expect(attemptsLeft(tryAgain(open, empty))).toBe(1);
    expect(canTryAgain(failed())).toBe(true);
    expect(canTryAgain(check(answered(right), key))).toBe(true);
  });

  it('Try again starts a practice round: answer cleared, fresh attempts, hint hidden, result kept', () => {
    const round = tryAgain(showHint(failed()), empty);
    expect(round).toMatchObject({ response: empty, attemptsUsed: 0, status: 'open', hintShown: false, result: 'failed', round: 1 });
    expect(round.lastCheck).toBeUndefined();
    expect(isPracticeRound(round)).toBe(true);
    expect(isPracticeRound(failed())).toBe(false);
    expect(attemptsLeft(round)).toBe(DEFAULT_ATTEMPTS);
  });

  it('a practice round never changes the result, right or wrong', () => {
    const wonLater = check(respond(tryAgain(failed(), empty), right), key);
    expect(wonLater.status).toBe('correct');
    expect(wonLater.result).toBe('failed');
    const lostLater = check(check(respond(tryAgain(check(answered(right), key), empty), wrong), key), key);
    expect(lostLater.status).toBe('failed');
    expect(lostLater.result).toBe('correct');
    // Rounds keep counting, and a practice round runs out of attempts like the first one.
    expect(tryAgain(lostLater, empty).round).toBe(2);
  });

  it('the tally counts results, so trying again after a correct answer does not lower it', () => {
    const correct = check(answered(right), key);
    expect(tally([correct, initialPractice(empty)])).toEqual({ done: 1, correct: 1 });
    expect(tally([tryAgain(correct, empty), initialPractice(empty)])).toEqual({ done: 1, correct: 1 });
    expect(tally([tryAgain(failed(), empty)])).toEqual({ done: 1, correct: 0 });
  });
});

describe('saved progress', () => {
  it('round-trips through the saved shape, with the last check derived', () => {
    const state = tryAgain(check(answered(right), key), empty);
    const locked = check(respond(state, wrong), key, 1);
    const restored = fromProgress(toProgress(locked, 5));
    expect(restored).toEqual(locked);
  });

  it('migrates an entry saved before results existed: an answered question still counts', () => {
    const old: QuestionProgress = { status: 'correct', attemptsUsed: 1, response: right, hintShown: false, updatedAt: 1 };
    const state = fromProgress(migrateQuestionProgress(old));
    expect(state).toMatchObject({ status: 'correct', result: 'correct', round: 0 });
    expect(tally([state])).toEqual({ done: 1, correct: 1 });
    const open = fromProgress(migrateQuestionProgress({ ...old, status: 'open' }));
    expect(open.result).toBeUndefined();
    expect(tally([open])).toEqual({ done: 0, correct: 0 });
  });
});
