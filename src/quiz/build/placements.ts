import type { Article } from '../../lib/articles';
import { findQuizTags, type QuizTag } from './quiz-tags';
import { challengeQuestionAnchor, questionAnchor } from '../core/quiz-id';
import { pageOf, quizPageId, quizPageUrl } from '../core/quiz-pages';
import { quizPropProblems, resolveQuiz, type QuizResolveText, type ResolvedQuiz } from '../core/resolve-quiz';
import type { RenderedBank, RenderedQuestion } from '../core/types';
import { defaultBadgeName } from '../ui/challenge-strings';

/** The UI text `resolveQuiz` needs, from the quiz's strings module. */
export const QUIZ_RESOLVE_TEXT: QuizResolveText = { defaultBadgeName };

/** Where a question is shown: the article, the page it is on, and the `#anchor` that lands on it. */
export interface QuestionPlacement {
  article: Article;
  question: RenderedQuestion;
  /** The article's address, or for a question beyond a quiz's first page, that quiz page's address. */
  pageUrl: string;
  anchor: string;
  mode: 'practice' | 'challenge';
}

/** A `<Quiz>` in an article, resolved by the same `resolveQuiz` as the component. */
export interface ArticleQuiz {
  article: Article;
  tag: QuizTag;
  quiz: ResolvedQuiz;
}

/** Every `<Quiz>` of every article whose props are usable (the others are reported by the tag checks). */
export function quizzesInArticles(articles: Article[], banks: ReadonlyMap<string, RenderedBank>): ArticleQuiz[] {
  const quizzes: ArticleQuiz[] = [];
  for (const article of articles) {
    for (const tag of findQuizTags(article.body)) {
      if (tag.kind !== 'Quiz' || tag.problems.length || quizPropProblems(banks, tag.props).length) continue;
      quizzes.push({ article, tag, quiz: resolveQuiz(banks, tag.props, { file: article.filePath, text: QUIZ_RESOLVE_TEXT }) });
    }
  }
  return quizzes;
}

/**
 * Every question each article shows, as `<Quiz>` and `<Question>` show them, with the page and the
 * anchor it is at (for the check that a question is practised once per page).
 */
export function questionPlacements(articles: Article[], banks: ReadonlyMap<string, RenderedBank>): QuestionPlacement[] {
  const byId = new Map([...banks.values()].flatMap((bank) => bank.questions.map((q) => [q.id, q] as const)));
  const placements: QuestionPlacement[] = [];
  for (const article of articles) {
    for (const tag of findQuizTags(article.body)) {
      if (tag.kind !== 'Question') continue;
      const question = typeof tag.props.id === 'string' ? byId.get(tag.props.id) : undefined;
      if (question) placements.push({ article, question, pageUrl: article.url, anchor: questionAnchor(question.id), mode: 'practice' });
    }
  }
  for (const { article, quiz } of quizzesInArticles(articles, banks)) {
    for (let page = 1; page <= quiz.pageCount; page++) {
      const pageUrl = page === 1 ? article.url : quizPageUrl(article.url, quiz.quizId, page);
      for (const question of pageOf(quiz.questions, page, quiz.pageSize).items) {
        const anchor = quiz.mode === 'practice' ? questionAnchor(question.id) : challengeQuestionAnchor(quizPageId(quiz.quizId, page), question.id);
        placements.push({ article, question, pageUrl, mode: quiz.mode, anchor });
      }
    }
  }
  return placements;
}
