import { afterEach, describe, expect, it, vi } from 'vitest';
import { article, bank, banksOf, singleQ } from './fixtures';

/**
 * The quiz pages, the sitemap and the repeat check see quizzes through `quizzesInArticles` (MDX tag
 * -> resolveQuiz). This check fails when shuffling is lost anywhere on that path; the second test
 * proves it by running it against a resolver whose shuffle does nothing.
 */
const banks = banksOf(bank('big', Array.from({ length: 12 }, (_, i) => singleQ(`q-${i + 1}`))));

async function expectMdxShuffleApplied(): Promise<void> {
  const { quizzesInArticles } = await import('../../../src/quiz/build/placements');
  const [quiz] = quizzesInArticles([article('a', '<Quiz bank="big" shuffle />')], banks);
  const ids = quiz!.quiz.questions.map((q) => q.id);
  expect(ids).not.toEqual(banks.get('big')!.questions.map((q) => q.id));
  expect([...ids].sort()).toEqual(banks.get('big')!.questions.map((q) => q.id).sort());
  const choiceOrders = quiz!.quiz.questions.map((q) => ('choices' in q ? q.choices.map((c) => c.id).join('') : ''));
  expect(choiceOrders.some((order) => order !== 'abc')).toBe(true);
}

describe('shuffle is covered', () => {
  afterEach(() => {
    vi.doUnmock('../../../src/quiz/core/shuffle');
    vi.resetModules();
  });

  it('a shuffled <Quiz> in an article is shuffled, questions and choices', async () => {
    await expectMdxShuffleApplied();
  });

  it('the check above fails when the resolver does not shuffle', async () => {
    vi.resetModules();
    vi.doMock('../../../src/quiz/core/shuffle', async (original) => ({
      ...(await original<typeof import('../../../src/quiz/core/shuffle')>()),
      seededShuffle: <T,>(items: readonly T[]) => [...items],
    }));
    await expect(expectMdxShuffleApplied()).rejects.toThrow(/to not deeply equal/);
  });
});
