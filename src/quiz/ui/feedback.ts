import { correctPositions } from '../core/grading';
import type { QuizResponse, RenderedQuestion } from '../core/types';
import { stepsInPlaceText } from './strings';

/** The build-rendered explanation for what the reader chose, if the author wrote one. */
export function explanationFor(question: RenderedQuestion, response: QuizResponse): string | undefined {
  switch (question.type) {
    case 'single':
    case 'output':
      return response.type === 'choice' ? question.choices.find((c) => c.id === response.choice)?.explanationHtml : undefined;
    case 'multiple': {
      if (response.type !== 'choices') return undefined;
      const notes = question.choices
        .filter((c) => response.choices.includes(c.id) !== question.answer.includes(c.id) && c.explanationHtml)
        .map((c) => c.explanationHtml);
      return notes.length ? notes.join(' ') : undefined;
    }
    case 'truefalse':
      return response.type === 'boolean' && response.value !== null ? question.explanationHtml[String(response.value) as 'true' | 'false'] : undefined;
    case 'order':
      return response.type === 'order'
        ? stepsInPlaceText(correctPositions(question.answer, response.order), question.answer.length)
        : undefined;
    case 'fill':
      return undefined;
  }
}
