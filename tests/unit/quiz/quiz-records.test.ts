import { describe, expect, it } from 'vitest';
import { KEY_PREFIX, NOTICES, ProgressStore, STORAGE_VERSION, questionKey } from '../../../src/quiz/core/progress-store';
import { getChallengeResult, isChallengeResult, quizKey, recordRun, type QuizRun } from '../../../src/quiz/core/challenge-results';
import { FakeStorage } from './fake-storage';

const run = (correct: number, total: number, timeMs: number, at: number): QuizRun => ({ correct, total, timeMs, at });
const wrap = (data: unknown) => JSON.stringify({ v: STORAGE_VERSION, data });

describe('quizKey', () => {
  it('is namespaced and distinct from question keys', () => {
    expect(quizKey('quiz-drift')).toBe(`${KEY_PREFIX}quiz:quiz-drift`);
    expect(quizKey('x')).not.toBe(questionKey('x'));
  });
});

describe('recordRun', () => {
  it('records the first run as both last and best', () => {
    const store = new ProgressStore(new FakeStorage());
    const first = run(3, 5, 60_000, 100);
    const record = recordRun(store, 'quiz', first);
    expect(record).toEqual({ last: first, best: first, badgeAt: undefined });
    expect(getChallengeResult(store, 'quiz')).toEqual(record);
  });

  it('keeps the best run when a worse one follows, and always updates the last run', () => {
    const store = new ProgressStore(new FakeStorage());
    const good = run(4, 5, 60_000, 100);
    const worse = run(2, 5, 30_000, 200);
    recordRun(store, 'quiz', good);
    const record = recordRun(store, 'quiz', worse);
    expect(record.best).toEqual(good);
    expect(record.last).toEqual(worse);
    expect(getChallengeResult(store, 'quiz')).toEqual(record);
  });

  it('replaces the best run by one with more correct answers, even if slower', () => {
    const store = new ProgressStore(new FakeStorage());
    recordRun(store, 'quiz', run(2, 5, 10_000, 100));
    const better = run(3, 5, 90_000, 200);
    expect(recordRun(store, 'quiz', better).best).toEqual(better);
  });

  it('breaks a tie on correct answers by time, keeping the earlier run on an exact tie', () => {
    const store = new ProgressStore(new FakeStorage());
    const first = run(3, 5, 60_000, 100);
    recordRun(store, 'quiz', first);
    const slower = run(3, 5, 70_000, 200);
    expect(recordRun(store, 'quiz', slower).best).toEqual(first);
    const faster = run(3, 5, 50_000, 300);
    expect(recordRun(store, 'quiz', faster).best).toEqual(faster);
    const sameTime = run(3, 5, 50_000, 400);
    expect(recordRun(store, 'quiz', sameTime).best).toEqual(faster);
  });

  it('sets the badge time on the first perfect run and keeps it afterwards', () => {
    const store = new ProgressStore(new FakeStorage());
    expect(recordRun(store, 'quiz', run(4, 5, 60_000, 100)).badgeAt).toBeUndefined();
    expect(recordRun(store, 'quiz', run(5, 5, 60_000, 200)).badgeAt).toBe(200);
    expect(recordRun(store, 'quiz', run(5, 5, 40_000, 300)).badgeAt).toBe(200);
    const after = recordRun(store, 'quiz', run(1, 5, 40_000, 400));
    expect(after.badgeAt).toBe(200);
    expect(after.best).toEqual(run(5, 5, 40_000, 300));
    expect(after.last).toEqual(run(1, 5, 40_000, 400));
  });

  it('does not award a badge for an empty run', () => {
    const store = new ProgressStore(new FakeStorage());
    expect(recordRun(store, 'quiz', run(0, 0, 0, 100)).badgeAt).toBeUndefined();
  });

  it('persists runs across reloads and keeps quizzes apart', () => {
    const storage = new FakeStorage();
    recordRun(new ProgressStore(storage), 'a', run(5, 5, 1_000, 10));
    recordRun(new ProgressStore(storage), 'b', run(1, 5, 1_000, 20));
    const third = recordRun(new ProgressStore(storage), 'a', run(2, 5, 500, 30));
    expect(third).toEqual({ last: run(2, 5, 500, 30), best: run(5, 5, 1_000, 10), badgeAt: 10 });
    const reloaded = new ProgressStore(storage);
    expect(getChallengeResult(reloaded, 'a')).toEqual(third);
    expect(getChallengeResult(reloaded, 'b')).toEqual({ last: run(1, 5, 1_000, 20), best: run(1, 5, 1_000, 20) });
    expect(reloaded.notice).toBeUndefined();
  });

  it('starts afresh when the saved record was damaged', () => {
    const storage = new FakeStorage();
    storage.data.set(quizKey('a'), '{broken');
    const store = new ProgressStore(storage);
    const r = run(1, 5, 1_000, 10);
    expect(recordRun(store, 'a', r)).toEqual({ last: r, best: r, badgeAt: undefined });
    expect(store.notice).toBe(NOTICES.dropped);
    expect(getChallengeResult(new ProgressStore(storage), 'a')?.best).toEqual(r);
  });

  it('keeps working in memory when storage is full', () => {
    const storage = new FakeStorage();
    const store = new ProgressStore(storage);
    storage.failSet = true;
    const record = recordRun(store, 'quiz', run(2, 2, 1_000, 7));
    expect(record.badgeAt).toBe(7);
    expect(getChallengeResult(store, 'quiz')).toEqual(record);
    expect(storage.data.has(quizKey('quiz'))).toBe(false);
    expect(store.notice).toBe(NOTICES.full);
  });

  it('sees a run recorded in another tab after a refresh', () => {
    const shared = new Map<string, string>();
    const tabA = new ProgressStore(new FakeStorage(shared));
    const tabB = new ProgressStore(new FakeStorage(shared));
    recordRun(tabA, 'quiz', run(1, 3, 1_000, 1));
    recordRun(tabB, 'quiz', run(3, 3, 2_000, 2));
    expect(getChallengeResult(tabA, 'quiz')?.best.correct).toBe(1);
    tabA.refresh(quizKey('quiz'));
    expect(getChallengeResult(tabA, 'quiz')).toEqual({ last: run(3, 3, 2_000, 2), best: run(3, 3, 2_000, 2), badgeAt: 2 });
    // And builds on it: the badge time from the other tab is kept.
    expect(recordRun(tabA, 'quiz', run(3, 3, 1_000, 3)).badgeAt).toBe(2);
  });
});

