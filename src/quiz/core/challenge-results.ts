/** Challenge results kept per quiz: the last and best run, and when the badge was earned. */
import { KEY_PREFIX, type ProgressStore } from './progress-store';

export interface QuizRun {
  correct: number;
  total: number;
  timeMs: number;
  at: number;
}

export interface ChallengeResult {
  last: QuizRun;
  best: QuizRun;
  /** When the badge (all answers correct) was first earned. */
  badgeAt?: number;
}

export const quizKey = (id: string) => `${KEY_PREFIX}quiz:${id}`;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;

function isQuizRun(v: unknown): v is QuizRun {
  return isObject(v) && isCount(v.correct) && isCount(v.total) && v.correct <= v.total && isCount(v.timeMs) && isCount(v.at);
}

export function isChallengeResult(v: unknown): v is ChallengeResult {
  return isObject(v) && isQuizRun(v.last) && isQuizRun(v.best) && (v.badgeAt === undefined || isCount(v.badgeAt));
}

export function getChallengeResult(store: ProgressStore, id: string): ChallengeResult | undefined {
  return store.read(quizKey(id), isChallengeResult);
}

/** Records a finished challenge run; keeps the best run and the first badge time. */
export function recordRun(store: ProgressStore, id: string, run: QuizRun): ChallengeResult {
  const previous = getChallengeResult(store, id);
  const better = !previous || run.correct > previous.best.correct || (run.correct === previous.best.correct && run.timeMs < previous.best.timeMs);
  const perfect = run.total > 0 && run.correct === run.total;
  const record: ChallengeResult = {
    last: run,
    best: better ? run : previous.best,
    badgeAt: previous?.badgeAt ?? (perfect ? run.at : undefined),
  };
  store.write(quizKey(id), record);
  return record;
}
