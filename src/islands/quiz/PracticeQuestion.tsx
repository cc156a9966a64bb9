import { attemptsLeft, isLocked, type PracticeState } from '../../quiz/attempts';
import type { QuizResponse, RenderedQuestion } from '../../quiz/types';
import { AnswerInput } from './AnswerInput';
import { explanationFor } from './feedback';
import { Html } from './Html';
import { Solution, StaticStudySheet } from './Solution';
import { attemptsLeftText, questionOfText, STRINGS } from './strings';
import { QuestionHeader } from './QuestionHeader';
import { questionAnchor } from '../../quiz/quiz-id';

interface Props {
  question: RenderedQuestion;
  index: number;
  total: number;
  state: PracticeState;
  maxAttempts: number;
  uid: string;
  /** A message for the question's status region that is not a check result (e.g. a step moved). */
  message: string;
  onRespond: (response: QuizResponse) => void;
  onCheck: () => void;
  onHint: () => void;
  onReset: () => void;
  announce: (message: string) => void;
}

/** One practice question: answer, Check, Hint, attempts, and the solution once it is locked. */
export function PracticeQuestion(props: Props) {
  const { question, index, total, state, maxAttempts, uid, message } = props;
  const locked = isLocked(state);
  const left = attemptsLeft(state, maxAttempts);
  const last = state.lastCheck;
  const explanation = last ? explanationFor(question, last.response) : undefined;
  const verdict = last ? (last.correct ? STRINGS.correct : STRINGS.incorrect) : '';
  const after = last && !last.correct ? (locked ? ' No attempts left: the solution is below.' : ` ${attemptsLeftText(left)}.`) : '';

  return (
    <section class={`quiz-question q-${state.status}`} id={questionAnchor(question.id)} data-question-type={question.type} aria-labelledby={`${uid}-title`}>
      <QuestionHeader question={question} titleId={`${uid}-title`} label={questionOfText(index + 1, total)} />
      <form
        class="q-form"
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
          uid={uid}
          announce={props.announce}
        />
        <div class="q-actions js-only">
          <button type="submit" class="q-button q-primary" disabled={locked}>
            {STRINGS.check}
          </button>
          <button type="button" class="q-button" aria-expanded={state.hintShown} aria-controls={`${uid}-hint`} onClick={props.onHint}>
            {state.hintShown ? STRINGS.hideHint : STRINGS.hint}
          </button>
          {(locked || state.attemptsUsed > 0) && (
            <button type="button" class="q-button" onClick={props.onReset}>
              {STRINGS.tryAgain}
            </button>
          )}
          <span class="q-attempts">{locked ? '' : attemptsLeftText(left)}</span>
        </div>
      </form>
      <div class="q-feedback js-only" role="status">
        {last && (
          <p class={last.correct ? 'q-correct' : 'q-incorrect'}>
            <strong>{verdict}</strong> {explanation && <Html as="span" html={explanation} />}
            {after}
          </p>
        )}
        {!last && message && <p>{message}</p>}
      </div>
      <div id={`${uid}-hint`} class="q-hint js-only" hidden={!state.hintShown}>
        <strong>{STRINGS.hint}:</strong> <Html as="span" html={question.hintHtml} />
      </div>
      {locked && <Solution question={question} />}
      <StaticStudySheet question={question} />
    </section>
  );
}

