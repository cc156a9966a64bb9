// @vitest-environment jsdom
import { act, cleanup, renderHook } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { addTime, initialChallenge, setResponse, skip, start, tick, type ChallengeState, type ClockEvent } from '../../src/quiz/core/challenge';
import { DEFAULT_TIMER_SETTINGS } from '../../src/quiz/core/timer';
import { useChallengeClock } from '../../src/quiz/ui/useChallengeClock';
import { fill, single } from './questions';

// easy (2:00), then medium (2:30)
const questions = [single, fill];
const T0 = Date.UTC(2026, 0, 1);

/** The clock wired as the island wires it: a timeout ends the question. Records every event. */
function renderClock(initial: (now: number) => ChallengeState) {
  const events: ClockEvent[] = [];
  const hook = renderHook(() => {
    const [state, setState] = useState(() => initial(Date.now()));
    const clock = useChallengeClock(state, (event, time) => {
      events.push(event);
      if (event.kind === 'timeout') setState((s) => tick(s, questions, time));
    });
    return { state, setState, ...clock };
  });
  return { events, result: hook.result, unmount: hook.unmount };
}

const running = (now: number) => start(initialChallenge(questions, DEFAULT_TIMER_SETTINGS), questions, DEFAULT_TIMER_SETTINGS, now);
const run = (ms: number) =>
  act(() => {
    vi.advanceTimersByTime(ms);
  });

describe('useChallengeClock', () => {
  // A fake clock stands still between the steps of a test: nothing moves unless the test runs it.
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'setTimeout', 'clearTimeout', 'Date'], now: T0 });
  });
  afterEach(() => {
    cleanup();
    vi.useRealTimers();
  });

  it('follows the time while a timed question runs, and reports each warning and the timeout once', () => {
    const { events, result } = renderClock(running);
    expect(result.current.now).toBe(0);
    run(250);
    expect(result.current.now).toBe(T0 + 250);
    run(60_000 - 250);
    expect(events).toEqual([{ kind: 'warning', seconds: 60 }]);
    run(59_750);
    expect(events).toEqual([
      { kind: 'warning', seconds: 60 },
      { kind: 'warning', seconds: 30 },
      { kind: 'warning', seconds: 10 },
    ]);
    expect(result.current.state.phase).toBe('running');
    run(250);
    expect(events.slice(3)).toEqual([{ kind: 'timeout', answered: false }]);
    expect(result.current.state.phase).toBe('timeout');
    // Stopped: the clock says nothing more, and no timer is left behind.
    run(60_000);
    expect(events).toHaveLength(4);
    expect(result.current.now).toBe(T0 + 120_000);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('says whether an answer was entered when the time runs out', () => {
    const { events, result } = renderClock(running);
    act(() => result.current.setState((s) => setResponse(s, { type: 'choice', choice: 'b' })));
    run(120_000);
    expect(events.at(-1)).toEqual({ kind: 'timeout', answered: true });
  });

  it('counts added time: the warnings come again and the timeout later', () => {
    const { events, result } = renderClock(running);
    run(61_000);
    expect(events).toEqual([{ kind: 'warning', seconds: 60 }]);
    act(() => result.current.setState((s) => addTime(s, 120)));
    // 59 s were left, now 179 s: no timeout at the old limit, the 60 s warning again at 60 s left.
    run(119_000);
    expect(events).toEqual([
      { kind: 'warning', seconds: 60 },
      { kind: 'warning', seconds: 60 },
    ]);
    run(60_000);
    expect(events.at(-1)).toEqual({ kind: 'timeout', answered: false });
    expect(result.current.state.phase).toBe('timeout');
  });

  it('times the next question from its own start', () => {
    const { events, result } = renderClock(running);
    run(100_000);
    expect(events).toEqual([
      { kind: 'warning', seconds: 60 },
      { kind: 'warning', seconds: 30 },
    ]);
    act(() => result.current.setState((s) => skip(s, questions, Date.now())));
    expect(result.current.state.index).toBe(1);
    // The medium question has 150 s: its first warning 90 s after it started.
    run(89_750);
    expect(events).toHaveLength(2);
    run(250);
    expect(events.at(-1)).toEqual({ kind: 'warning', seconds: 60 });
    run(60_000);
    expect(events.at(-1)).toEqual({ kind: 'timeout', answered: false });
    expect(result.current.state).toMatchObject({ phase: 'timeout', index: 1 });
  });

  it('runs no timer before the start, without a time limit, after the last question or after unmounting', () => {
    const before = renderClock(() => initialChallenge(questions, DEFAULT_TIMER_SETTINGS));
    expect(vi.getTimerCount()).toBe(0);
    before.unmount();

    const untimed = renderClock((now) => start(initialChallenge(questions, { enabled: false, multiplier: 1 }), questions, { enabled: false, multiplier: 1 }, now));
    run(24 * 3_600_000);
    expect(untimed.events).toEqual([]);
    expect(untimed.result.current.now).toBe(0);
    expect(vi.getTimerCount()).toBe(0);
    untimed.unmount();

    const timed = renderClock(running);
    expect(vi.getTimerCount()).toBe(1);
    act(() => timed.result.current.setState((s) => skip(skip(s, questions, Date.now()), questions, Date.now())));
    expect(timed.result.current.state.phase).toBe('results');
    expect(vi.getTimerCount()).toBe(0);
    act(() => timed.result.current.setState((s) => start(s, questions, DEFAULT_TIMER_SETTINGS, Date.now())));
    expect(vi.getTimerCount()).toBe(1);
    timed.unmount();
    expect(vi.getTimerCount()).toBe(0);
  });

  it('stamp() takes a reading when the reader acts, so the clock shows that moment', () => {
    const { result } = renderClock(running);
    run(1_100);
    let stamped = 0;
    act(() => {
      stamped = result.current.stamp();
    });
    expect(stamped).toBe(T0 + 1_100);
    expect(result.current.now).toBe(T0 + 1_100);
  });
});