describe('getChallengeResult', () => {
  it('is undefined for a quiz never run', () => {
    const store = new ProgressStore(new FakeStorage());
    expect(getChallengeResult(store, 'never')).toBeUndefined();
    expect(store.notice).toBeUndefined();
  });

  it('drops an inconsistent record (more correct than total) on its own', () => {
    const storage = new FakeStorage();
    storage.data.set(quizKey('bad'), wrap({ last: run(5, 3, 10, 1), best: run(1, 3, 10, 1) }));
    storage.data.set(quizKey('good'), wrap({ last: run(1, 3, 10, 1), best: run(1, 3, 10, 1) }));
    const store = new ProgressStore(storage);
    expect(getChallengeResult(store, 'bad')).toBeUndefined();
    expect(storage.data.has(quizKey('bad'))).toBe(false);
    expect(getChallengeResult(store, 'good')?.best.correct).toBe(1);
    expect(store.notice).toBe(NOTICES.dropped);
  });
});

describe('isChallengeResult', () => {
  const r = run(1, 2, 3, 4);

  it('accepts a record with or without a badge time', () => {
    expect(isChallengeResult({ last: r, best: r })).toBe(true);
    expect(isChallengeResult({ last: r, best: r, badgeAt: 9 })).toBe(true);
    expect(isChallengeResult({ last: run(0, 0, 0, 0), best: run(0, 0, 0, 0) })).toBe(true);
  });

  it('rejects malformed records', () => {
    expect(isChallengeResult({ last: r, best: r, badgeAt: 'yesterday' })).toBe(false);
    expect(isChallengeResult({ last: r, best: r, badgeAt: -1 })).toBe(false);
    expect(isChallengeResult({ last: r })).toBe(false);
    expect(isChallengeResult({ last: r, best: { ...r, timeMs: -1 } })).toBe(false);
    expect(isChallengeResult({ last: r, best: { ...r, at: 1.5 } })).toBe(false);
    expect(isChallengeResult({ last: { ...r, correct: 3 }, best: r })).toBe(false);
    expect(isChallengeResult({ last: { ...r, total: undefined }, best: r })).toBe(false);
    expect(isChallengeResult([r, r])).toBe(false);
    expect(isChallengeResult(null)).toBe(false);
  });
});
