import { describe, expect, it } from 'vitest';
import {
  addTime,
  clockEvent,
  clockReading,
  initialChallenge,
  needsAnswer,
  next,
  onLastQuestion,
  setResponse,
  skip,
  start,
  submit,
  tick,
  type ChallengeState,
} from '../../../src/quiz/core/challenge';
import { remainingMs, type TimerSettings } from '../../../src/quiz/core/timer';
import type { RenderedQuestion } from '../../../src/quiz/core/types';
import { fillQ, multipleQ, singleQ, trueFalseQ } from './fixtures';

const T0 = 1_700_000_000_000;
const ON: TimerSettings = { enabled: true, multiplier: 1 };
const OFF: TimerSettings = { enabled: false, multiplier: 1 };

// easy (120 s), medium (150 s), hard (180 s)
const questions: RenderedQuestion[] = [singleQ('q1', 'b', 'easy'), multipleQ('q2', ['a', 'c'], 'medium'), fillQ('q3', ['psi'], undefined, 'hard')];

const begin = (settings: TimerSettings = ON) => start(initialChallenge(questions, settings), questions, settings, T0);

describe('initialChallenge', () => {
  it('starts at the intro with an empty response per question and no countdown', () => {
    const state = initialChallenge(questions, ON);
    expect(state.phase).toBe('intro');
    expect(state.index).toBe(0);
    expect(state.results).toEqual([]);
    expect(state.countdown).toBeUndefined();
    expect(state.responses).toEqual([
      { type: 'choice', choice: null },
      { type: 'choices', choices: [] },
      { type: 'text', text: '' },
    ]);
  });

  it('ignores answers, submissions and ticks before the start', () => {
    const intro = initialChallenge(questions, ON);
    expect(setResponse(intro, { type: 'choice', choice: 'b' })).toBe(intro);
    expect(submit(intro, questions, T0)).toBe(intro);
    expect(skip(intro, questions, T0)).toBe(intro);
    expect(tick(intro, questions, T0 + 10_000_000)).toBe(intro);
    expect(addTime(intro, 60)).toBe(intro);
    expect(next(intro, questions, T0)).toBe(intro);
  });
});

describe('start', () => {
  it('runs the first question with a countdown for its difficulty', () => {
    const state = begin();
    expect(state.phase).toBe('running');
    expect(state.index).toBe(0);
    expect(state.questionStartedAt).toBe(T0);
    expect(state.countdown).toEqual({ limitMs: 120_000, startedAt: T0 });
  });

  it('applies the chosen multiplier', () => {
    const settings = { enabled: true, multiplier: 3 };
    const state = begin(settings);
    expect(state.countdown?.limitMs).toBe(360_000);
    expect(state.settings).toEqual(settings);
  });

  it('has no countdown when the timer is off', () => {
    const state = begin(OFF);
    expect(state.phase).toBe('running');
    expect(state.countdown).toBeUndefined();
  });

  it('starts afresh from any earlier state (restart after results)', () => {
    let state = begin();
    state = setResponse(state, { type: 'choice', choice: 'b' });
    state = submit(state, questions, T0 + 1_000);
    expect(state.index).toBe(1);
    const restarted = start(state, questions, OFF, T0 + 5_000);
    expect(restarted.index).toBe(0);
    expect(restarted.results).toEqual([]);
    expect(restarted.responses[0]).toEqual({ type: 'choice', choice: null });
    expect(restarted.settings).toEqual(OFF);
    expect(restarted.countdown).toBeUndefined();
    expect(restarted.questionStartedAt).toBe(T0 + 5_000);
  });

  it('goes straight to results when there are no questions', () => {
    const state = start(initialChallenge([], ON), [], ON, T0);
    expect(state.phase).toBe('results');
    expect(state.countdown).toBeUndefined();
  });
});

describe('setResponse', () => {
  it('sets the response of the current question only', () => {
    const state = setResponse(begin(), { type: 'choice', choice: 'a' });
    expect(state.responses[0]).toEqual({ type: 'choice', choice: 'a' });
    expect(state.responses[1]).toEqual({ type: 'choices', choices: [] });
    expect(state.responses[2]).toEqual({ type: 'text', text: '' });
  });

  it('does not mutate the previous state', () => {
    const before = begin();
    setResponse(before, { type: 'choice', choice: 'a' });
    expect(before.responses[0]).toEqual({ type: 'choice', choice: null });
  });
});

