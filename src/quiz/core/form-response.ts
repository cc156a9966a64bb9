/**
 * What a reader entered in the server-rendered form before the island took over. The quiz HTML
 * is live as soon as it arrives, while its code loads later (when it scrolls into view), so a
 * reader can pick an answer first; the island reads it from the form instead of wiping it.
 * Plain data in, response out: the island collects the fields, this decides what they mean.
 */
import type { QuizResponse, RenderedQuestion } from './types';

/** One answer field of a question, as the browser holds it (radio, checkbox or text field). */
export interface FormField {
  value: string;
  checked: boolean;
}

/**
 * The response the fields hold, or undefined when the reader entered nothing. Values that are not
 * options of the question are ignored.
 */
export function responseFromFields(question: RenderedQuestion, fields: FormField[]): QuizResponse | undefined {
  const chosen = fields.filter((f) => f.checked).map((f) => f.value);
  switch (question.type) {
    case 'single':
    case 'output': {
      const choice = chosen.find((id) => question.choices.some((c) => c.id === id));
      return choice === undefined ? undefined : { type: 'choice', choice };
    }
    case 'multiple': {
      const choices = question.choices.map((c) => c.id).filter((id) => chosen.includes(id));
      return choices.length ? { type: 'choices', choices } : undefined;
    }
    case 'truefalse': {
      const value = chosen.find((v) => v === 'true' || v === 'false');
      return value === undefined ? undefined : { type: 'boolean', value: value === 'true' };
    }
    case 'fill': {
      const text = fields[0]?.value ?? '';
      return text ? { type: 'text', text } : undefined;
    }
    case 'order':
      // Steps only move with the island's buttons, so there is nothing to read before it runs.
      return undefined;
  }
}
