import { describe, expect, it } from 'vitest';
import {
  addTimeSeconds,
  ANNOUNCE_AT_SECONDS,
  clampMultiplier,
  crossedThreshold,
  DEFAULT_LIMIT_SECONDS,
  DEFAULT_TIMER_SETTINGS,
  extend,
  formatClock,
  formatDuration,
  isExpired,
  limitSeconds,
  MAX_MULTIPLIER,
  remainingMs,
  startCountdown,
  TIMER_MULTIPLIERS,
  warningThreshold,
} from '../../../src/quiz/core/timer';

describe('limitSeconds', () => {
  it('uses the default limit for each difficulty', () => {
    expect(limitSeconds('easy', DEFAULT_TIMER_SETTINGS)).toBe(120);
    expect(limitSeconds('medium', DEFAULT_TIMER_SETTINGS)).toBe(150);
    expect(limitSeconds('hard', DEFAULT_TIMER_SETTINGS)).toBe(180);
    // The multiplier scales each difficulty's default limit.
    for (const difficulty of ['easy', 'medium', 'hard'] as const) {
      expect(limitSeconds(difficulty, { enabled: true, multiplier: 3 })).toBe(3 * DEFAULT_LIMIT_SECONDS[difficulty]);
    }
  });

  it('multiplies the limit', () => {
    expect(limitSeconds('easy', { enabled: true, multiplier: 2 })).toBe(240);
    expect(limitSeconds('hard', { enabled: true, multiplier: 10 })).toBe(1800);
  });

  it('clamps the multiplier to 1..10', () => {
    expect(limitSeconds('easy', { enabled: true, multiplier: 50 })).toBe(1200);
    expect(limitSeconds('easy', { enabled: true, multiplier: 0.5 })).toBe(120);
    expect(limitSeconds('easy', { enabled: true, multiplier: -3 })).toBe(120);
  });

  it('is null when the timer is off, whatever the multiplier', () => {
    expect(limitSeconds('easy', { enabled: false, multiplier: 1 })).toBeNull();
    expect(limitSeconds('hard', { enabled: false, multiplier: 10 })).toBeNull();
  });

  it('offers multipliers from 1 up to the maximum', () => {
    expect(TIMER_MULTIPLIERS[0]).toBe(1);
    expect(Math.max(...TIMER_MULTIPLIERS)).toBe(MAX_MULTIPLIER);
    expect(clampMultiplier(MAX_MULTIPLIER + 1)).toBe(MAX_MULTIPLIER);
    // By default the timer is on at the plain limit.
    expect(limitSeconds('medium', DEFAULT_TIMER_SETTINGS)).toBe(DEFAULT_LIMIT_SECONDS.medium);
  });
});

describe('clampMultiplier', () => {
  it('keeps values inside 1..10', () => {
    expect(clampMultiplier(1)).toBe(1);
    expect(clampMultiplier(3)).toBe(3);
    expect(clampMultiplier(2.5)).toBe(2.5);
    expect(clampMultiplier(10)).toBe(10);
  });

  it('clamps values outside 1..10', () => {
    expect(clampMultiplier(0)).toBe(1);
    expect(clampMultiplier(-1)).toBe(1);
    expect(clampMultiplier(11)).toBe(10);
    expect(clampMultiplier(1e9)).toBe(10);
  });

  it('falls back to 1 for non-finite values', () => {
    expect(clampMultiplier(Number.NaN)).toBe(1);
    expect(clampMultiplier(Number.POSITIVE_INFINITY)).toBe(1);
    expect(clampMultiplier(Number.NEGATIVE_INFINITY)).toBe(1);
  });
});

describe('countdown', () => {
  const t0 = 1_000_000;

  it('starts with the whole limit remaining', () => {
    const c = startCountdown(120, t0);
    expect(c).toEqual({ limitMs: 120_000, startedAt: t0 });
    expect(remainingMs(c, t0)).toBe(120_000);
    expect(isExpired(c, t0)).toBe(false);
  });

  it('counts down as time passes', () => {
    const c = startCountdown(120, t0);
    expect(remainingMs(c, t0 + 30_000)).toBe(90_000);
    expect(remainingMs(c, t0 + 119_999)).toBe(1);
    expect(isExpired(c, t0 + 119_999)).toBe(false);
  });

  it('expires exactly at the limit and stays at zero after it', () => {
    const c = startCountdown(120, t0);
    expect(remainingMs(c, t0 + 120_000)).toBe(0);
    expect(isExpired(c, t0 + 120_000)).toBe(true);
    expect(remainingMs(c, t0 + 500_000)).toBe(0);
    expect(isExpired(c, t0 + 500_000)).toBe(true);
  });

  it('extend adds time without restarting the clock', () => {
    const c = startCountdown(120, t0);
    const longer = extend(c, 60);
    expect(longer).toEqual({ limitMs: 180_000, startedAt: t0 });
    expect(remainingMs(longer, t0 + 150_000)).toBe(30_000);
    expect(isExpired(longer, t0 + 150_000)).toBe(false);
    expect(isExpired(c, t0 + 150_000)).toBe(true);
  });

  it('extend can revive an expired countdown and does not mutate the original', () => {
    const c = startCountdown(10, t0);
    expect(isExpired(c, t0 + 15_000)).toBe(true);
    const revived = extend(c, 30);
    expect(isExpired(revived, t0 + 15_000)).toBe(false);
    expect(remainingMs(revived, t0 + 15_000)).toBe(25_000);
    expect(c.limitMs).toBe(10_000);
  });

  it('extensions add up', () => {
    const c = extend(extend(startCountdown(60, t0), 30), 30);
    expect(c.limitMs).toBe(120_000);
  });
});

