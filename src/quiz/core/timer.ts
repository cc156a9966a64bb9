/**
 * Challenge-mode countdown, as pure data. WCAG 2.2.1 (Timing Adjustable): the reader can turn the
 * limit off, pick one up to ten times longer before starting, and extend it while it runs.
 */
import { challenge } from 'virtual:studyforge/strings';
import type { QuestionDifficulty } from './types';

/** Default seconds per question by difficulty. */
export const DEFAULT_LIMIT_SECONDS: Record<QuestionDifficulty, number> = { easy: 120, medium: 150, hard: 180 };
export const MAX_MULTIPLIER = 10;
export const TIMER_MULTIPLIERS = [1, 2, 3, 5, 10] as const;
/** Remaining seconds at which the countdown warns: announced once to screen readers (never every
 * second) and shown next to the clock until the next one. */
export const ANNOUNCE_AT_SECONDS = [60, 30, 10] as const;

export interface TimerSettings {
  enabled: boolean;
  /** 1 = the default limit; up to MAX_MULTIPLIER. */
  multiplier: number;
}

export const DEFAULT_TIMER_SETTINGS: TimerSettings = { enabled: true, multiplier: 1 };

export function clampMultiplier(value: number): number {
  if (!Number.isFinite(value)) return 1;
  return Math.min(MAX_MULTIPLIER, Math.max(1, value));
}

/** Seconds allowed for a question, or null when the timer is off. */
export function limitSeconds(difficulty: QuestionDifficulty, settings: TimerSettings): number | null {
  if (!settings.enabled) return null;
  return DEFAULT_LIMIT_SECONDS[difficulty] * clampMultiplier(settings.multiplier);
}

export interface Countdown {
  /** Total allowed, including extensions. */
  limitMs: number;
  startedAt: number;
}

export function startCountdown(limitSecondsValue: number, now: number): Countdown {
  return { limitMs: limitSecondsValue * 1000, startedAt: now };
}

export function remainingMs(countdown: Countdown, now: number): number {
  return Math.max(0, countdown.startedAt + countdown.limitMs - now);
}

export function isExpired(countdown: Countdown, now: number): boolean {
  return remainingMs(countdown, now) === 0;
}

/** Seconds one "Add time" gives: the question's standard limit, whatever multiplier was chosen. */
export function addTimeSeconds(difficulty: QuestionDifficulty): number {
  return DEFAULT_LIMIT_SECONDS[difficulty];
}

/** Adds time to a running countdown (the "Extend" button). */
export function extend(countdown: Countdown, seconds: number): Countdown {
  return { ...countdown, limitMs: countdown.limitMs + seconds * 1000 };
}

/** The threshold crossed between two readings, if any, so it is announced once. */
export function crossedThreshold(previousMs: number, currentMs: number): number | undefined {
  const before = Math.ceil(previousMs / 1000);
  const after = Math.ceil(currentMs / 1000);
  // If a slow tick crossed several thresholds, announce the latest one (the least time left).
  return [...ANNOUNCE_AT_SECONDS].reverse().find((t) => before > t && after <= t);
}

/** The warning in force with this much time left: the smallest threshold not yet above it, if any. */
export function warningThreshold(remaining: number): number | undefined {
  const seconds = Math.ceil(remaining / 1000);
  return [...ANNOUNCE_AT_SECONDS].reverse().find((t) => seconds <= t);
}

/** "2:05" */
export function formatClock(ms: number): string {
  const total = Math.ceil(ms / 1000);
  const minutes = Math.floor(total / 60);
  const seconds = total % 60;
  return `${minutes}:${String(seconds).padStart(2, '0')}`;
}

/** "2 minutes 5 seconds", for screen readers, in the site's language (`challenge.duration`). */
export function formatDuration(ms: number): string {
  const total = Math.round(ms / 1000);
  return challenge.duration(Math.floor(total / 60), total % 60);
}