describe('submit', () => {
  it('records a correct answer with its time and moves to the next question', () => {
    let state = setResponse(begin(), { type: 'choice', choice: 'b' });
    state = submit(state, questions, T0 + 12_000);
    expect(state.results).toEqual([{ id: 'q1', outcome: 'correct', timeMs: 12_000, timedOut: false }]);
    expect(state.phase).toBe('running');
    expect(state.index).toBe(1);
    expect(state.questionStartedAt).toBe(T0 + 12_000);
    // A new countdown for the medium question, from the moment it starts.
    expect(state.countdown).toEqual({ limitMs: 150_000, startedAt: T0 + 12_000 });
  });

  it('records a wrong answer as incorrect', () => {
    let state = setResponse(begin(), { type: 'choice', choice: 'a' });
    state = submit(state, questions, T0 + 3_000);
    expect(state.results[0]).toMatchObject({ id: 'q1', outcome: 'incorrect', timedOut: false });
  });

  it('refuses an empty answer: the question stays open and nothing is recorded', () => {
    const state = begin();
    expect(needsAnswer(state)).toBe(true);
    expect(submit(state, questions, T0 + 3_000)).toBe(state);
    // A fill answer of only spaces is empty too.
    let onFill = skip(skip(state, questions, T0 + 1_000), questions, T0 + 2_000);
    onFill = setResponse(onFill, { type: 'text', text: '   ' });
    expect(needsAnswer(onFill)).toBe(true);
    expect(submit(onFill, questions, T0 + 3_000)).toBe(onFill);
    expect(onFill.phase).toBe('running');
  });

  it('accepts the answer once one is given', () => {
    const state = setResponse(begin(), { type: 'choice', choice: 'a' });
    expect(needsAnswer(state)).toBe(false);
    expect(submit(state, questions, T0 + 3_000).index).toBe(1);
  });

  it('grades each question type with its own key', () => {
    let state = begin();
    state = submit(setResponse(state, { type: 'choice', choice: 'b' }), questions, T0 + 1_000);
    state = submit(setResponse(state, { type: 'choices', choices: ['c', 'a'] }), questions, T0 + 2_000);
    state = submit(setResponse(state, { type: 'text', text: ' PSI. ' }), questions, T0 + 3_000);
    expect(state.results.map((r) => r.outcome)).toEqual(['correct', 'correct', 'correct']);
    expect(state.results.map((r) => r.timeMs)).toEqual([1_000, 1_000, 1_000]);
  });

  it('shows the results after the last question and stops the countdown', () => {
    let state = begin();
    state = submit(setResponse(state, { type: 'choice', choice: 'a' }), questions, T0 + 1_000);
    state = submit(setResponse(state, { type: 'choices', choices: ['a'] }), questions, T0 + 2_000);
    expect(state.phase).toBe('running');
    state = submit(setResponse(state, { type: 'text', text: 'x' }), questions, T0 + 3_000);
    expect(state.phase).toBe('results');
    expect(state.countdown).toBeUndefined();
    expect(state.results.map((r) => r.id)).toEqual(['q1', 'q2', 'q3']);
  });

  it('is ignored once the results are shown', () => {
    let state = begin();
    for (let i = 1; i <= 3; i++) state = skip(state, questions, T0 + i * 1_000);
    expect(submit(state, questions, T0 + 9_000)).toBe(state);
    expect(skip(state, questions, T0 + 9_000)).toBe(state);
    expect(setResponse(state, { type: 'choice', choice: 'b' })).toBe(state);
    expect(state.results).toHaveLength(3);
  });

  it('never records a negative time', () => {
    const state = submit(setResponse(begin(), { type: 'choice', choice: 'b' }), questions, T0 - 5_000);
    expect(state.results[0]!.timeMs).toBe(0);
  });
});

describe('skip', () => {
  it('records the question as unanswered even when a right answer was entered', () => {
    let state = setResponse(begin(), { type: 'choice', choice: 'b' });
    state = skip(state, questions, T0 + 4_000);
    expect(state.results).toEqual([{ id: 'q1', outcome: 'unanswered', timeMs: 4_000, timedOut: false }]);
    expect(state.phase).toBe('running');
    expect(state.index).toBe(1);
  });

  it('shows the results when the last question is skipped', () => {
    let state = begin();
    for (let i = 1; i <= 3; i++) state = skip(state, questions, T0 + i * 1_000);
    expect(state.phase).toBe('results');
    expect(state.results.every((r) => r.outcome === 'unanswered')).toBe(true);
  });
});

