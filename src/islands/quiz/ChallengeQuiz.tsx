import { useEffect, useRef, useState } from 'preact/hooks';
import { addTime, initialChallenge, next, setResponse, skip, start, submit, tick, type ChallengeState } from '../../quiz/challenge';
import { emptyResponse } from '../../quiz/grading';
import { summarize } from '../../quiz/scoring';
import {
  clampMultiplier,
  crossedThreshold,
  DEFAULT_LIMIT_SECONDS,
  DEFAULT_TIMER_SETTINGS,
  formatClock,
  formatDuration,
  limitSeconds,
  remainingMs,
  TIMER_MULTIPLIERS,
  type TimerSettings,
} from '../../quiz/timer';
import { getQuizRecord, recordRun, type QuizRecord } from '../../quiz/quiz-records';
import type { RenderedQuestion } from '../../quiz/types';
import { AnswerInput } from './AnswerInput';
import { describeAnswer, describeResponse } from './describe';
import { Html } from './Html';
import { QuestionHeader } from './QuestionHeader';
import { SolutionDetails, StaticStudySheet } from './Solution';
import { CHALLENGE_STRINGS } from './challenge-strings';
import { questionOfText, STRINGS } from './strings';
import { useProgressStore } from './useProgressStore';

interface Props {
  quizId: string;
  questions: RenderedQuestion[];
}

const TICK_MS = 250;
const OUTCOME_LABEL = { correct: 'Correct', incorrect: 'Incorrect', unanswered: 'Unanswered' } as const;

/** Challenge mode: rules and timer settings, then one question at a time, then score and review. */
export default function ChallengeQuiz({ quizId, questions }: Props) {
  const [settings, setSettings] = useState<TimerSettings>(DEFAULT_TIMER_SETTINGS);
  const [state, setState] = useState<ChallengeState>(() => initialChallenge(questions, DEFAULT_TIMER_SETTINGS));
  const [now, setNow] = useState(0);
  const [announcement, setAnnouncement] = useState('');
  const [record, setRecord] = useState<QuizRecord>();
  const { store, version } = useProgressStore();
  const focusTarget = useRef<HTMLElement>(null);

  useEffect(() => setRecord(store && getQuizRecord(store, quizId)), [store, version]);

  // The clock: ticks only while a timed question is running.
  useEffect(() => {
    if (state.phase !== 'running' || !state.countdown) return;
    const timer = window.setInterval(() => {
      const time = Date.now();
      setNow(time);
      setState((current) => {
        if (current.countdown) {
          const threshold = crossedThreshold(remainingMs(current.countdown, time - TICK_MS), remainingMs(current.countdown, time));
          if (threshold) setAnnouncement(`${formatDuration(threshold * 1000)} left.`);
        }
        return tick(current, questions, time);
      });
    }, TICK_MS);
    return () => window.clearInterval(timer);
  }, [state.phase, state.index, state.countdown?.startedAt]);

  // Keep the keyboard where the reader is: move focus to each new screen's heading.
  useEffect(() => {
    if (state.phase !== 'intro') focusTarget.current?.focus();
  }, [state.phase, state.index]);

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
        <li key={question.id} class="quiz-question">
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
    const minutes = (['easy', 'medium', 'hard'] as const).map((d) => `${formatClock(DEFAULT_LIMIT_SECONDS[d] * 1000)} ${d}`).join(', ');
    return (
      <div class="quiz-body">
        <div class="q-intro js-only">
          <p>
            {questions.length} questions, one at a time. Each has a time limit ({minutes}); you can turn it off, make it up to ten
            times longer, or add time while you answer. When time runs out the question counts as unanswered and your answer is
            kept. Answer every question correctly to earn the badge.
          </p>
          <fieldset class="q-timer-settings">
            <legend>Timer</legend>
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
                  {m === 1 ? 'Standard' : `${m} times longer`}
                </option>
              ))}
            </select>
          </fieldset>
          <button type="button" class="q-button q-primary" onClick={() => act((s, t) => start(s, questions, settings, t))}>
            {CHALLENGE_STRINGS.startChallenge}
          </button>
          {record && (
            <p class="q-record">
              Best so far: {record.best.correct} / {record.best.total} correct.{record.badgeAt ? ` ${CHALLENGE_STRINGS.badge}.` : ''}
            </p>
          )}
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
        <h3 tabIndex={-1} ref={focusTarget as never} class="q-results-title">
          Score: {summary.correct} / {summary.total} ({summary.percent}%)
        </h3>
        <p>
          Time taken: {formatDuration(summary.totalTimeMs)}. {summary.incorrect} incorrect, {summary.unanswered} unanswered.
        </p>
        {summary.perfect && (
          <p class="q-badge" role="status">
            <span aria-hidden="true">★ </span>
            {CHALLENGE_STRINGS.badge}
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
                  <strong>{OUTCOME_LABEL[outcome]}</strong>
                  {result?.timedOut ? ' (time ran out)' : ''}
                </p>
                <Html class="q-prompt" html={question.promptHtml} />
                <p>
                  Your answer: {given ? <Html as="span" html={given} /> : <em>none</em>}
                </p>
                <p>
                  Correct answer: <Html as="span" html={describeAnswer(question)} />
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
  const extraSeconds = limitSeconds(question.difficulty, { enabled: true, multiplier: 1 }) ?? 60;
  const uid = `${quizId}-${question.id}-c`;
  const isLast = state.index === questions.length - 1;

  return (
    <div class="quiz-body q-running">
      <div class="q-challenge-bar">
        <span tabIndex={-1} ref={focusTarget as never} class="q-number" id={`${uid}-title`}>
          {questionOfText(state.index + 1, questions.length)}
        </span>
        {left !== undefined && !timedOut && (
          <span class="q-timer">
            <span class="q-clock">
              Time left <span class="q-clock-value">{formatClock(left)}</span>
            </span>
            <button type="button" class="q-button" onClick={() => act((s) => addTime(s, extraSeconds))}>
              {CHALLENGE_STRINGS.addTime} (+{formatClock(extraSeconds * 1000)})
            </button>
          </span>
        )}
        {!state.countdown && <span class="q-timer">No time limit</span>}
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
            if (!timedOut) act((s, t) => submit(s, questions, t));
          }}
        >
          <AnswerInput
            question={question}
            response={state.responses[state.index]!}
            onChange={(response) => setState((s) => setResponse(s, response))}
            locked={timedOut}
            reveal={false}
            uid={uid}
            announce={setAnnouncement}
          />
          {timedOut ? (
            <div class="q-actions" key="timeout">
              <p class="q-timeout" role="status">
                {CHALLENGE_STRINGS.timeUp}
              </p>
              <button type="button" class="q-button q-primary" ref={focusTarget as never} onClick={() => act((s, t) => next(s, questions, t))}>
                {isLast ? CHALLENGE_STRINGS.finish : CHALLENGE_STRINGS.next}
              </button>
            </div>
          ) : (
            <div class="q-actions" key="running">
              <button type="submit" class="q-button q-primary">
                {isLast ? `${CHALLENGE_STRINGS.submitAnswer} and ${CHALLENGE_STRINGS.finish.toLowerCase()}` : CHALLENGE_STRINGS.submitAnswer}
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
