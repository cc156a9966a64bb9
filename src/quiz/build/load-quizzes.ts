import { getOptionalCollection } from '../../loaders/optional-collection';
import { COLLECTIONS } from '../../loaders/collection-names';
import type { RenderedBank, RenderedQuestion } from '../core/types';

export interface QuizIndex {
  banks: Map<string, RenderedBank>;
  /** Every question on the site by id. */
  questions: Map<string, RenderedQuestion>;
}

let cached: Promise<QuizIndex> | undefined;

/** All question banks, loaded once per build (the loader already validated and rendered them). */
export function loadQuizzes(): Promise<QuizIndex> {
  cached ??= (async () => {
    const entries = await getOptionalCollection(COLLECTIONS.quizzes, 'quizzes');
    const banks = new Map(entries.map((entry) => [entry.id, entry.data as unknown as RenderedBank]));
    const questions = new Map([...banks.values()].flatMap((bank) => bank.questions.map((q) => [q.id, q] as const)));
    return { banks, questions };
  })();
  return cached;
}
