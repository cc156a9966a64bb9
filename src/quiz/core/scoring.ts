/** Challenge results: score, time and whether the badge is earned. */

export type Outcome = 'correct' | 'incorrect' | 'unanswered';

export interface QuestionResult {
  id: string;
  outcome: Outcome;
  /** Time spent on the question. */
  timeMs: number;
  /** True when the countdown ran out on this question. */
  timedOut: boolean;
}

export interface ChallengeSummary {
  correct: number;
  incorrect: number;
  unanswered: number;
  total: number;
  percent: number;
  totalTimeMs: number;
  /** Every question answered correctly: the badge is awarded. */
  perfect: boolean;
}

export function summarize(results: readonly QuestionResult[]): ChallengeSummary {
  const count = (outcome: Outcome) => results.filter((r) => r.outcome === outcome).length;
  const correct = count('correct');
  const total = results.length;
  return {
    correct,
    incorrect: count('incorrect'),
    unanswered: count('unanswered'),
    total,
    percent: total ? Math.round((correct / total) * 100) : 0,
    totalTimeMs: results.reduce((sum, r) => sum + r.timeMs, 0),
    perfect: total > 0 && correct === total,
  };
}
