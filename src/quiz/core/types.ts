import type { Category, QuestionDifficulty, QuestionType } from './vocabulary';

/**
 * A question as the browser receives it: all Markdown already rendered to HTML at build time by
 * the article pipeline (the HTML is our own build output, never reader input).
 */
export interface RenderedChoice {
  id: string;
  html: string;
  explanationHtml?: string;
}

interface RenderedBase {
  id: string;
  bank: string;
  category: Category;
  difficulty: QuestionDifficulty;
  promptHtml: string;
  hintHtml: string;
  solutionHtml: string[];
  quickCheckHtml: string;
  commonMistakesHtml: string[];
  related: string;
}

export type RenderedQuestion =
  | (RenderedBase & { type: 'single'; choices: RenderedChoice[]; answer: string })
  | (RenderedBase & { type: 'output'; codeHtml: string; /** The code's language (bash, python...). */ language?: string; choices: RenderedChoice[]; answer: string })
  | (RenderedBase & { type: 'multiple'; choices: RenderedChoice[]; answer: string[] })
  | (RenderedBase & { type: 'truefalse'; answer: boolean; explanationHtml: { true?: string; false?: string } })
  | (RenderedBase & { type: 'order'; steps: RenderedChoice[]; answer: string[] })
  | (RenderedBase & { type: 'fill'; accept: string[]; pattern?: string; placeholder?: string });

export interface RenderedBank {
  name: string;
  title: string;
  article?: string;
  /** Badge name for a perfect challenge run, when the bank names one. */
  badge?: string;
  questions: RenderedQuestion[];
}

/** What a reader has entered for one question. */
export type QuizResponse =
  | { type: 'choice'; choice: string | null }
  | { type: 'choices'; choices: string[] }
  | { type: 'boolean'; value: boolean | null }
  | { type: 'order'; order: string[] }
  | { type: 'text'; text: string };

export type { Category, QuestionDifficulty, QuestionType };
