/**
 * The bank pages: `/quizzes/<bank>/` lists every question of a bank in practice mode, paged like a
 * long quiz, and `/quizzes/<bank>/<filter>/` lists those of one difficulty or one category. Filters
 * are plain links to pages of their own, so they work without JavaScript and with the pager.
 * Pure: no Astro, no DOM.
 */
import { pageCount, pageOf, DEFAULT_PAGE_SIZE } from '../core/quiz-pages';
import { questionAnchor } from '../core/quiz-id';
import type { RenderedBank, RenderedQuestion } from '../core/types';
import { CATEGORIES, QUESTION_DIFFICULTIES, type Category, type QuestionDifficulty } from '../core/vocabulary';
import { bankPagePath } from './formats';

/** Questions per bank page (as a long `<Quiz>`'s default). */
export const BANK_PAGE_SIZE = DEFAULT_PAGE_SIZE;

/** A filter of a bank page: one difficulty or one category (the two vocabularies share no word). */
export type BankFilter = { kind: 'difficulty'; value: QuestionDifficulty } | { kind: 'category'; value: Category };

/** Address of page `page` of a bank page, filtered or not: `/quizzes/b/`, `/quizzes/b/2/`, `/quizzes/b/easy/2/`. */
export function bankPageUrl(bank: string, filter?: BankFilter, page = 1): string {
  return `${bankPagePath(bank)}${filter ? `${filter.value}/` : ''}${page > 1 ? `${page}/` : ''}`;
}

/** The questions a filter keeps, in bank order. */
export function filterQuestions(questions: readonly RenderedQuestion[], filter?: BankFilter): RenderedQuestion[] {
  if (!filter) return [...questions];
  return questions.filter((q) => (filter.kind === 'difficulty' ? q.difficulty === filter.value : q.category === filter.value));
}

/** The filters worth offering for a bank: each difficulty and category it has, in vocabulary order, with its count. */
export function bankFilters(bank: RenderedBank): Array<BankFilter & { count: number }> {
  const count = (filter: BankFilter) => filterQuestions(bank.questions, filter).length;
  const filters: BankFilter[] = [
    ...QUESTION_DIFFICULTIES.map((value) => ({ kind: 'difficulty' as const, value })),
    ...CATEGORIES.map((value) => ({ kind: 'category' as const, value })),
  ];
  return filters.map((filter) => ({ ...filter, count: count(filter) })).filter((filter) => filter.count > 0);
}

/** One built page of a bank page: its filter, its number, and the questions on it. */
export interface BankPage {
  bank: RenderedBank;
  filter?: BankFilter;
  page: number;
  pageCount: number;
  /** All the questions of this (filtered) listing, across its pages. */
  questions: RenderedQuestion[];
}

/** Every page of every bank page, unfiltered and per filter. */
export function bankPages(banks: Iterable<RenderedBank>): BankPage[] {
  const pages: BankPage[] = [];
  for (const bank of banks) {
    for (const filter of [undefined, ...bankFilters(bank)]) {
      const questions = filterQuestions(bank.questions, filter);
      const count = pageCount(questions.length, BANK_PAGE_SIZE);
      const kept = filter && { kind: filter.kind, value: filter.value } as BankFilter;
      for (let page = 1; page <= count; page++) pages.push({ bank, filter: kept, page, pageCount: count, questions });
    }
  }
  return pages;
}

/** Where a question is on its bank's unfiltered page: the canonical place every question has. */
export function bankQuestionUrl(bank: RenderedBank, questionId: string): string {
  const index = bank.questions.findIndex((q) => q.id === questionId);
  const page = Math.floor(Math.max(index, 0) / BANK_PAGE_SIZE) + 1;
  return `${bankPageUrl(bank.name, undefined, page)}#${questionAnchor(questionId)}`;
}

/** The questions shown on one bank page. */
export const questionsOn = (page: BankPage) => pageOf(page.questions, page.page, BANK_PAGE_SIZE);
