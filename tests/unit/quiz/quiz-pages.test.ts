import { describe, expect, it } from 'vitest';
import { checkQuizTags, checkRepeatedQuestions } from '../../../src/quiz/build/tag-checks';
import { questionPlacements, quizzesInArticles } from '../../../src/quiz/build/placements';
import { quizIdFor } from '../../../src/quiz/core/quiz-id';
import { DEFAULT_PAGE_SIZE, pageCount, pageOf, pagerPages, quizPageId, quizPageUrl } from '../../../src/quiz/core/quiz-pages';
import { resolveQuiz, type QuizProps } from '../../../src/quiz/core/resolve-quiz';
import { DEFAULT_ATTEMPTS } from '../../../src/quiz/core/attempts';
import { ContentError } from '../../../src/lib/content-problems';
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

const TEXT = { defaultBadgeName: (title: string) => `${title} mastery` };
const resolve = (b: ReturnType<typeof bank>, props: QuizProps) => resolveQuiz(banksOf(b), props, { file: 'content/articles/basics/a.mdx', text: TEXT });

describe('resolveQuiz', () => {
  const big = bank('big', many(45));

  it('selects, then splits into pages of pageSize', () => {
    const quiz = resolve(big, { bank: 'big', mode: 'practice', pageSize: 20 });
    expect(quiz.questions).toHaveLength(45);
    expect(quiz.pageCount).toBe(3);
    expect(quiz.quizId).toBe(quizIdFor({ bank: 'big', mode: 'practice' }));
    expect(resolve(big, { bank: 'big', mode: 'practice', limit: 10 }).pageCount).toBe(1);
  });

  it('owns the defaults: practice, every question in bank order, 20 a page, 3 attempts', () => {
    const quiz = resolve(big, { bank: 'big' });
    expect(quiz).toMatchObject({ mode: 'practice', pageSize: DEFAULT_PAGE_SIZE, attempts: DEFAULT_ATTEMPTS, title: undefined });
    expect(quiz.questions.map((q) => q.id)).toEqual(big.questions.map((q) => q.id));
    expect(quiz.quizId).toBe(resolve(big, { bank: 'big', mode: 'practice', questions: [] }).quizId);
  });

  it('names the badge: the prop (trimmed), else the bank\'s, else the default from the bank title', () => {
    expect(resolve(big, { bank: 'big', mode: 'challenge', badge: ' Sharp Eye ' }).badge).toBe('Sharp Eye');
    expect(resolve({ ...big, badge: 'Bank Badge' }, { bank: 'big', mode: 'challenge' }).badge).toBe('Bank Badge');
    expect(resolve(big, { bank: 'big', mode: 'challenge' }).badge).toBe('Bank big mastery');
  });

  it('keeps the quiz id whatever the page size (saved results and links do not move)', () => {
    expect(resolve(big, { bank: 'big', mode: 'challenge', pageSize: 5 }).quizId).toBe(resolve(big, { bank: 'big', mode: 'challenge' }).quizId);
  });

  it('applies questions, difficulty, then shuffle, then limit', () => {
    const mixed = bank('mixed', [singleQ('e1', 'b', 'easy'), singleQ('h1', 'b', 'hard'), singleQ('e2', 'b', 'easy'), singleQ('e3', 'b', 'easy'), singleQ('h2', 'b', 'hard')]);
    expect(resolve(mixed, { bank: 'mixed', questions: ['e3', 'h1', 'e1'], difficulty: 'easy' }).questions.map((q) => q.id)).toEqual(['e3', 'e1']);
    expect(resolve(mixed, { bank: 'mixed', difficulty: 'easy', limit: 2 }).questions.map((q) => q.id)).toEqual(['e1', 'e2']);
  });

  it('shuffles questions and choices the same way every time, and only when asked', () => {
    const a = resolve(big, { bank: 'big', mode: 'practice', shuffle: true });
    const b = resolve(big, { bank: 'big', mode: 'practice', shuffle: true });
    expect(a.questions.map((q) => q.id)).toEqual(b.questions.map((q) => q.id));
    expect(a.questions.map((q) => q.id)).not.toEqual(big.questions.map((q) => q.id));
    const choiceOrders = (quiz: typeof a) => quiz.questions.map((q) => ('choices' in q ? q.choices.map((c) => c.id).join('') : ''));
    expect(choiceOrders(a)).toEqual(choiceOrders(b));
    expect(choiceOrders(a).some((order) => order !== 'abc')).toBe(true);
    expect(new Set(choiceOrders(resolve(big, { bank: 'big', mode: 'practice' })))).toEqual(new Set(['abc']));
  });

  it('stops with the file, the tag, the prop and the fix for props it cannot use', () => {
    const error = (props: QuizProps) => {
      try {
        resolve(big, props);
      } catch (e) {
        expect(e).toBeInstanceOf(ContentError);
        return (e as ContentError).problems;
      }
      throw new Error('no error');
    };
    expect(error({ bank: 'big', pageSize: 0, limit: 2.5, attempts: '3', shuffle: 'yes', mode: 'exam', badge: 'x' })).toEqual([
      { file: 'content/articles/basics/a.mdx', where: '<Quiz bank="big" mode>', message: 'is "exam". Use mode="practice" or mode="challenge".' },
      { file: 'content/articles/basics/a.mdx', where: '<Quiz bank="big" pageSize>', message: 'must be a whole number of questions per page written as a number, e.g. `pageSize={20}`.' },
      { file: 'content/articles/basics/a.mdx', where: '<Quiz bank="big" limit>', message: 'is 2.5. Give the most questions to show as a whole number, e.g. `limit={5}`, or leave it out for all.' },
      { file: 'content/articles/basics/a.mdx', where: '<Quiz bank="big" attempts>', message: 'is "3". Give the attempts per question as a whole number, e.g. `attempts={3}`.' },
      { file: 'content/articles/basics/a.mdx', where: '<Quiz bank="big" shuffle>', message: 'is "yes". Write `shuffle` (or `shuffle={true}`) to shuffle, or leave it out.' },
      { file: 'content/articles/basics/a.mdx', where: '<Quiz bank="big" badge>', message: 'only applies to a challenge. Add mode="challenge", or remove the badge prop.' },
    ]);
    expect(error({ bank: 'bigg' })).toEqual([
      { file: 'content/articles/basics/a.mdx', where: '<Quiz bank="bigg">', message: 'names a bank that does not exist. Did you mean "big"? Banks are the files in content/quizzes/ (without .yaml).' },
    ]);
    expect(error({ bank: 'big', questions: 'q-1' })[0]?.message).toBe('must be a list of question ids, e.g. `questions={["first-id", "second-id"]}`.');
  });
});

