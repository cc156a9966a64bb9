import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { addTime, initialChallenge, needsAnswer, next, setResponse, skip, start, submit, tick, type ChallengeState } from '../core/challenge';
import { emptyResponse, isAnswered } from '../core/grading';
import { summarize } from '../core/scoring';
import {
  clampMultiplier,
  crossedThreshold,
  DEFAULT_LIMIT_SECONDS,
  DEFAULT_TIMER_SETTINGS,
  formatClock,
  formatDuration,
  isExpired,
  limitSeconds,
  remainingMs,
  TIMER_MULTIPLIERS,
  warningThreshold,
  type TimerSettings,
} from '../core/timer';
import { getChallengeResult, recordRun, type ChallengeResult } from '../core/challenge-results';
import { challengeQuestionAnchor, challengeQuestionFromHash } from '../core/quiz-id';
import type { RenderedQuestion } from '../core/types';
import { AnswerInput } from './AnswerInput';
import { ChallengePreview } from './ChallengePreview';
import { describeAnswer, describeResponse } from './describe';
import { Html } from './Html';
import { QuestionHeader } from './QuestionHeader';
import { SolutionDetails, StaticStudySheet } from './Solution';
import {
  addTimeText,
  bestText,
  CHALLENGE_STRINGS,
  goalText,
  multiplierText,
  rulesText,
  scoreText,
  timeTakenText,
  timeUpText,
  warningText,
} from './challenge-strings';
import { questionOfText } from './strings';
import { useProgressStore } from './useProgressStore';

interface Props {
  quizId: string;
  questions: RenderedQuestion[];
  /** Name of the badge a perfect run earns (from the content, or derived from the bank title). */
  badge: string;
}

const TICK_MS = 250;

/** The badge name with its star; the star is decoration, the name is the text. */
function BadgeName({ name }: { name: string }) {
  return (
    <strong class="q-badge-name">
      <span aria-hidden="true">★ </span>
      {name}
    </strong>
  );
}

