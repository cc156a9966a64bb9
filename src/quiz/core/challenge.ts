/**
 * Challenge-mode flow as pure transitions: intro -> one question at a time under an adjustable
 * countdown -> results. A timeout marks the question unanswered but keeps what the reader entered.
 */
import { emptyResponse, isAnswered, isCorrect } from './grading';
import type { QuestionResult } from './scoring';
import { crossedThreshold, extend, isExpired, limitSeconds, remainingMs, startCountdown, warningThreshold, type Countdown, type TimerSettings } from './timer';
import type { QuizResponse, RenderedQuestion } from './types';

export type ChallengePhase = 'intro' | 'running' | 'timeout' | 'results';

export interface ChallengeState {
  phase: ChallengePhase;
  index: number;
  settings: TimerSettings;
  responses: QuizResponse[];
  results: QuestionResult[];
  /** Absent when the timer is off. */
  countdown?: Countdown;
  questionStartedAt: number;
}

export function initialChallenge(questions: RenderedQuestion[], settings: TimerSettings): ChallengeState {
  return { phase: 'intro', index: 0, settings, responses: questions.map(emptyResponse), results: [], questionStartedAt: 0 };
}

function beginQuestion(state: ChallengeState, questions: RenderedQuestion[], index: number, now: number): ChallengeState {
  const question = questions[index];
  if (!question) return { ...state, phase: 'results', countdown: undefined };
  const limit = limitSeconds(question.difficulty, state.settings);
  return {
    ...state,
    phase: 'running',
    index,
    questionStartedAt: now,
    countdown: limit === null ? undefined : startCountdown(limit, now),
  };
}

export function start(state: ChallengeState, questions: RenderedQuestion[], settings: TimerSettings, now: number): ChallengeState {
  const fresh = initialChallenge(questions, settings);
  return beginQuestion(fresh, questions, 0, now);
}

export function setResponse(state: ChallengeState, response: QuizResponse): ChallengeState {
  if (state.phase !== 'running') return state;
  return { ...state, responses: state.responses.map((r, i) => (i === state.index ? response : r)) };
}

function record(state: ChallengeState, questions: RenderedQuestion[], now: number, timedOut: boolean, skipped = false): QuestionResult {
  const question = questions[state.index]!;
  const response = state.responses[state.index]!;
  const outcome = timedOut || skipped || !isAnswered(response) ? 'unanswered' : isCorrect(question, response) ? 'correct' : 'incorrect';
  return { id: question.id, outcome, timeMs: Math.max(0, now - state.questionStartedAt), timedOut };
}

/** True when Submit would have nothing to grade: the reader is asked first (Skip moves on unanswered). */
export function needsAnswer(state: ChallengeState): boolean {
  return state.phase === 'running' && !isAnswered(state.responses[state.index]!);
}

/**
 * Grades the current answer and moves on (to results after the last question). An empty answer is
 * refused rather than counted as unanswered, so one stray Enter cannot cost a perfect run.
 */
export function submit(state: ChallengeState, questions: RenderedQuestion[], now: number): ChallengeState {
  if (state.phase !== 'running' || needsAnswer(state)) return state;
  const results = [...state.results, record(state, questions, now, false)];
  return beginQuestion({ ...state, results }, questions, state.index + 1, now);
}

export function skip(state: ChallengeState, questions: RenderedQuestion[], now: number): ChallengeState {
  if (state.phase !== 'running') return state;
  const results = [...state.results, record(state, questions, now, false, true)];
  return beginQuestion({ ...state, results }, questions, state.index + 1, now);
}

/** Called on every clock tick: when time runs out, the question is recorded as unanswered. */
export function tick(state: ChallengeState, questions: RenderedQuestion[], now: number): ChallengeState {
  if (state.phase !== 'running' || !state.countdown || !isExpired(state.countdown, now)) return state;
  const results = [...state.results, record(state, questions, now, true)];
  return { ...state, phase: 'timeout', results };
}

export function next(state: ChallengeState, questions: RenderedQuestion[], now: number): ChallengeState {
  if (state.phase !== 'timeout') return state;
  return beginQuestion(state, questions, state.index + 1, now);
}

/** "Add time" while a question runs. */
export function addTime(state: ChallengeState, seconds: number): ChallengeState {
  if (state.phase !== 'running' || !state.countdown) return state;
  return { ...state, countdown: extend(state.countdown, seconds) };
}

/** True on the last question: its buttons say they lead to the results. */
export function onLastQuestion(state: ChallengeState, questions: readonly RenderedQuestion[]): boolean {
  return state.index === questions.length - 1;
}

/** What a clock tick has to report: the time ran out, or a warning threshold was crossed. */
export type ClockEvent = { kind: 'timeout'; answered: boolean } | { kind: 'warning'; seconds: number };

/**
 * The event, if any, between the clock's previous reading and this one, while a timed question
 * runs. The timeout says whether an answer was entered (it is kept for the review).
 */
export function clockEvent(state: ChallengeState, previous: number, now: number): ClockEvent | undefined {
  if (state.phase !== 'running' || !state.countdown) return undefined;
  if (isExpired(state.countdown, now)) return { kind: 'timeout', answered: isAnswered(state.responses[state.index]!) };
  const seconds = crossedThreshold(remainingMs(state.countdown, previous), remainingMs(state.countdown, now));
  return seconds === undefined ? undefined : { kind: 'warning', seconds };
}

/**
 * The clock as the question shows it: time left (none when the timer is off) and the warning in
 * force (none once time is up). `now` is 0 until the clock's first reading: the question's start.
 */
export function clockReading(state: ChallengeState, now: number): { left?: number; warning?: number } {
  if (!state.countdown) return {};
  const left = remainingMs(state.countdown, now || state.questionStartedAt);
  return { left, warning: state.phase === 'timeout' ? undefined : warningThreshold(left) };
}