describe('tick', () => {
  it('changes nothing before the countdown runs out', () => {
    const state = setResponse(begin(), { type: 'choice', choice: 'b' });
    expect(tick(state, questions, T0 + 1_000)).toBe(state);
    expect(tick(state, questions, T0 + 119_999)).toBe(state);
  });

  it('times the question out at the limit, recording it unanswered but keeping the response', () => {
    const response = { type: 'choice' as const, choice: 'b' };
    const state = setResponse(begin(), response);
    const after = tick(state, questions, T0 + 120_000);
    expect(after.phase).toBe('timeout');
    expect(after.index).toBe(0);
    expect(after.results).toEqual([{ id: 'q1', outcome: 'unanswered', timeMs: 120_000, timedOut: true }]);
    expect(after.responses[0]).toEqual(response);
  });

  it('records a timeout only once, however many ticks follow', () => {
    const timedOut = tick(begin(), questions, T0 + 120_000);
    const again = tick(timedOut, questions, T0 + 121_000);
    expect(again).toBe(timedOut);
    expect(again.results).toHaveLength(1);
  });

  it('locks the answer and ignores submit and skip once timed out', () => {
    const timedOut = tick(begin(), questions, T0 + 130_000);
    expect(setResponse(timedOut, { type: 'choice', choice: 'a' })).toBe(timedOut);
    expect(submit(timedOut, questions, T0 + 131_000)).toBe(timedOut);
    expect(skip(timedOut, questions, T0 + 131_000)).toBe(timedOut);
    expect(addTime(timedOut, 60)).toBe(timedOut);
  });

  it('never expires when the timer is off', () => {
    const state = begin(OFF);
    expect(tick(state, questions, T0 + 24 * 3_600_000)).toBe(state);
  });
});

describe('next', () => {
  it('moves on from a timeout to the next question with a fresh countdown', () => {
    const timedOut = tick(begin(), questions, T0 + 120_000);
    const after = next(timedOut, questions, T0 + 125_000);
    expect(after.phase).toBe('running');
    expect(after.index).toBe(1);
    expect(after.questionStartedAt).toBe(T0 + 125_000);
    expect(after.countdown).toEqual({ limitMs: 150_000, startedAt: T0 + 125_000 });
    expect(after.results).toHaveLength(1);
  });

  it('shows the results after a timeout on the last question', () => {
    let state = begin();
    state = skip(state, questions, T0 + 1_000);
    state = skip(state, questions, T0 + 2_000);
    state = tick(state, questions, T0 + 2_000 + 180_000);
    expect(state.phase).toBe('timeout');
    expect(state.results[2]).toEqual({ id: 'q3', outcome: 'unanswered', timeMs: 180_000, timedOut: true });
    state = next(state, questions, T0 + 200_000);
    expect(state.phase).toBe('results');
    expect(state.countdown).toBeUndefined();
  });

  it('does nothing while a question is running', () => {
    const state = begin();
    expect(next(state, questions, T0 + 1_000)).toBe(state);
  });
});

describe('addTime', () => {
  it('extends the running countdown so a later tick no longer times out', () => {
    const state = addTime(begin(), 60);
    expect(state.countdown).toEqual({ limitMs: 180_000, startedAt: T0 });
    expect(tick(state, questions, T0 + 150_000)).toBe(state);
    expect(remainingMs(state.countdown!, T0 + 150_000)).toBe(30_000);
    expect(tick(state, questions, T0 + 180_000).phase).toBe('timeout');
  });

  it('does nothing when the timer is off', () => {
    const state = begin(OFF);
    const after = addTime(state, 60);
    expect(after).toBe(state);
    expect(after.countdown).toBeUndefined();
  });

  it('only extends the current question', () => {
    let state = addTime(begin(), 60);
    state = skip(state, questions, T0 + 1_000);
    expect(state.countdown?.limitMs).toBe(150_000);
  });
});

