import { useEffect, useRef, useState } from 'preact/hooks';
import { clockEvent, type ChallengeState, type ClockEvent } from '../core/challenge';

/** How often the clock reads the time: often enough for a smooth seconds display. */
const TICK_MS = 250;

/**
 * The challenge clock. It runs only while a timed question runs, reads the time every tick and
 * reports to `onEvent` when the time runs out or a warning threshold is crossed (what to do and
 * say is the caller's). `now` is the latest reading, for the clock on screen; `stamp()` takes a
 * reading when the reader acts, so a new question's clock starts from the moment it is shown.
 */
export function useChallengeClock(state: ChallengeState, onEvent: (event: ClockEvent, time: number) => void): { now: number; stamp: () => number } {
  const [now, setNow] = useState(0);
  // The interval outlives renders: it reads the current state and callback through a ref.
  const latest = useRef({ state, onEvent });
  latest.current = { state, onEvent };

  useEffect(() => {
    if (state.phase !== 'running' || !state.countdown) return;
    let previous = Date.now();
    const timer = window.setInterval(() => {
      const time = Date.now();
      setNow(time);
      const event = clockEvent(latest.current.state, previous, time);
      if (event) latest.current.onEvent(event, time);
      if (event?.kind !== 'timeout') previous = time;
    }, TICK_MS);
    return () => window.clearInterval(timer);
    // A new question (or a restart) gets a fresh interval; Add time keeps the running one.
  }, [state.phase, state.index, state.countdown?.startedAt]);

  const stamp = () => {
    const time = Date.now();
    setNow(time);
    return time;
  };
  return { now, stamp };
}
