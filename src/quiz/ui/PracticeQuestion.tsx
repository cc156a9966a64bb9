import { attemptsLeft, canTryAgain, isLocked, isPracticeRound, type PracticeState } from '../core/attempts';
import type { QuizResponse, RenderedQuestion } from '../core/types';
import { AnswerInput } from './AnswerInput';
import { explanationFor } from './feedback';
import { Html } from './Html';
import { Solution, StaticStudySheet } from './Solution';
import { attemptsLeftText, practiceAttemptsText, questionOfText, STRINGS } from './strings';
import { QuestionHeader } from './QuestionHeader';
import { questionAnchor } from '../core/quiz-id';

interface Props {
  question: RenderedQuestion;
  index: number;
  total: number;
  state: PracticeState;
  maxAttempts: number;
  uid: string;
  /** False in the server HTML and until the island runs: the buttons are disabled and say so. */
  ready: boolean;
  /** A message for the question's status region that is not a check result (e.g. a step moved). */
  message: string;
  onRespond: (response: QuizResponse) => void;
  onCheck: () => void;
  onHint: () => void;
  onTryAgain: () => void;
  announce: (message: string) => void;
}

/**
 * One practice question: answer, Check, Hint, attempts, and the solution once it is locked.
 * A named group, not a landmark (no <section> with a name, no named <form>): a page with twenty
 * questions would otherwise fill the landmark list.
 */
export function PracticeQuestion(props: Props) {
  const { question, index, total, state, maxAttempts, uid, message, ready } = props;
  const locked = isLocked(state);
  const left = attemptsLeft(state, maxAttempts);
  const last = state.lastCheck;
  const explanation = last ? explanationFor(question, last.response) : undefined;
  const verdict = last ? (last.correct ? STRINGS.correct : STRINGS.incorrect) : '';
  const after = [
    last && !last.correct ? (locked ? STRINGS.noAttemptsLeft : `${attemptsLeftText(left)}.`) : '',
    last && locked && isPracticeRound(state) ? STRINGS.practiceNotCounted : '',
  ].join(' ').trim();
  const attemptsNote = !ready
    ? STRINGS.loading
    : locked
      ? STRINGS.retryIsPractice
      : isPracticeRound(state)
        ? practiceAttemptsText(left)
        : attemptsLeftText(left);

  return (
    <div class={`sf-quiz-question sf-q-${state.status}`} part="question" id={questionAnchor(question.id)} data-question-id={question.id} data-difficulty={question.difficulty} data-question-type={question.type} role="group" aria-labelledby={`${uid}-title`}>
      <QuestionHeader question={question} titleId={`${uid}-title`} label={questionOfText(index + 1, total)} />
      <form
        class="sf-q-form"
        id={`${uid}-form`}
        onSubmit={(event) => {
          event.preventDefault();
          props.onCheck();
        }}
      >
        <AnswerInput
          question={question}
          response={state.response}
          onChange={props.onRespond}
          locked={locked}
          reveal={locked}
          pending={!ready}
          uid={uid}
          announce={props.announce}
        />
        <div class="sf-q-actions sf-js-only">
          {/* Disabled until the island runs, so an early tap cannot submit the form and reload the page. */}
          <button type="submit" class="sf-q-button sf-q-primary" disabled={!ready || locked}>
            {STRINGS.check}
          </button>
          <button type="button" class="sf-q-button" disabled={!ready} aria-expanded={state.hintShown} aria-controls={`${uid}-hint`} onClick={props.onHint}>
            {state.hintShown ? STRINGS.hideHint : STRINGS.hint}
          </button>
          {ready && canTryAgain(state) && (
            <button type="button" class="sf-q-button" aria-describedby={`${uid}-attempts`} onClick={props.onTryAgain}>
              {STRINGS.tryAgain}
            </button>
          )}
          <span class="sf-q-attempts" id={`${uid}-attempts`}>
            {attemptsNote}
          </span>
        </div>
      </form>
      <div class="sf-q-feedback sf-js-only" part="feedback">
        {/* The verdict takes the focus after Check, so it is read once, not also as a live region. */}
        {last && (
          <p id={`${uid}-verdict`} tabIndex={-1} class={`sf-q-verdict ${last.correct ? 'sf-q-correct' : 'sf-q-incorrect'}`}>
            <strong>{verdict}</strong> {explanation && <Html as="span" html={explanation} />}
            {after && ` ${after}`}
          </p>
        )}
        <div class="sf-q-status" role="status">
          {message && <p>{message}</p>}
        </div>
      </div>
      <div id={`${uid}-hint`} class="sf-q-hint sf-js-only" hidden={!state.hintShown}>
        <strong>{STRINGS.hint}:</strong> <Html as="span" html={question.hintHtml} />
      </div>
      {locked && <Solution question={question} />}
      <StaticStudySheet question={question} />
    </div>
  );
}
