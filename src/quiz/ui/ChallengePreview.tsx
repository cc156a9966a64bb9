import type { Ref } from 'preact';
import type { RenderedQuestion } from '../core/types';
import { Html } from './Html';
import { QuestionHeader } from './QuestionHeader';
import { CHALLENGE_STRINGS, previewTitleText } from './challenge-strings';
import { STRINGS } from './strings';

/** The options as the challenge lists them; a fill-in question has none. */
function optionsOf(question: RenderedQuestion): string[] {
  if ('choices' in question) return question.choices.map((c) => c.html);
  if ('steps' in question) return question.steps.map((s) => s.html);
  if (question.type === 'truefalse') return [STRINGS.true, STRINGS.false];
  return [];
}

interface Props {
  question: RenderedQuestion;
  number: number;
  total: number;
  titleId: string;
  titleRef: Ref<HTMLHeadingElement>;
}

/**
 * A challenge question a link (a search result) named, shown before the run: its prompt and options
 * as plain text, with nothing to answer and no answer, hint or solution.
 */
export function ChallengePreview({ question, number, total, titleId, titleRef }: Props) {
  const options = optionsOf(question);
  return (
    <section class="sf-q-preview" aria-labelledby={titleId}>
      <h4 class="sf-q-preview-title" id={titleId} tabIndex={-1} ref={titleRef}>
        {previewTitleText(number, total)}
      </h4>
      <p class="sf-q-preview-note">{CHALLENGE_STRINGS.previewNote}</p>
      <QuestionHeader question={question} />
      {options.length > 0 && (
        <ul class="sf-q-preview-options">
          {options.map((html, i) => (
            <Html as="li" key={i} html={html} />
          ))}
        </ul>
      )}
    </section>
  );
}
