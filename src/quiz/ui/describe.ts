import type { QuizResponse, RenderedQuestion } from '../core/types';
import { STRINGS } from './strings';

/** A reader's response as build-rendered HTML fragments, for the challenge review. */
export function describeResponse(question: RenderedQuestion, response: QuizResponse): string {
  const choiceHtml = (id: string) =>
    ('choices' in question ? question.choices : 'steps' in question ? question.steps : []).find((c) => c.id === id)?.html ?? id;
  switch (response.type) {
    case 'choice':
      return response.choice ? choiceHtml(response.choice) : '';
    case 'choices':
      return response.choices.map(choiceHtml).join('; ');
    case 'boolean':
      return response.value === null ? '' : response.value ? STRINGS.true : STRINGS.false;
    case 'order':
      return response.order.map((id, i) => `${i + 1}. ${choiceHtml(id)}`).join(' ');
    case 'text':
      return escapeText(response.text.trim());
  }
}

/** The correct answer, in the same form. */
export function describeAnswer(question: RenderedQuestion): string {
  switch (question.type) {
    case 'single':
    case 'output':
      return describeResponse(question, { type: 'choice', choice: question.answer });
    case 'multiple':
      return describeResponse(question, { type: 'choices', choices: question.answer });
    case 'truefalse':
      return question.answer ? STRINGS.true : STRINGS.false;
    case 'order':
      return describeResponse(question, { type: 'order', order: question.answer });
    case 'fill':
      return escapeText(question.accept[0] ?? '');
  }
}

/** Typed text is reader input: it is escaped before it is shown next to build-rendered HTML. */
export function escapeText(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}
