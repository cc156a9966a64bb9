/** Which questions a `<Quiz>` shows, in which order and on how many pages: decided once, here. */
import { pageCount, DEFAULT_PAGE_SIZE } from './quiz-pages';
import { quizIdFor, selectionSeed, type QuizSelection } from './quiz-id';
import { selectQuestions } from './select';
import { seededShuffle } from './shuffle';
import type { RenderedBank, RenderedQuestion } from './types';

/** The props of a `<Quiz>` that decide what it shows. */
export interface QuizOptions extends QuizSelection {
  shuffle?: boolean;
  pageSize?: number;
}

export interface ResolvedQuiz {
  quizId: string;
  /** Every question the quiz shows, across all its pages, choices shuffled when asked. */
  questions: RenderedQuestion[];
  pageSize: number;
  pageCount: number;
}

export function resolveQuiz(bank: RenderedBank, options: QuizOptions): ResolvedQuiz {
  const { shuffle = false, pageSize = DEFAULT_PAGE_SIZE, ...selection } = options;
  const seed = selectionSeed(selection);
  const selected = selectQuestions(bank.questions, { ...selection, shuffle, seed });
  const questions = shuffle ? selected.map((q) => ('choices' in q ? { ...q, choices: seededShuffle(q.choices, `${seed}:${q.id}`) } : q)) : selected;
  return { quizId: quizIdFor(selection), questions, pageSize, pageCount: pageCount(questions.length, pageSize) };
}
