import { useEffect, useRef, useState } from 'preact/hooks';
import { initialChallenge, setResponse, start, tick, type ChallengeState } from '../core/challenge';
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
 * Challenge mode: goal, rules and timer settings, then one question at a time, then score and review.
 * This component holds the run and wires its screens (ChallengeIntro, ChallengeRunning,
 * ChallengeResults) to the clock, the saved results, links to its questions and the one live region.
 * Each screen moves the keyboard to its own start when it appears (never to <body>).
 */
export default function ChallengeQuiz({ quizId, questions, badge }: Props) {
  const [state, setState] = useState<ChallengeState>(() => initialChallenge(questions, DEFAULT_TIMER_SETTINGS));
  const [announcement, setAnnouncement] = useState('');
  const [record, setRecord] = useState<ChallengeResult>();
  const { store, version } = useProgressStore();
  const stateRef = useRef(state);
  stateRef.current = state;
  // Set by a restart: the intro shown again takes the focus (it does not on arrival).
  const restarted = useRef(false);
  // The question a link (e.g. a search result) named by its anchor, previewed before the start.
  const [previewId, setPreviewId] = useState<string>();

  // Warnings and the timeout are announced once each through the one live region.
  const clock = useChallengeClock(state, (event, time) => {
    if (event.kind === 'warning') {
      setAnnouncement(warningText(formatDuration(event.seconds * 1000)));
    } else {
      setAnnouncement(timeUpText(event.answered));
      setState((s) => tick(s, questions, time));
    }
  });

  useEffect(() => setRecord(store && getChallengeResult(store, quizId)), [store, version]);

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
        returning={restarted.current}
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
        onRestart={() => {
          restarted.current = true;
          act((s) => initialChallenge(questions, s.settings));
        }}
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
    />
  );
}