describe('<Quiz> props in articles', () => {
  const banks = banksOf(bank('big', many(45)));

  it('reaches the resolver as written: shuffle in the MDX shuffles the quiz pages and the search placements', () => {
    // Were `shuffle` dropped anywhere between the MDX and resolveQuiz, this order would be the bank's.
    const [shuffled] = quizzesInArticles([article('a', '<Quiz bank="big" shuffle pageSize={10} />')], banks);
    const [plain] = quizzesInArticles([article('b', '<Quiz bank="big" pageSize={10} />')], banks);
    expect(plain!.quiz.questions.map((q) => q.id)).toEqual(banks.get('big')!.questions.map((q) => q.id));
    expect(shuffled!.quiz.questions.map((q) => q.id)).not.toEqual(plain!.quiz.questions.map((q) => q.id));
    expect(shuffled!.quiz.questions.map((q) => q.id)).toEqual(resolve(banks.get('big')!, { bank: 'big', shuffle: true, pageSize: 10 }).questions.map((q) => q.id));
    const second = questionPlacements([article('a', '<Quiz bank="big" shuffle pageSize={10} />')], banks).filter((p) => p.pageUrl.endsWith('/2/'));
    expect(second.map((p) => p.question.id)).toEqual(shuffled!.quiz.questions.slice(10, 20).map((q) => q.id));
  });

  it('passes questions, difficulty and limit through to the resolver', () => {
    const [quiz] = quizzesInArticles([article('a', '<Quiz bank="big" questions={["q-3", "q-1", "q-2"]} difficulty="easy" limit={2} />')], banks);
    expect(quiz!.quiz.questions.map((q) => q.id)).toEqual(['q-3', 'q-1']);
  });

  it('must be a whole number written as a number', () => {
    for (const tag of ['<Quiz bank="big" pageSize="10" />', '<Quiz bank="big" pageSize={0} />']) {
      expect(checkQuizTags([article('a', tag)], banks), tag).toEqual([
        {
          file: 'content/articles/basics/a.mdx',
          where: '<Quiz bank="big" pageSize>',
          message: 'must be a whole number of questions per page written as a number, e.g. `pageSize={20}`.',
        },
      ]);
    }
    expect(checkQuizTags([article('a', '<Quiz bank="big" pageSize={size} />')], banks)).toEqual([
      { file: 'content/articles/basics/a.mdx', where: '<Quiz> pageSize', message: 'is `{size}`, which cannot be read at build time. Write it as a plain value, e.g. `pageSize={20}`.' },
    ]);
    expect(checkQuizTags([article('a', '<Quiz bank="big" pageSize={5} />')], banks)).toEqual([]);
  });

  it('reports a prop <Quiz> does not have, suggesting the one meant', () => {
    expect(checkQuizTags([article('a', '<Quiz bank="big" shufle />')], banks)).toEqual([
      { file: 'content/articles/basics/a.mdx', where: '<Quiz> shufle', message: 'is not a prop of <Quiz>. Did you mean "shuffle"? The props are bank, mode, questions, difficulty, limit, shuffle, pageSize, attempts, title, badge.' },
    ]);
  });

  it('places each question on the page that shows it, for the repeat check', () => {
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
