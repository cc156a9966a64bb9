import { hashSeed } from './shuffle';
import type { QuestionDifficulty } from './types';

/** What a `<Quiz>` shows: its bank and the props that select questions. */
export interface QuizSelection {
  bank: string;
  mode: 'practice' | 'challenge';
  questions?: readonly string[];
  difficulty?: QuestionDifficulty;
  limit?: number;
}

/** The shuffle seed of a quiz: the same props give the same order on every build and visit. */
export function selectionSeed(s: QuizSelection): string {
  return `${s.bank}:${s.mode}:${(s.questions ?? []).join(',')}:${s.difficulty ?? ''}:${s.limit ?? ''}`;
}

/** Stable DOM id of a quiz; also the key its challenge results are saved under. */
export function quizIdFor(s: QuizSelection): string {
  return `quiz-${s.bank}-${s.mode}-${hashSeed(selectionSeed(s)).toString(36)}`;
}

/** Anchor of a practice question on its page, used by search results and shared links. */
export function questionAnchor(questionId: string): string {
  return `q-${questionId}`;
}

/**
 * Anchor of a question in a challenge (page) `quizPageId`. Scoped to the quiz, as the same question
 * may also sit in a practice quiz (`q-<id>`) or another challenge on the page.
 */
export function challengeQuestionAnchor(quizPageId: string, questionId: string): string {
  return `${quizPageId}-${questionAnchor(questionId)}`;
}

/** The id of the question of this challenge that a location hash (`#…`) names, if it names one. */
export function challengeQuestionFromHash(hash: string, quizPageId: string, questionIds: readonly string[]): string | undefined {
  let anchor: string;
  try {
    anchor = decodeURIComponent(hash.replace(/^#/, ''));
  } catch {
    return undefined; // A malformed hash (a stray %) names nothing.
  }
  return questionIds.find((id) => challengeQuestionAnchor(quizPageId, id) === anchor);
}
