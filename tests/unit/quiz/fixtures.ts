import { makeArticle } from '../site/helpers';
/** Hand-built questions and banks for the quiz unit tests (no Markdown pipeline involved). */
import type { Article } from '../../../src/lib/articles';
import type { QuestionDifficulty, RenderedBank, RenderedQuestion } from '../../../src/quiz/core/types';

const base = (id: string, difficulty: QuestionDifficulty = 'easy', bank = 'bank') => ({
  id,
  bank,
  category: 'conceptual' as const,
  difficulty,
  promptHtml: `<p>${id}?</p>`,
  hintHtml: 'hint',
  solutionHtml: ['step'],
  quickCheckHtml: 'remember',
  commonMistakesHtml: ['mistake'],
  related: '/section/article/#anchor',
});

const choices = (...ids: string[]) => ids.map((id) => ({ id, html: id.toUpperCase() }));

export function singleQ(id: string, answer = 'b', difficulty: QuestionDifficulty = 'easy', bank = 'bank'): RenderedQuestion {
  return { ...base(id, difficulty, bank), type: 'single', choices: choices('a', 'b', 'c'), answer };
}

export function outputQ(id: string, answer = 'a', difficulty: QuestionDifficulty = 'medium'): RenderedQuestion {
  return { ...base(id, difficulty), type: 'output', codeHtml: '<pre>$ ls</pre>', choices: choices('a', 'b'), answer };
}

export function multipleQ(id: string, answer = ['a', 'c'], difficulty: QuestionDifficulty = 'medium'): RenderedQuestion {
  return { ...base(id, difficulty), type: 'multiple', choices: choices('a', 'b', 'c', 'd'), answer };
}

export function trueFalseQ(id: string, answer = true, difficulty: QuestionDifficulty = 'easy'): RenderedQuestion {
  return { ...base(id, difficulty), type: 'truefalse', answer, explanationHtml: {} };
}

export function orderQ(id: string, answer = ['one', 'two', 'three'], shown = ['three', 'one', 'two'], difficulty: QuestionDifficulty = 'hard'): RenderedQuestion {
  return { ...base(id, difficulty), type: 'order', steps: choices(...shown), answer };
}

export function fillQ(id: string, accept = ['psi'], pattern?: string, difficulty: QuestionDifficulty = 'hard'): RenderedQuestion {
  return { ...base(id, difficulty), type: 'fill', accept, pattern };
}

export function bank(name: string, questions: RenderedQuestion[]): RenderedBank {
  return { name, title: `Bank ${name}`, questions: questions.map((q) => ({ ...q, bank: name })) };
}

export function banksOf(...list: RenderedBank[]): Map<string, RenderedBank> {
  return new Map(list.map((b) => [b.name, b]));
}

/** A minimal Article: only `body` and `filePath` matter to the tag checks. */
export function article(slug: string, body: string, section = 'basics'): Article {
  return makeArticle({ slug, section, body });
}
