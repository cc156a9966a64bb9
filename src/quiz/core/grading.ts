/**
 * Grading: plain data in, verdict out. No DOM, no storage, so every branch is unit-tested.
 */
import type { QuizResponse, RenderedQuestion } from './types';

/** The part of a question grading needs (its answer key), independent of rendered HTML. */
export type AnswerKey =
  | { type: 'single' | 'output'; answer: string }
  | { type: 'multiple'; answer: string[] }
  | { type: 'truefalse'; answer: boolean }
  | { type: 'order'; answer: string[] }
  | { type: 'fill'; accept: string[]; pattern?: string };

/**
 * The longest fill-in answer that is graded (the input's maxlength too). No real answer comes near
 * it; the cap keeps every accepted `pattern` fast, since the build only lets through patterns whose
 * matching time grows at most quadratically with the answer's length (see pattern-safety.ts).
 */
export const MAX_ANSWER_LENGTH = 1000;

/** A fill-in `pattern` is tested case-insensitively. */
export const FILL_PATTERN_FLAGS = 'i';

/** Case-, whitespace- and trailing-punctuation-insensitive form of a typed answer. */
export function normalizeText(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/\s*[.!;]+$/, '')
    .trim();
}

/** The empty response a question starts with; an order question starts in the order its steps are listed. */
export function emptyResponse(question: RenderedQuestion): QuizResponse {
  switch (question.type) {
    case 'single':
    case 'output':
      return { type: 'choice', choice: null };
    case 'multiple':
      return { type: 'choices', choices: [] };
    case 'truefalse':
      return { type: 'boolean', value: null };
    case 'order':
      return { type: 'order', order: question.steps.map((s) => s.id) };
    case 'fill':
      return { type: 'text', text: '' };
  }
}

/** Whether the reader has given something to check. An order question always has an answer. */
export function isAnswered(response: QuizResponse): boolean {
  switch (response.type) {
    case 'choice':
      return response.choice !== null;
    case 'choices':
      return response.choices.length > 0;
    case 'boolean':
      return response.value !== null;
    case 'order':
      return response.order.length > 0;
    case 'text':
      return normalizeText(response.text).length > 0;
  }
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && new Set(a).size === b.length && a.every((x) => b.includes(x));
}

/** True when the response is exactly right: one choice, the exact set, the exact order, an accepted text. */
export function isCorrect(key: AnswerKey, response: QuizResponse): boolean {
  switch (key.type) {
    case 'single':
    case 'output':
      return response.type === 'choice' && response.choice === key.answer;
    case 'multiple':
      return response.type === 'choices' && sameSet(response.choices, key.answer);
    case 'truefalse':
      return response.type === 'boolean' && response.value === key.answer;
    case 'order':
      return response.type === 'order' && response.order.length === key.answer.length && response.order.every((id, i) => id === key.answer[i]);
    case 'fill': {
      if (response.type !== 'text') return false;
      // Longer than any input allows: typed around the maxlength, so wrong without running the pattern.
      if (response.text.length > MAX_ANSWER_LENGTH) return false;
      const typed = normalizeText(response.text);
      if (!typed) return false;
      if (key.accept.some((accepted) => normalizeText(accepted) === typed)) return true;
      if (!key.pattern) return false;
      try {
        return new RegExp(key.pattern, FILL_PATTERN_FLAGS).test(response.text.trim());
      } catch {
        return false;
      }
    }
  }
}

/** How many steps of an order answer are in their correct position (for feedback). */
export function correctPositions(answer: readonly string[], order: readonly string[]): number {
  return order.filter((id, i) => answer[i] === id).length;
}
