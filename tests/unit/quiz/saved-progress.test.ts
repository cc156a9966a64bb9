import { describe, expect, it } from 'vitest';
import { migrateQuestionProgress, ProgressStore, questionKey, STORAGE_VERSION, type QuestionProgress } from '../../../src/quiz/core/progress-store';
import { answerFingerprint, progressFits, responseFits, restoreProgress } from '../../../src/quiz/core/saved-progress';
import type { QuizResponse, RenderedQuestion } from '../../../src/quiz/core/types';
import { FakeStorage } from './fake-storage';
import { fillQ, multipleQ, orderQ, outputQ, singleQ, trueFalseQ } from './fixtures';

const saved = (response: QuizResponse, fingerprint?: string): QuestionProgress => ({
  status: 'correct',
  attemptsUsed: 1,
  response,
  hintShown: false,
  updatedAt: 1,
  ...(fingerprint === undefined ? {} : { fingerprint }),
});

const renameChoice = (q: RenderedQuestion, from: string, to: string): RenderedQuestion =>
  'choices' in q
    ? ({ ...q, choices: q.choices.map((c) => (c.id === from ? { ...c, id: to } : c)), answer: Array.isArray(q.answer) ? q.answer.map((a) => (a === from ? to : a)) : q.answer === from ? to : q.answer } as RenderedQuestion)
    : q;

describe('answerFingerprint', () => {
  it('is a short, stable string, the same for equal questions built separately', () => {
    const fp = answerFingerprint(singleQ('s'));
    expect(fp).toMatch(/^[a-z0-9]+-[a-z0-9]+$/);
    expect(fp.length).toBeLessThanOrEqual(15);
    expect(answerFingerprint(singleQ('s'))).toBe(fp);
  });

  it('does not depend on the order choices are shown in (shuffled quizzes share progress)', () => {
    const q = singleQ('s');
    if (q.type !== 'single') throw new Error('fixture');
    const shuffled: RenderedQuestion = { ...q, choices: [...q.choices].reverse() };
    expect(answerFingerprint(shuffled)).toBe(answerFingerprint(q));
    const o = orderQ('o', ['one', 'two', 'three'], ['three', 'one', 'two']);
    expect(answerFingerprint(orderQ('o', ['one', 'two', 'three'], ['two', 'three', 'one']))).toBe(answerFingerprint(o));
  });

  it('ignores the prompt, hint and solution', () => {
    const q = singleQ('s');
    expect(answerFingerprint({ ...q, promptHtml: '<p>Reworded?</p>', hintHtml: 'new hint', solutionHtml: ['new'] })).toBe(answerFingerprint(q));
  });

  it('changes when a choice or step is renamed, reworded, added or removed, or the answer key changes', () => {
    const single = singleQ('s');
    if (single.type !== 'single') throw new Error('fixture');
    const variants: Array<[RenderedQuestion, RenderedQuestion]> = [
      [single, renameChoice(single, 'c', 'z')],
      [single, { ...single, choices: single.choices.map((c) => (c.id === 'c' ? { ...c, html: 'Other' } : c)) }],
      [single, singleQ('s', 'a')],
      [single, { ...single, type: 'multiple', answer: ['b'] } as RenderedQuestion],
      [multipleQ('m', ['a', 'c']), multipleQ('m', ['a', 'd'])],
      [outputQ('out', 'a'), outputQ('out', 'b')],
      [trueFalseQ('t', true), trueFalseQ('t', false)],
      [orderQ('o', ['one', 'two', 'three']), orderQ('o', ['one', 'two', 'four'], ['four', 'one', 'two'])],
      [orderQ('o', ['one', 'two', 'three']), orderQ('o', ['two', 'one', 'three'])],
      [fillQ('f', ['psi']), fillQ('f', ['psi', 'stability'])],
      [fillQ('f', ['psi']), fillQ('f', ['psi'], '^p')],
    ];
    for (const [before, after] of variants) expect(answerFingerprint(after), after.type).not.toBe(answerFingerprint(before));
  });

  it('lists of accepted answers in another order count as the same multiple-choice key', () => {
    expect(answerFingerprint(multipleQ('m', ['c', 'a']))).toBe(answerFingerprint(multipleQ('m', ['a', 'c'])));
  });
});

describe('responseFits', () => {
  it('accepts answers naming existing choices and steps', () => {
    expect(responseFits(singleQ('s'), { type: 'choice', choice: 'c' })).toBe(true);
    expect(responseFits(singleQ('s'), { type: 'choice', choice: null })).toBe(true);
    expect(responseFits(multipleQ('m'), { type: 'choices', choices: ['a', 'd'] })).toBe(true);
    expect(responseFits(trueFalseQ('t'), { type: 'boolean', value: false })).toBe(true);
    expect(responseFits(orderQ('o'), { type: 'order', order: ['two', 'three', 'one'] })).toBe(true);
    expect(responseFits(fillQ('f'), { type: 'text', text: 'anything' })).toBe(true);
  });

  it('rejects a renamed choice, an order with a changed step, and a response of another type', () => {
    expect(responseFits(singleQ('s'), { type: 'choice', choice: 'gone' })).toBe(false);
    expect(responseFits(multipleQ('m'), { type: 'choices', choices: ['a', 'gone'] })).toBe(false);
    expect(responseFits(multipleQ('m'), { type: 'choices', choices: ['a', 'a'] })).toBe(false);
    expect(responseFits(orderQ('o'), { type: 'order', order: ['one', 'two', 'old'] })).toBe(false);
    expect(responseFits(orderQ('o'), { type: 'order', order: ['one', 'two'] })).toBe(false);
    expect(responseFits(orderQ('o'), { type: 'order', order: ['one', 'two', 'three', 'four'] })).toBe(false);
    expect(responseFits(orderQ('o'), { type: 'order', order: ['one', 'one', 'two'] })).toBe(false);
    expect(responseFits(singleQ('s'), { type: 'choices', choices: ['a'] })).toBe(false);
    expect(responseFits(fillQ('f'), { type: 'boolean', value: true })).toBe(false);
  });
});

