import { useLayoutEffect, useRef } from 'preact/hooks';
import type { ChallengeState } from '../core/challenge';
import { summarize } from '../core/scoring';
import { formatDuration } from '../core/timer';
import type { RenderedQuestion } from '../core/types';
import { BadgeName, Goal } from './ChallengeBadge';
import { describeAnswer, describeResponse } from './describe';
import { Html } from './Html';
import { SolutionDetails } from './Solution';
import { CHALLENGE_STRINGS, scoreText, timeTakenText } from './challenge-strings';

interface Props {
  questions: RenderedQuestion[];
  /** In the results phase. */
  state: ChallengeState;
  badge: string;
  notice?: string;
  onRestart: () => void;
}

/** After a run: the score and time, the badge earned or still to earn, and a review of every question. */
export function ChallengeResults({ questions, state, badge, notice, onRestart }: Props) {
  const summary = summarize(state.results);
  const scoreRef = useRef<HTMLHeadingElement>(null);
  // The keyboard goes to the score when the run ends.
  useLayoutEffect(() => scoreRef.current?.focus(), []);
  return (
    <div class="sf-quiz-body sf-q-results">
      <h4 tabIndex={-1} ref={scoreRef} class="sf-q-results-title">
        {scoreText(summary.correct, summary.total, summary.percent)}
      </h4>
      <p>{timeTakenText(formatDuration(summary.totalTimeMs), summary.incorrect, summary.unanswered)}</p>
      {summary.perfect ? (
        <p class="sf-q-badge">
          {CHALLENGE_STRINGS.badgeEarned} <BadgeName name={badge} />
        </p>
      ) : (
        <p class="sf-q-goal">
          <Goal count={questions.length} badge={badge} />
        </p>
      )}
      {notice && <p class="sf-quiz-notice">{notice}</p>}
      <ol class="sf-q-review">
        {questions.map((question, i) => {
          const result = state.results[i];
          const outcome = result?.outcome ?? 'unanswered';
          const given = describeResponse(question, state.responses[i]!);
          return (
            <li key={question.id} class={`sf-q-review-item sf-q-${outcome}`}>
              <p class="sf-q-review-outcome">
                <strong>{CHALLENGE_STRINGS.outcome[outcome]}</strong>
                {result?.timedOut ? CHALLENGE_STRINGS.timeRanOut : ''}
              </p>
              <Html class="sf-q-prompt" html={question.promptHtml} />
              <p>
                {CHALLENGE_STRINGS.yourAnswer} {given ? <Html as="span" html={given} /> : <em>{CHALLENGE_STRINGS.noAnswer}</em>}
              </p>
              <p>
                {CHALLENGE_STRINGS.correctAnswer} <Html as="span" html={describeAnswer(question)} />
              </p>
              <SolutionDetails question={question} />
            </li>
          );
        })}
      </ol>
      <button type="button" class="sf-q-button" onClick={onRestart}>
        {CHALLENGE_STRINGS.restart}
      </button>
    </div>
  );
}