/** "Goal: answer all 5 questions correctly to earn the badge ★ Name." */
function Goal({ count, badge }: { count: number; badge: string }) {
  const [before, after] = goalText(count);
  return (
    <>
      {before}
      <BadgeName name={badge} />
      {after}
    </>
  );
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

/** Challenge mode: goal, rules and timer settings, then one question at a time, then score and review. */
export default function ChallengeQuiz({ quizId, questions, badge }: Props) {
  const [settings, setSettings] = useState<TimerSettings>(DEFAULT_TIMER_SETTINGS);
  const [state, setState] = useState<ChallengeState>(() => initialChallenge(questions, DEFAULT_TIMER_SETTINGS));
  const [now, setNow] = useState(0);
  const [announcement, setAnnouncement] = useState('');
  const [askedForAnswer, setAskedForAnswer] = useState(false);
  const [record, setRecord] = useState<ChallengeResult>();
  const { store, version } = useProgressStore();
  // One ref per focus target: a shared ref is nulled when the element that last held it unmounts.
  const introRef = useRef<HTMLParagraphElement>(null);
  const questionRef = useRef<HTMLHeadingElement>(null);
  const nextRef = useRef<HTMLButtonElement>(null);
  const resultsRef = useRef<HTMLHeadingElement>(null);
  const bodyRef = useRef<HTMLDivElement>(null);
  const stateRef = useRef(state);
  stateRef.current = state;
  const mounted = useRef(false);
  // The question a link (e.g. a search result) named by its anchor, previewed before the start.
  const [previewId, setPreviewId] = useState<string>();
  const previewRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => setRecord(store && getChallengeResult(store, quizId)), [store, version]);

  // The clock: ticks only while a timed question is running. Warnings and the timeout are
  // announced once each through the one live region.
  useEffect(() => {
    if (state.phase !== 'running' || !state.countdown) return;
    let previous = Date.now();
    const timer = window.setInterval(() => {
      const time = Date.now();
      const current = stateRef.current;
      setNow(time);
      if (current.phase !== 'running' || !current.countdown) return;
      if (isExpired(current.countdown, time)) {
        setAnnouncement(timeUpText(isAnswered(current.responses[current.index]!)));
        setState((s) => tick(s, questions, time));
        return;
      }
      const threshold = crossedThreshold(remainingMs(current.countdown, previous), remainingMs(current.countdown, time));
      if (threshold) setAnnouncement(warningText(formatDuration(threshold * 1000)));
      previous = time;
    }, TICK_MS);
    return () => window.clearInterval(timer);
  }, [state.phase, state.index, state.countdown?.startedAt]);

  // Keep the keyboard where the reader is: each new screen gets focus at its start (never <body>).
  // A layout effect, so focus moves with the new screen rather than a frame later.
  useLayoutEffect(() => {
    if (!mounted.current) {
      mounted.current = true;
      return;
    }
    setAskedForAnswer(false);
    const target = { intro: introRef, running: questionRef, timeout: nextRef, results: resultsRef }[state.phase];
    target.current?.focus();
    if (state.phase === 'running') revealTop(bodyRef.current);
  }, [state.phase, state.index]);

  // A hash naming one of this challenge's questions (on arrival, or later) opens its preview.
  useEffect(() => {
    const ids = questions.map((q) => q.id);
    const read = () => {
      const id = challengeQuestionFromHash(location.hash, quizId, ids);
      // Mid-run the reader is answering: a link does not interrupt the run.
      if (id && stateRef.current.phase === 'intro') setPreviewId(id);
    };
    read();
    window.addEventListener('hashchange', read);
    return () => window.removeEventListener('hashchange', read);
  }, []);

  // A new preview takes the focus on its heading, and its box scrolls to the top (below the header:
  // the page's scroll padding).
  useLayoutEffect(() => {
    const heading = previewRef.current;
    if (!previewId || !heading) return;
    heading.focus({ preventScroll: true });
    heading.parentElement?.scrollIntoView?.({ block: 'start' });
  }, [previewId]);

  // Save the finished run once.
  useEffect(() => {
    if (state.phase !== 'results' || !store) return;
    const summary = summarize(state.results);
    setRecord(recordRun(store, quizId, { correct: summary.correct, total: summary.total, timeMs: summary.totalTimeMs, at: Date.now() }));
  }, [state.phase]);

  const act = (transition: (s: ChallengeState, time: number) => ChallengeState) => {
    const time = Date.now();
    setNow(time);
    setAnnouncement('');
    setState((s) => transition(s, time));
  };

  const studySheet = (
    <ol class="q-study-sheet nojs-only">
      {questions.map((question, i) => (
        <li
          key={question.id}
          class="quiz-question"
          id={challengeQuestionAnchor(quizId, question.id)}
          data-question-id={question.id}
          data-difficulty={question.difficulty}
          data-question-type={question.type}
        >
          <QuestionHeader question={question} titleId={`${quizId}-${question.id}-sheet-title`} label={questionOfText(i + 1, questions.length)} />
          <AnswerInput
            question={question}
            response={emptyResponse(question)}
            onChange={() => {}}
            locked={false}
            reveal={false}
            uid={`${quizId}-${question.id}-sheet`}
            announce={() => {}}
          />
          <StaticStudySheet question={question} />
        </li>
      ))}
    </ol>
  );

  if (state.phase === 'intro') {
    const previewIndex = previewId === undefined ? -1 : questions.findIndex((q) => q.id === previewId);
    const limits = (['easy', 'medium', 'hard'] as const).map((d) => `${formatClock(DEFAULT_LIMIT_SECONDS[d] * 1000)} ${d}`).join(', ');
    return (
      <div class="quiz-body">
        <div class="q-intro js-only">
          {previewIndex >= 0 && (
            <ChallengePreview
              question={questions[previewIndex]!}
              number={previewIndex + 1}
              total={questions.length}
              titleId={`${quizId}-preview-title`}
              titleRef={previewRef}
            />
          )}
          {record?.badgeAt !== undefined ? (
            <p class="q-badge q-goal" tabIndex={-1} ref={introRef}>
              {CHALLENGE_STRINGS.badgeEarned} <BadgeName name={badge} />
            </p>
          ) : (
            <p class="q-goal" tabIndex={-1} ref={introRef}>
              <Goal count={questions.length} badge={badge} />
            </p>
          )}
          <p>{rulesText(questions.length, limits)}</p>
          <fieldset class="q-timer-settings">
            <legend>{CHALLENGE_STRINGS.timer}</legend>
            <div class="q-choice">
              <input
                type="checkbox"
                id={`${quizId}-timer-on`}
                checked={settings.enabled}
                onChange={(e) => setSettings({ ...settings, enabled: (e.currentTarget as HTMLInputElement).checked })}
              />
              <label for={`${quizId}-timer-on`}>{CHALLENGE_STRINGS.useTimer}</label>
            </div>
            <label for={`${quizId}-timer-x`}>{CHALLENGE_STRINGS.timeAllowed}</label>{' '}
            <select
              id={`${quizId}-timer-x`}
              value={String(settings.multiplier)}
              disabled={!settings.enabled}
              onChange={(e) => setSettings({ ...settings, multiplier: clampMultiplier(Number((e.currentTarget as HTMLSelectElement).value)) })}
            >
              {TIMER_MULTIPLIERS.map((m) => (
                <option key={m} value={String(m)}>
                  {m === 1 ? CHALLENGE_STRINGS.standardTime : multiplierText(m)}
                </option>
              ))}
            </select>
          </fieldset>
          <button
            type="button"
            class="q-button q-primary"
            onClick={() => {
              setPreviewId(undefined);
              act((s, t) => start(s, questions, settings, t));
            }}
          >
            {CHALLENGE_STRINGS.startChallenge}
          </button>
          {record && <p class="q-record">{bestText(record.best.correct, record.best.total)}</p>}
          {store?.notice && <p class="quiz-notice">{store.notice}</p>}
        </div>
        {studySheet}
      </div>
    );
  }

  if (state.phase === 'results') {
    const summary = summarize(state.results);
    return (
      <div class="quiz-body q-results">
        <h4 tabIndex={-1} ref={resultsRef} class="q-results-title">
          {scoreText(summary.correct, summary.total, summary.percent)}
        </h4>
        <p>{timeTakenText(formatDuration(summary.totalTimeMs), summary.incorrect, summary.unanswered)}</p>
        {summary.perfect ? (
          <p class="q-badge">
            {CHALLENGE_STRINGS.badgeEarned} <BadgeName name={badge} />
          </p>
        ) : (
          <p class="q-goal">
            <Goal count={questions.length} badge={badge} />
          </p>
        )}
        {store?.notice && <p class="quiz-notice">{store.notice}</p>}
        <ol class="q-review">
          {questions.map((question, i) => {
            const result = state.results[i];
            const outcome = result?.outcome ?? 'unanswered';
            const given = describeResponse(question, state.responses[i]!);
            return (
              <li key={question.id} class={`q-review-item q-${outcome}`}>
                <p class="q-review-outcome">
                  <strong>{CHALLENGE_STRINGS.outcome[outcome]}</strong>
                  {result?.timedOut ? CHALLENGE_STRINGS.timeRanOut : ''}
                </p>
                <Html class="q-prompt" html={question.promptHtml} />
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
        <button type="button" class="q-button" onClick={() => act((s) => initialChallenge(questions, s.settings))}>
          {CHALLENGE_STRINGS.restart}
        </button>
      </div>
    );
  }

  const question = questions[state.index]!;
  const timedOut = state.phase === 'timeout';
  const left = state.countdown ? remainingMs(state.countdown, now || state.questionStartedAt) : undefined;
  const warning = left !== undefined && !timedOut ? warningThreshold(left) : undefined;
  const extraSeconds = limitSeconds(question.difficulty, { enabled: true, multiplier: 1 }) ?? 60;
  const uid = `${quizId}-${question.id}-c`;
  const isLast = state.index === questions.length - 1;

  return (
    <div class="quiz-body q-running" ref={bodyRef}>
      {/* Sticky within the quiz: the clock and Add time stay in view however long the question. */}
      <div class="q-challenge-bar">
        <h4 tabIndex={-1} ref={questionRef} class="q-number" id={`${uid}-title`}>
          {questionOfText(state.index + 1, questions.length)}
        </h4>
        {left !== undefined && !timedOut && (
          <div class={warning ? 'q-timer q-timer-warning' : 'q-timer'}>
            <span class="q-clock">
              {CHALLENGE_STRINGS.timeLeft} <span class="q-clock-value">{formatClock(left)}</span>
            </span>
            {warning && <span class="q-warning">{warningText(formatDuration(warning * 1000))}</span>}
            <button type="button" class="q-button" onClick={() => act((s) => addTime(s, extraSeconds))}>
              {addTimeText(formatClock(extraSeconds * 1000))}
            </button>
          </div>
        )}
        {!state.countdown && <span class="q-timer">{CHALLENGE_STRINGS.noTimeLimit}</span>}
      </div>
      <p class="visually-hidden" role="status">
        {announcement}
      </p>
      <div class="quiz-question" role="group" aria-labelledby={`${uid}-title`}>
        <QuestionHeader question={question} />
        <form
          class="q-form"
          onSubmit={(event) => {
            event.preventDefault();
            if (timedOut) return;
            // Ask first, as practice does: an empty Submit (one stray Enter) must not end a run.
            if (needsAnswer(state)) {
              setAskedForAnswer(true);
              setAnnouncement(CHALLENGE_STRINGS.emptyAnswer);
              return;
            }
            act((s, t) => submit(s, questions, t));
          }}
        >
          <AnswerInput
            question={question}
            response={state.responses[state.index]!}
            onChange={(response) => {
              setAskedForAnswer(false);
              setState((s) => setResponse(s, response));
            }}
            locked={timedOut}
            reveal={false}
            uid={uid}
            announce={setAnnouncement}
          />
          {askedForAnswer && !timedOut && <p class="q-ask">{CHALLENGE_STRINGS.emptyAnswer}</p>}
          {timedOut ? (
            <div class="q-actions" key="timeout">
              <p class="q-timeout">{timeUpText(isAnswered(state.responses[state.index]!))}</p>
              <button type="button" class="q-button q-primary" ref={nextRef} onClick={() => act((s, t) => next(s, questions, t))}>
                {isLast ? CHALLENGE_STRINGS.finish : CHALLENGE_STRINGS.next}
              </button>
            </div>
          ) : (
            <div class="q-actions" key="running">
              <button type="submit" class="q-button q-primary">
                {isLast ? CHALLENGE_STRINGS.submitAndFinish : CHALLENGE_STRINGS.submitAnswer}
              </button>
              <button type="button" class="q-button" onClick={() => act((s, t) => skip(s, questions, t))}>
                {CHALLENGE_STRINGS.skip}
              </button>
            </div>
          )}
        </form>
      </div>
    </div>
  );
}