describe('a whole run', () => {
  it('ends with one result per question, in order', () => {
    let state: ChallengeState = begin();
    state = submit(setResponse(state, { type: 'choice', choice: 'b' }), questions, T0 + 10_000); // correct
    state = tick(setResponse(state, { type: 'choices', choices: ['a', 'c'] }), questions, T0 + 10_000 + 150_000); // timeout
    state = next(state, questions, T0 + 170_000);
    state = submit(setResponse(state, { type: 'text', text: 'ks' }), questions, T0 + 175_000); // incorrect
    expect(state.phase).toBe('results');
    expect(state.results).toEqual([
      { id: 'q1', outcome: 'correct', timeMs: 10_000, timedOut: false },
      { id: 'q2', outcome: 'unanswered', timeMs: 150_000, timedOut: true },
      { id: 'q3', outcome: 'incorrect', timeMs: 5_000, timedOut: false },
    ]);
  });

  it('works for a true/false question answered false', () => {
    const qs = [trueFalseQ('tf', false)];
    let state = start(initialChallenge(qs, ON), qs, ON, T0);
    state = submit(setResponse(state, { type: 'boolean', value: false }), qs, T0 + 500);
    expect(state.results[0]!.outcome).toBe('correct');
    expect(state.phase).toBe('results');
  });
});

describe('clockEvent', () => {
  it('reports each warning threshold when a reading crosses it, and nothing in between', () => {
    const state = begin(); // 120 s
    expect(clockEvent(state, T0, T0 + 250)).toBeUndefined();
    expect(clockEvent(state, T0 + 59_000, T0 + 59_750)).toBeUndefined();
    expect(clockEvent(state, T0 + 59_750, T0 + 60_000)).toEqual({ kind: 'warning', seconds: 60 });
    expect(clockEvent(state, T0 + 60_000, T0 + 60_250)).toBeUndefined();
    expect(clockEvent(state, T0 + 89_900, T0 + 90_100)).toEqual({ kind: 'warning', seconds: 30 });
    expect(clockEvent(state, T0 + 109_900, T0 + 110_100)).toEqual({ kind: 'warning', seconds: 10 });
  });

  it('reports only the latest threshold when one slow reading crossed several', () => {
    expect(clockEvent(begin(), T0, T0 + 115_000)).toEqual({ kind: 'warning', seconds: 10 });
  });

  it('reports the timeout at the limit, saying whether an answer was entered', () => {
    expect(clockEvent(begin(), T0 + 119_900, T0 + 120_000)).toEqual({ kind: 'timeout', answered: false });
    const answered = setResponse(begin(), { type: 'choice', choice: 'a' });
    expect(clockEvent(answered, T0 + 119_900, T0 + 121_000)).toEqual({ kind: 'timeout', answered: true });
  });

  it('counts added time: a threshold already passed is reported again when it is crossed again', () => {
    const extended = addTime(begin(), 120); // 240 s
    expect(clockEvent(extended, T0 + 119_900, T0 + 120_000)).toBeUndefined();
    expect(clockEvent(extended, T0 + 179_900, T0 + 180_000)).toEqual({ kind: 'warning', seconds: 60 });
  });

  it('reports nothing without a running timed question', () => {
    const late = T0 + 10 * 3_600_000;
    expect(clockEvent(initialChallenge(questions, ON), T0, late)).toBeUndefined();
    expect(clockEvent(begin(OFF), T0, late)).toBeUndefined();
    const timedOut = tick(begin(), questions, T0 + 120_000);
    expect(clockEvent(timedOut, T0 + 120_000, late)).toBeUndefined();
  });
});

describe('clockReading', () => {
  it('shows the time left, from the start of the question until the first reading', () => {
    const state = begin();
    expect(clockReading(state, 0)).toEqual({ left: 120_000, warning: undefined });
    expect(clockReading(state, T0 + 5_000)).toEqual({ left: 115_000, warning: undefined });
  });

  it('carries the warning in force with the time left', () => {
    const state = begin();
    expect(clockReading(state, T0 + 60_000)).toEqual({ left: 60_000, warning: 60 });
    expect(clockReading(state, T0 + 91_000)).toEqual({ left: 29_000, warning: 30 });
    expect(clockReading(addTime(state, 60), T0 + 91_000)).toEqual({ left: 89_000, warning: undefined });
  });

  it('has no warning once time is up, and no clock when the timer is off', () => {
    expect(clockReading(tick(begin(), questions, T0 + 120_000), T0 + 121_000)).toEqual({ left: 0, warning: undefined });
    expect(clockReading(begin(OFF), T0 + 1_000)).toEqual({});
  });
});

describe('onLastQuestion', () => {
  it('is true on the last question only', () => {
    let state = begin();
    const seen: boolean[] = [];
    while (state.phase === 'running') {
      seen.push(onLastQuestion(state, questions));
      state = skip(state, questions, T0 + 1_000);
    }
    expect(seen).toEqual([false, false, true]);
  });
});
