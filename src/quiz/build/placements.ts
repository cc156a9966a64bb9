import type { Article } from '../../lib/articles';
import { findQuizTags, type QuizTag } from './quiz-tags';
import { challengeQuestionAnchor, questionAnchor } from '../core/quiz-id';
import { pageOf, quizPageId, quizPageUrl } from '../core/quiz-pages';
import { resolveQuiz, type ResolvedQuiz } from '../core/resolve-quiz';
import type { QuestionDifficulty, RenderedBank, RenderedQuestion } from '../core/types';

/** Where a question is shown: the article, the page it is on, and the `#anchor` that lands on it. */
export interface QuestionPlacement {
  article: Article;
  question: RenderedQuestion;
  /** The article's address, or for a question beyond a quiz's first page, that quiz page's address. */
  pageUrl: string;
  anchor: string;
  mode: 'practice' | 'challenge';
}

/** A `<Quiz>` in an article, resolved exactly as the component resolves it. */
export interface ArticleQuiz {
  article: Article;
  embed: QuizTag;
  mode: 'practice' | 'challenge';
  quiz: ResolvedQuiz;
}

/** Every `<Quiz>` of every article whose bank exists (unknown banks are reported by the embed checks). */
export function quizzesInArticles(articles: Article[], banks: ReadonlyMap<string, RenderedBank>): ArticleQuiz[] {
  const quizzes: ArticleQuiz[] = [];
  for (const article of articles) {
    for (const embed of findQuizTags(article.body)) {
      const bank = embed.kind === 'Quiz' && embed.bank ? banks.get(embed.bank) : undefined;
      if (!bank) continue;
      const mode = embed.mode === 'challenge' ? 'challenge' : 'practice';
      const quiz = resolveQuiz(bank, {
        bank: bank.name,
        mode,
        questions: embed.questionIds.length ? embed.questionIds : undefined,
        difficulty: embed.difficulty as QuestionDifficulty | undefined,
        limit: embed.limit,
        shuffle: embed.shuffle,
        pageSize: embed.pageSize,
      });
      quizzes.push({ article, embed, mode, quiz });
    }
  }
  return quizzes;
}

/**
 * Every question each article shows, resolved exactly as `<Quiz>` and `<Question>` select them.
 * Every link lands on its question: a challenge question's anchor is in the challenge's study sheet
 * (without JS), and with JS the challenge shows that question as a preview before its start.
 */
export function questionPlacements(articles: Article[], banks: ReadonlyMap<string, RenderedBank>): QuestionPlacement[] {
  const byId = new Map([...banks.values()].flatMap((bank) => bank.questions.map((q) => [q.id, q] as const)));
  const placements: QuestionPlacement[] = [];
  for (const article of articles) {
    for (const embed of findQuizTags(article.body)) {
      if (embed.kind !== 'Question') continue;
      const question = byId.get(embed.questionIds[0] ?? '');
      if (question) placements.push({ article, question, pageUrl: article.url, anchor: questionAnchor(question.id), mode: 'practice' });
    }
  }
  for (const { article, mode, quiz } of quizzesInArticles(articles, banks)) {
    for (let page = 1; page <= quiz.pageCount; page++) {
      const pageUrl = page === 1 ? article.url : quizPageUrl(article.url, quiz.quizId, page);
      for (const question of pageOf(quiz.questions, page, quiz.pageSize).items) {
        const anchor = mode === 'practice' ? questionAnchor(question.id) : challengeQuestionAnchor(quizPageId(quiz.quizId, page), question.id);
        placements.push({ article, question, pageUrl, mode, anchor });
      }
    }
  }
  return placements;
}
