import { describe, expect, it } from 'vitest';
import { summarize, type Outcome, type QuestionResult } from '../../../src/quiz/core/scoring';

const result = (id: string, outcome: Outcome, timeMs = 1_000, timedOut = false): QuestionResult => ({ id, outcome, timeMs, timedOut });

describe('summarize', () => {
  it('counts each outcome, the total and the time spent', () => {
    const summary = summarize([
      result('a', 'correct', 10_000),
      result('b', 'incorrect', 20_000),
      result('c', 'unanswered', 30_000, true),
      result('d', 'correct', 5_000),
    ]);
    expect(summary).toEqual({ correct: 2, incorrect: 1, unanswered: 1, total: 4, percent: 50, totalTimeMs: 65_000, perfect: false });
  });

  it('awards the badge when every answer is correct', () => {
    const summary = summarize([result('a', 'correct'), result('b', 'correct'), result('c', 'correct')]);
    expect(summary.perfect).toBe(true);
    expect(summary.percent).toBe(100);
    expect(summary.correct).toBe(3);
    expect(summary.incorrect + summary.unanswered).toBe(0);
  });

  it('withholds the badge for a single unanswered or wrong question', () => {
    expect(summarize([result('a', 'correct'), result('b', 'unanswered')]).perfect).toBe(false);
    expect(summarize([result('a', 'correct'), result('b', 'incorrect')]).perfect).toBe(false);
  });

  it('summarises an empty run as zero, without a badge or a division by zero', () => {
    expect(summarize([])).toEqual({ correct: 0, incorrect: 0, unanswered: 0, total: 0, percent: 0, totalTimeMs: 0, perfect: false });
  });

  it('rounds the percentage to a whole number', () => {
    expect(summarize([result('a', 'correct'), result('b', 'incorrect'), result('c', 'incorrect')]).percent).toBe(33);
    expect(summarize([result('a', 'correct'), result('b', 'correct'), result('c', 'incorrect')]).percent).toBe(67);
  });

  it('gives 0% when nothing is correct', () => {
    const summary = summarize([result('a', 'unanswered'), result('b', 'incorrect')]);
    expect(summary.percent).toBe(0);
    expect(summary.perfect).toBe(false);
  });

  it('does not modify its input', () => {
    const results = [result('a', 'correct', 3_000)];
    const copy = structuredClone(results);
    summarize(results);
    expect(results).toEqual(copy);
  });
});
