import type { Article } from '../lib/articles';
import { findQuizEmbeds } from './quiz-embeds';
import { questionAnchor, quizIdFor, selectionSeed } from './quiz-id';
import { selectQuestions } from './select';
import type { QuestionDifficulty, RenderedBank, RenderedQuestion } from './types';

/** Where a question is shown: the article, and the `#anchor` that lands on it. */
export interface QuestionPlacement {
  article: Article;
  question: RenderedQuestion;
  anchor: string;
  mode: 'practice' | 'challenge';
}

/**
 * Every question each article shows, resolved exactly as `<Quiz>` and `<Question>` select them.
 * Practice questions are linked directly; challenge questions sit behind the challenge's intro, so
 * they link to the challenge itself.
 */
export function questionPlacements(articles: Article[], banks: ReadonlyMap<string, RenderedBank>): QuestionPlacement[] {
  const byId = new Map([...banks.values()].flatMap((bank) => bank.questions.map((q) => [q.id, q] as const)));
  const placements: QuestionPlacement[] = [];
  for (const article of articles) {
    for (const embed of findQuizEmbeds(article.body)) {
      if (embed.kind === 'Question') {
        const question = byId.get(embed.questionIds[0] ?? '');
        if (question) placements.push({ article, question, anchor: questionAnchor(question.id), mode: 'practice' });
        continue;
      }
      const bank = embed.bank ? banks.get(embed.bank) : undefined;
      if (!bank) continue;
      const mode = embed.mode === 'challenge' ? 'challenge' : 'practice';
      const selection = {
        bank: bank.name,
        mode,
        questions: embed.questionIds.length ? embed.questionIds : undefined,
        difficulty: embed.difficulty as QuestionDifficulty | undefined,
        limit: embed.limit,
      } as const;
      const selected = selectQuestions(bank.questions, { ...selection, shuffle: embed.shuffle, seed: selectionSeed(selection) });
      for (const question of selected) {
        placements.push({ article, question, mode, anchor: mode === 'practice' ? questionAnchor(question.id) : quizIdFor(selection) });
      }
    }
  }
  return placements;
}
