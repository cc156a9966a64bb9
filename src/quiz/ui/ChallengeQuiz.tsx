import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { initialChallenge, setResponse, start, tick, type ChallengeState, type ClockEvent } from '../core/challenge';
import { getChallengeResult, recordRun, type ChallengeResult } from '../core/challenge-results';
import { challengeQuestionFromHash } from '../core/quiz-id';
import { summarize } from '../core/scoring';
import { DEFAULT_TIMER_SETTINGS, formatDuration } from '../core/timer';
import type { RenderedQuestion } from '../core/types';
import { ChallengeIntro } from './ChallengeIntro';
import { ChallengeResults } from './ChallengeResults';
import { ChallengeRunning } from './ChallengeRunning';
import { timeUpText, warningText } from './challenge-strings';
import { useChallengeClock } from './useChallengeClock';
import { useProgressStore } from './useProgressStore';

interface Props {
  quizId: string;
  questions: RenderedQuestion[];
  /** Name of the badge a perfect run earns (from the content, or derived from the bank title). */
  badge: string;
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

/**
 * Challenge mode: goal, rules and timer settings, then one question at a time, then score and review.
 * This component holds the run and wires its screens (ChallengeIntro, ChallengeRunning,
 * ChallengeResults) to the clock, the saved results, the focus and the one live region.
 */
export default function ChallengeQuiz({ quizId, questions, badge }: Props) {
  const [state, setState] = useState<ChallengeState>(() => initialChallenge(questions, DEFAULT_TIMER_SETTINGS));
  const [announcement, setAnnouncement] = useState('');
  const [record, setRecord] = useState<ChallengeResult>();
  const { store, version } = useProgressStore();
  // One ref per focus target: a shared ref is nulled when the element that last held it unmounts.
  const goalRef = useRef<HTMLParagraphElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const nextRef = useRef<HTMLButtonElement>(null);
  const scoreRef = useRef<HTMLHeadingElement>(null);
  const bodyRef = useRef<HTMLDivElement>(null);
  const stateRef = useRef(state);
  stateRef.current = state;
  const mounted = useRef(false);
  // The question a link (e.g. a search result) named by its anchor, previewed before the start.
  const [previewId, setPreviewId] = useState<string>();

  // Warnings and the timeout are announced once each through the one live region.
  const clock = useChallengeClock(state, (event: ClockEvent, time: number) => {
    if (event.kind === 'warning') return setAnnouncement(warningText(formatDuration(event.seconds * 1000)));
    setAnnouncement(timeUpText(event.answered));
    setState((s) => tick(s, questions, time));
  });

  useEffect(() => setRecord(store && getChallengeResult(store, quizId)), [store, version]);

  // Keep the keyboard where the reader is: each new screen gets focus at its start (never <body>).
  // A layout effect, so focus moves with the new screen rather than a frame later.
  useLayoutEffect(() => {
    if (!mounted.current) {
      mounted.current = true;
      return;
    }
    const target = { intro: goalRef, running: headingRef, timeout: nextRef, results: scoreRef }[state.phase];
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

  // Save the finished run once.
  useEffect(() => {
    if (state.phase !== 'results' || !store) return;
    const summary = summarize(state.results);
    setRecord(recordRun(store, quizId, { correct: summary.correct, total: summary.total, timeMs: summary.totalTimeMs, at: Date.now() }));
  }, [state.phase]);

  const act = (transition: (s: ChallengeState, time: number) => ChallengeState) => {
    const time = clock.stamp();
    setAnnouncement('');
    setState((s) => transition(s, time));
  };

  if (state.phase === 'intro') {
    return (
      <ChallengeIntro
        quizId={quizId}
        questions={questions}
        badge={badge}
        record={record}
        notice={store?.notice}
        previewId={previewId}
        settings={state.settings}
        goalRef={goalRef}
        onStart={(settings) => {
          setPreviewId(undefined);
          act((s, t) => start(s, questions, settings, t));
        }}
      />
    );
  }

  if (state.phase === 'results') {
    return (
      <ChallengeResults
        questions={questions}
        state={state}
        badge={badge}
        notice={store?.notice}
        scoreRef={scoreRef}
        onRestart={() => act((s) => initialChallenge(questions, s.settings))}
      />
    );
  }

  return (
    <ChallengeRunning
      quizId={quizId}
      questions={questions}
      state={state}
      now={clock.now}
      announcement={announcement}
      announce={setAnnouncement}
      act={act}
      onResponse={(response) => setState((s) => setResponse(s, response))}
      headingRef={headingRef}
      nextRef={nextRef}
      bodyRef={bodyRef}
    />
  );
}
