/** Picks the questions a `<Quiz>` shows from its bank, from the component's props. */
import { seededShuffle } from './shuffle';
import type { QuestionDifficulty } from './types';

export interface SelectOptions {
  /** Explicit ids, in the order given. */
  questions?: readonly string[];
  difficulty?: QuestionDifficulty;
  limit?: number;
  shuffle?: boolean;
  /** Seed for shuffling, so server and browser agree. */
  seed: string;
}

export function selectQuestions<Q extends { id: string; difficulty: QuestionDifficulty }>(all: readonly Q[], options: SelectOptions): Q[] {
  let picked: Q[];
  if (options.questions?.length) {
    const byId = new Map(all.map((q) => [q.id, q]));
    picked = options.questions.map((id) => byId.get(id)).filter((q): q is Q => q !== undefined);
  } else {
    picked = [...all];
  }
  if (options.difficulty) picked = picked.filter((q) => q.difficulty === options.difficulty);
  if (options.shuffle) picked = seededShuffle(picked, options.seed);
  if (options.limit !== undefined && options.limit > 0) picked = picked.slice(0, options.limit);
  return picked;
}
