import { url } from '../../lib/url';
import type { RenderedQuestion } from '../core/types';
import { Html } from './Html';
import { STRINGS } from './strings';

/** Step-by-step solution, quick check, common mistakes and a link to the article section. */
export function Solution({ question }: { question: RenderedQuestion }) {
  return (
    <div class="sf-q-solution" part="solution">
      <p class="sf-q-solution-title">
        <strong>{STRINGS.solution}</strong>
      </p>
      <ol>
        {question.solutionHtml.map((step, i) => (
          <Html as="li" key={i} data-search="solution" html={step} />
        ))}
      </ol>
      <p>
        <strong>{STRINGS.quickCheck}:</strong> <Html as="span" data-search="quick-check" html={question.quickCheckHtml} />
      </p>
      <p class="sf-q-mistakes-title">
        <strong>{STRINGS.commonMistakes}</strong>
      </p>
      <ul>
        {question.commonMistakesHtml.map((m, i) => (
          <Html as="li" key={i} data-search="mistake" html={m} />
        ))}
      </ul>
      <p>
        <a href={url(question.related)}>{STRINGS.learnMore}</a>
      </p>
    </div>
  );
}

/** The solution behind a native disclosure (challenge review, study sheet). */
export function SolutionDetails({ question }: { question: RenderedQuestion }) {
  return (
    <details class="sf-q-details">
      <summary>{STRINGS.solution}</summary>
      <Solution question={question} />
    </details>
  );
}

/** Hint and solution as native disclosures: the whole study sheet without JavaScript. */
export function StaticStudySheet({ question }: { question: RenderedQuestion }) {
  return (
    <div class="sf-q-static sf-nojs-only">
      <details class="sf-q-details">
        <summary>{STRINGS.hint}</summary>
        <Html class="sf-q-hint" data-search="hint" html={question.hintHtml} />
      </details>
      <SolutionDetails question={question} />
    </div>
  );
}
