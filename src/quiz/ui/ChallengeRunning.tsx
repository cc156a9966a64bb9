import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { addTime, clockReading, needsAnswer, next, onLastQuestion, skip, submit, type ChallengeState } from '../core/challenge';
import { isAnswered } from '../core/grading';
import { addTimeSeconds, formatClock, formatDuration } from '../core/timer';
import type { QuizResponse, RenderedQuestion } from '../core/types';
import { AnswerInput } from './AnswerInput';
import { QuestionHeader } from './QuestionHeader';
import { addTimeText, CHALLENGE_STRINGS, timeUpText, warningText } from './challenge-strings';
import { questionOfText } from './strings';

type Transition = (state: ChallengeState, time: number) => ChallengeState;

interface Props {
  quizId: string;
  questions: RenderedQuestion[];
  /** In the running or timeout phase. */
  state: ChallengeState;
  /** The clock's latest reading. */
  now: number;
  /** The text of the one live region. */
  announcement: string;
  announce: (message: string) => void;
  /** Moves the run on (Submit, Skip, Next, Add time). */
  act: (transition: Transition) => void;
  onResponse: (response: QuizResponse) => void;
}

/**
 * When a new question replaces one the reader had scrolled through, bring its top back into view
 * (the sticky bar alone would leave the reader in the middle of the new question).
 */
function revealTop(element: HTMLElement | null) {
  if (!element) return;
  const padding = Number.parseFloat(getComputedStyle(document.documentElement).scrollPaddingTop) || 0;
  if (element.getBoundingClientRect().top < padding) element.scrollIntoView?.({ block: 'start' });
}

/** One question of the run under its clock, with Submit and Skip; once time is up, the answer locked and Next. */
export function ChallengeRunning({ quizId, questions, state, now, announcement, announce, act, onResponse }: Props) {
  // The question on which an empty Submit asked for an answer, until the reader answers.
  const [askedOn, setAskedOn] = useState<number>();
  const question = questions[state.index]!;
  const timedOut = state.phase === 'timeout';
  const { left, warning } = clockReading(state, now);
  const extraSeconds = addTimeSeconds(question.difficulty);
  const uid = `${quizId}-${question.id}-c`;
  const isLast = onLastQuestion(state, questions);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const nextRef = useRef<HTMLButtonElement>(null);
  const bodyRef = useRef<HTMLDivElement>(null);

  // Keep the keyboard where the reader is: a new question focuses its heading (its top scrolled back
  // into view), time up focuses Next. A layout effect, so focus moves with the screen, not a frame later.
  useLayoutEffect(() => {
    if (timedOut) {
      nextRef.current?.focus();
    } else {
      headingRef.current?.focus();
      revealTop(bodyRef.current);
    }
  }, [state.phase, state.index]);

  return (
    <div class="sf-quiz-body sf-q-running" ref={bodyRef}>
      {/* Sticky within the quiz: the clock and Add time stay in view however long the question. */}
      <div class="sf-q-challenge-bar">
        <h4 tabIndex={-1} ref={headingRef} class="sf-q-number" id={`${uid}-title`}>
          {questionOfText(state.index + 1, questions.length)}
        </h4>
        {left !== undefined && !timedOut && (
          <div class={warning ? 'sf-q-timer sf-q-timer-warning' : 'sf-q-timer'}>
            <span class="sf-q-clock">
              {CHALLENGE_STRINGS.timeLeft} <span class="sf-q-clock-value">{formatClock(left)}</span>
            </span>
            {warning && <span class="sf-q-warning">{warningText(formatDuration(warning * 1000))}</span>}
            <button type="button" class="sf-q-button" onClick={() => act((s) => addTime(s, extraSeconds))}>
              {addTimeText(formatClock(extraSeconds * 1000))}
            </button>
          </div>
        )}
        {!state.countdown && <span class="sf-q-timer">{CHALLENGE_STRINGS.noTimeLimit}</span>}
      </div>
      <p class="sf-visually-hidden" role="status">
        {announcement}
      </p>
      <div class="sf-quiz-question" role="group" aria-labelledby={`${uid}-title`}>
        <QuestionHeader question={question} />
        <form
          class="sf-q-form"
          onSubmit={(event) => {
            event.preventDefault();
            if (timedOut) return;
            // Ask first, as practice does: an empty Submit (one stray Enter) must not end a run.
            if (needsAnswer(state)) {
              setAskedOn(state.index);
              announce(CHALLENGE_STRINGS.emptyAnswer);
              return;
            }
            act((s, t) => submit(s, questions, t));
          }}
        >
          <AnswerInput
            question={question}
            response={state.responses[state.index]!}
            onChange={(response) => {
              setAskedOn(undefined);
              onResponse(response);
            }}
            locked={timedOut}
            reveal={false}
            uid={uid}
            announce={announce}
          />
          {askedOn === state.index && !timedOut && <p class="sf-q-ask">{CHALLENGE_STRINGS.emptyAnswer}</p>}
          {timedOut ? (
            <div class="sf-q-actions" key="timeout">
              <p class="sf-q-timeout">{timeUpText(isAnswered(state.responses[state.index]!))}</p>
              <button type="button" class="sf-q-button sf-q-primary" ref={nextRef} onClick={() => act((s, t) => next(s, questions, t))}>
                {isLast ? CHALLENGE_STRINGS.finish : CHALLENGE_STRINGS.next}
              </button>
            </div>
          ) : (
            <div class="sf-q-actions" key="running">
              <button type="submit" class="sf-q-button sf-q-primary">
                {isLast ? CHALLENGE_STRINGS.submitAndFinish : CHALLENGE_STRINGS.submitAnswer}
              </button>
              <button type="button" class="sf-q-button" onClick={() => act((s, t) => skip(s, questions, t))}>
                {CHALLENGE_STRINGS.skip}
              </button>
            </div>
          )}
        </form>
      </div>
    </div>
  );
}
