import { describe, expect, it } from 'vitest';
import { checkQuizTags, checkRepeatedQuestions } from '../../../src/quiz/build/tag-checks';
import { questionPlacements, quizzesInArticles } from '../../../src/quiz/build/placements';
import { findQuizTags } from '../../../src/quiz/build/quiz-tags';
import { quizIdFor } from '../../../src/quiz/core/quiz-id';
import { DEFAULT_PAGE_SIZE, pageCount, pageOf, pagerPages, quizPageId, quizPageUrl } from '../../../src/quiz/core/quiz-pages';
import { resolveQuiz } from '../../../src/quiz/core/resolve-quiz';
import { article, bank, banksOf, singleQ } from './fixtures';

const many = (n: number, prefix = 'q') => Array.from({ length: n }, (_, i) => singleQ(`${prefix}-${i + 1}`));

describe('pages of a quiz', () => {
  it('defaults to 20 questions a page', () => {
    expect(DEFAULT_PAGE_SIZE).toBe(20);
  });

  it('counts pages, with one page for an empty or short quiz', () => {
    expect(pageCount(0, 20)).toBe(1);
    expect(pageCount(20, 20)).toBe(1);
    expect(pageCount(21, 20)).toBe(2);
    expect(pageCount(2000, 20)).toBe(100);
  });

  it('slices a page and numbers its first question in the whole quiz', () => {
    const items = Array.from({ length: 45 }, (_, i) => i + 1);
    expect(pageOf(items, 1, 20)).toEqual({ items: items.slice(0, 20), first: 1 });
    expect(pageOf(items, 2, 20).first).toBe(21);
    expect(pageOf(items, 3, 20)).toEqual({ items: [41, 42, 43, 44, 45], first: 41 });
  });

  it('page 1 is in the article, the others at <article>/<quiz id>/<n>/', () => {
    expect(quizPageUrl('/basics/intro/', 'quiz-x', 1)).toBe('/basics/intro/#quiz-x');
    expect(quizPageUrl('/basics/intro/', 'quiz-x', 7)).toBe('/basics/intro/quiz-x/7/');
    expect(quizPageId('quiz-x', 1)).toBe('quiz-x');
    expect(quizPageId('quiz-x', 7)).toBe('quiz-x-page-7');
  });

  it('the pager links the first, the last and a window around the current page', () => {
    expect(pagerPages(1, 1)).toEqual([1]);
    expect(pagerPages(2, 4)).toEqual([1, 2, 3, 4]);
    expect(pagerPages(1, 100)).toEqual([1, 2, 3, 'gap', 100]);
    expect(pagerPages(50, 100)).toEqual([1, 'gap', 48, 49, 50, 51, 52, 'gap', 100]);
    expect(pagerPages(100, 100)).toEqual([1, 'gap', 98, 99, 100]);
    // The pager stays small however long the quiz is.
    expect(pagerPages(5000, 10_000).length).toBeLessThanOrEqual(9);
  });
});

describe('resolveQuiz', () => {
  const big = bank('big', many(45));

  it('selects, then splits into pages of pageSize', () => {
    const quiz = resolveQuiz(big, { bank: 'big', mode: 'practice', pageSize: 20 });
    expect(quiz.questions).toHaveLength(45);
    expect(quiz.pageCount).toBe(3);
    expect(quiz.quizId).toBe(quizIdFor({ bank: 'big', mode: 'practice' }));
    expect(resolveQuiz(big, { bank: 'big', mode: 'practice' }).pageSize).toBe(DEFAULT_PAGE_SIZE);
    expect(resolveQuiz(big, { bank: 'big', mode: 'practice', limit: 10 }).pageCount).toBe(1);
  });

  it('keeps the quiz id whatever the page size (saved results and links do not move)', () => {
    expect(resolveQuiz(big, { bank: 'big', mode: 'challenge', pageSize: 5 }).quizId).toBe(resolveQuiz(big, { bank: 'big', mode: 'challenge' }).quizId);
  });

  it('shuffles questions and choices the same way every time', () => {
    const a = resolveQuiz(big, { bank: 'big', mode: 'practice', shuffle: true });
    const b = resolveQuiz(big, { bank: 'big', mode: 'practice', shuffle: true });
    expect(a.questions.map((q) => q.id)).toEqual(b.questions.map((q) => q.id));
    expect(a.questions.map((q) => q.id)).not.toEqual(big.questions.map((q) => q.id));
  });
});

describe('pageSize in articles', () => {
  const banks = banksOf(bank('big', many(45)));

  it('is read from the MDX tag', () => {
    expect(findQuizTags('<Quiz bank="big" pageSize={10} />')[0]?.pageSize).toBe(10);
    expect(findQuizTags('<Quiz bank="big" />')[0]?.pageSize).toBeUndefined();
    expect(findQuizTags('<Quiz bank="big" attempts={3} title="Warm-up" />')[0]).toMatchObject({ attempts: 3, title: 'Warm-up' });
  });

  it('must be a whole number written as a number', () => {
    for (const tag of ['<Quiz bank="big" pageSize="10" />', '<Quiz bank="big" pageSize={size} />', '<Quiz bank="big" pageSize={0} />']) {
      expect(checkQuizTags([article('a', tag)], banks), tag).toEqual([
        {
          file: 'content/articles/basics/a.mdx',
          where: '<Quiz bank="big" pageSize>',
          message: 'must be a whole number of questions per page written as a number, e.g. `pageSize={20}`.',
        },
      ]);
    }
    expect(checkQuizTags([article('a', '<Quiz bank="big" pageSize={5} />')], banks)).toEqual([]);
  });

  it('places each question on the page that shows it, for search results and the repeat check', () => {
    const intro = article('intro', '<Quiz bank="big" pageSize={20} />\n\n<Quiz bank="big" mode="challenge" pageSize={40} />');
    const [practice, challenge] = quizzesInArticles([intro], banks);
    expect(practice!.quiz.pageCount).toBe(3);
    const placements = questionPlacements([intro], banks);
    const at = (id: string, mode: string) => placements.find((p) => p.question.id === id && p.mode === mode)!;
    expect(at('q-1', 'practice')).toMatchObject({ pageUrl: intro.url, anchor: 'q-q-1' });
    expect(at('q-21', 'practice')).toMatchObject({ pageUrl: `${intro.url}${practice!.quiz.quizId}/2/`, anchor: 'q-q-21' });
    expect(at('q-45', 'practice').pageUrl).toBe(`${intro.url}${practice!.quiz.quizId}/3/`);
    // A challenge question links to its own anchor in the challenge, not to the challenge's start.
    expect(at('q-41', 'challenge')).toMatchObject({ pageUrl: `${intro.url}${challenge!.quiz.quizId}/2/`, anchor: `${challenge!.quiz.quizId}-page-2-q-q-41` });
    expect(at('q-1', 'challenge')).toMatchObject({ pageUrl: intro.url, anchor: `${challenge!.quiz.quizId}-q-q-1` });
    // The same question on page 2 of one quiz and page 1 of another is not on the same page twice.
    const twice = article('twice', '<Quiz bank="big" pageSize={20} />\n\n<Quiz bank="big" questions={["q-21"]} />');
    expect(checkRepeatedQuestions([twice], banks)).toEqual([]);
  });
});
