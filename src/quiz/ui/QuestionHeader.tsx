import type { RenderedQuestion } from '../core/types';
import { isShellLanguage } from '../core/languages';
import { Html } from './Html';
import { STRINGS } from './strings';

/** "Question 2 of 5 · Medium · Workflow", the prompt, and for output questions the code. */
/** `label` ("Question 2 of 5") is left out where the surrounding UI already shows it (challenge). */
export function QuestionHeader({ question, titleId, label }: { question: RenderedQuestion; titleId?: string; label?: string }) {
  return (
    <>
      <p class="sf-q-meta">
        {label && (
          <span id={titleId} class="sf-q-number">
            {label}
          </span>
        )}
        <span class={`sf-q-difficulty sf-q-${question.difficulty}`}>{STRINGS.difficulties[question.difficulty] ?? question.difficulty}</span>
        <span class="sf-q-category">{STRINGS.categories[question.category] ?? question.category}</span>
      </p>
      <Html class="sf-q-prompt" data-search="prompt" html={question.promptHtml} />
      {/* The command (or program) comes right after the prompt, before any output, captioned as what it is. */}
      {question.type === 'output' && (
        <figure class="sf-q-code">
          <figcaption class="sf-q-code-caption">{isShellLanguage(question.language) ? STRINGS.terminal : STRINGS.program}</figcaption>
          <Html html={question.codeHtml} />
        </figure>
      )}
    </>
  );
}