describe('crossedThreshold', () => {
  it('announces at 60, 30 and 10 seconds', () => {
    // Over a whole countdown, second by second, exactly these three are announced, in order.
    const announced = Array.from({ length: 180 }, (_, i) => crossedThreshold((180 - i) * 1000, (179 - i) * 1000)).filter((s) => s !== undefined);
    expect(announced).toEqual([60, 30, 10]);
    expect(announced).toEqual([...ANNOUNCE_AT_SECONDS]);
    expect(crossedThreshold(61_000, 60_000)).toBe(60);
    expect(crossedThreshold(31_000, 30_000)).toBe(30);
    expect(crossedThreshold(11_000, 10_000)).toBe(10);
  });

  it('fires when a reading lands part-way into the threshold second', () => {
    // 60.4 s shows as 61 on the clock, 59.6 s as 60: the 60 s mark was crossed.
    expect(crossedThreshold(60_400, 59_600)).toBe(60);
  });

  it('does not fire on ordinary seconds', () => {
    expect(crossedThreshold(120_000, 119_000)).toBeUndefined();
    expect(crossedThreshold(45_000, 44_000)).toBeUndefined();
    expect(crossedThreshold(5_000, 4_000)).toBeUndefined();
    expect(crossedThreshold(1_000, 0)).toBeUndefined();
  });

  it('does not fire again on the seconds after a threshold', () => {
    expect(crossedThreshold(60_000, 59_000)).toBeUndefined();
    expect(crossedThreshold(30_000, 29_000)).toBeUndefined();
    expect(crossedThreshold(10_000, 9_000)).toBeUndefined();
  });

  it('does not fire for readings within the same second', () => {
    expect(crossedThreshold(60_900, 60_100)).toBeUndefined();
    expect(crossedThreshold(59_900, 59_100)).toBeUndefined();
  });

  it('fires each threshold exactly once over a whole countdown ticking every second', () => {
    const fired: number[] = [];
    let previous = 150_000;
    for (let ms = 149_000; ms >= 0; ms -= 1_000) {
      const t = crossedThreshold(previous, ms);
      if (t !== undefined) fired.push(t);
      previous = ms;
    }
    expect(fired).toEqual([60, 30, 10]);
  });

  it('fires each threshold exactly once with irregular, sub-second ticks', () => {
    const fired: number[] = [];
    let previous = 75_000;
    for (let ms = 75_000 - 250; ms >= 0; ms -= 250 + (ms % 3) * 100) {
      const t = crossedThreshold(previous, ms);
      if (t !== undefined) fired.push(t);
      previous = ms;
    }
    expect(fired).toEqual([60, 30, 10]);
  });

  it('does not fire when time goes up (after an extension)', () => {
    expect(crossedThreshold(10_000, 70_000)).toBeUndefined();
  });
});

describe('warningThreshold', () => {
  it('shows no warning while more than a minute is left', () => {
    expect(warningThreshold(150_000)).toBeUndefined();
    expect(warningThreshold(60_001)).toBeUndefined();
  });

  it('shows the last threshold crossed until the next one', () => {
    expect(warningThreshold(60_000)).toBe(60);
    expect(warningThreshold(30_001)).toBe(60);
    expect(warningThreshold(30_000)).toBe(30);
    expect(warningThreshold(29_000)).toBe(30);
    expect(warningThreshold(10_000)).toBe(10);
    expect(warningThreshold(0)).toBe(10);
  });

  it('agrees with the announcements: the warning shown is the one last announced', () => {
    let previous = 150_000;
    let announced: number | undefined;
    for (let ms = 149_750; ms >= 0; ms -= 250) {
      announced = crossedThreshold(previous, ms) ?? announced;
      expect(warningThreshold(ms), `${ms} ms left`).toBe(announced);
      previous = ms;
    }
  });

  it('clears once time is added', () => {
    expect(warningThreshold(29_000 + 120_000)).toBeUndefined();
  });
});

describe('formatClock', () => {
  it('shows minutes and zero-padded seconds', () => {
    expect(formatClock(125_000)).toBe('2:05');
    expect(formatClock(120_000)).toBe('2:00');
    expect(formatClock(59_000)).toBe('0:59');
    expect(formatClock(600_000)).toBe('10:00');
    expect(formatClock(0)).toBe('0:00');
  });

  it('rounds partial seconds up, so 0:00 means time is really up', () => {
    expect(formatClock(1)).toBe('0:01');
    expect(formatClock(59_001)).toBe('1:00');
    expect(formatClock(124_100)).toBe('2:05');
  });
});

describe('formatDuration', () => {
  it('spells out minutes and seconds', () => {
    expect(formatDuration(125_000)).toBe('2 minutes 5 seconds');
    expect(formatDuration(61_000)).toBe('1 minute 1 second');
  });

  it('leaves out zero seconds when there are minutes', () => {
    expect(formatDuration(60_000)).toBe('1 minute');
    expect(formatDuration(180_000)).toBe('3 minutes');
  });

  it('leaves out zero minutes', () => {
    expect(formatDuration(45_000)).toBe('45 seconds');
    expect(formatDuration(1_000)).toBe('1 second');
  });

  it('says "0 seconds" for nothing', () => {
    expect(formatDuration(0)).toBe('0 seconds');
  });

  it('rounds to the nearest second', () => {
    expect(formatDuration(1_499)).toBe('1 second');
    expect(formatDuration(1_500)).toBe('2 seconds');
    expect(formatDuration(59_600)).toBe('1 minute');
  });
});

describe('addTimeSeconds', () => {
  it('adds one standard limit for the difficulty, whatever multiplier was chosen', () => {
    expect(addTimeSeconds('easy')).toBe(120);
    expect(addTimeSeconds('medium')).toBe(150);
    expect(addTimeSeconds('hard')).toBe(180);
  });
});