describe('progressFits', () => {
  const q = singleQ('s');

  it('matching fingerprint: kept', () => {
    expect(progressFits(q, saved({ type: 'choice', choice: 'b' }, answerFingerprint(q)))).toBe(true);
  });

  it('different fingerprint: dropped, even when the answer would still fit', () => {
    expect(progressFits(q, saved({ type: 'choice', choice: 'b' }, answerFingerprint(singleQ('s', 'a'))))).toBe(false);
  });

  it('legacy entry (no fingerprint): kept when its answer still fits, dropped when it does not', () => {
    expect(progressFits(q, saved({ type: 'choice', choice: 'b' }))).toBe(true);
    expect(progressFits(renameChoice(q, 'b', 'beta'), saved({ type: 'choice', choice: 'b' }))).toBe(false);
    expect(progressFits(orderQ('o'), saved({ type: 'order', order: ['three', 'one', 'two'] }))).toBe(true);
    expect(progressFits(orderQ('o', ['one', 'two', 'four'], ['four', 'one', 'two']), saved({ type: 'order', order: ['three', 'one', 'two'] }))).toBe(false);
  });
});

describe('restoreProgress', () => {
  const setup = (entries: Record<string, QuestionProgress>) => {
    const storage = new FakeStorage();
    for (const [id, data] of Object.entries(entries)) storage.data.set(questionKey(id), JSON.stringify({ v: STORAGE_VERSION, data }));
    return { storage, store: new ProgressStore(storage) };
  };

  it('returns fitting progress and leaves it in storage', () => {
    const q = singleQ('s');
    const entry = saved({ type: 'choice', choice: 'b' }, answerFingerprint(q));
    const { storage, store } = setup({ s: entry });
    // The store migrates what it reads (a locked entry's counted result, the practice round).
    expect(restoreProgress(store, q)).toEqual({ progress: migrateQuestionProgress(entry), outdated: false });
    expect(storage.data.has(questionKey('s'))).toBe(true);
  });

  it('reports nothing for a question never saved', () => {
    const { store } = setup({});
    expect(restoreProgress(store, singleQ('s'))).toEqual({ outdated: false });
  });

  it('drops only the entries that no longer fit, and keeps the others', () => {
    const renamed = renameChoice(singleQ('s'), 'b', 'beta');
    const changedOrder = orderQ('o', ['one', 'two', 'four'], ['four', 'one', 'two']);
    const kept = multipleQ('m');
    const { storage, store } = setup({
      s: saved({ type: 'choice', choice: 'b' }),
      o: saved({ type: 'order', order: ['one', 'two', 'three'] }),
      m: saved({ type: 'choices', choices: ['a'] }),
      f: saved({ type: 'text', text: 'psi' }, 'stale-print'),
    });
    expect(restoreProgress(store, renamed)).toEqual({ outdated: true });
    expect(restoreProgress(store, changedOrder)).toEqual({ outdated: true });
    expect(restoreProgress(store, fillQ('f'))).toEqual({ outdated: true });
    expect(restoreProgress(store, kept).progress?.response).toEqual({ type: 'choices', choices: ['a'] });
    expect([...storage.data.keys()]).toEqual([questionKey('m')]);
    // Dropping a misfit is not a storage problem: no "could not be read" notice.
    expect(store.notice).toBeUndefined();
    // Once dropped, the question starts fresh without repeating the notice.
    expect(new ProgressStore(storage).getQuestion('s')).toBeUndefined();
  });
});

describe('progress store and fingerprints', () => {
  it('round-trips the fingerprint and still reads entries saved without one', () => {
    const storage = new FakeStorage();
    const withFp = saved({ type: 'choice', choice: 'a' }, 'abc-def');
    new ProgressStore(storage).saveQuestion('a', withFp);
    storage.data.set(questionKey('legacy'), JSON.stringify({ v: STORAGE_VERSION, data: saved({ type: 'choice', choice: 'a' }) }));
    const reloaded = new ProgressStore(storage);
    expect(reloaded.getQuestion('a')).toEqual(migrateQuestionProgress(withFp));
    expect(reloaded.getQuestion('legacy')?.fingerprint).toBeUndefined();
    expect(reloaded.getQuestion('legacy')?.response).toEqual({ type: 'choice', choice: 'a' });
  });

  it('treats a fingerprint that is not a string as a damaged entry', () => {
    const storage = new FakeStorage();
    storage.data.set(questionKey('bad'), JSON.stringify({ v: STORAGE_VERSION, data: { ...saved({ type: 'choice', choice: 'a' }), fingerprint: 7 } }));
    expect(new ProgressStore(storage).getQuestion('bad')).toBeUndefined();
  });
});
