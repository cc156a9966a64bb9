import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  isProgressKey,
  isQuestionProgress,
  isResponse,
  KEY_PREFIX,
  migrateQuestionProgress,
  MAX_ENTRY_CHARS,
  NOTICES,
  ProgressStore,
  questionKey,
  STORAGE_VERSION,
  type QuestionProgress,
} from '../../../src/quiz/core/progress-store';
import { FakeStorage } from './fake-storage';

const progress = (overrides: Partial<QuestionProgress> = {}): QuestionProgress => ({
  status: 'open',
  attemptsUsed: 1,
  response: { type: 'choice', choice: 'b' },
  hintShown: true,
  updatedAt: 1_700_000_000_000,
  round: 0,
  ...overrides,
});

const wrap = (data: unknown, v: unknown = STORAGE_VERSION) => JSON.stringify({ v, data });

/** Some other kind of entry, read and written through the generic read/write. */
const NOTE_KEY = `${KEY_PREFIX}note:n`;
const isNote = (v: unknown): v is { text: string } => typeof v === 'object' && v !== null && typeof (v as { text?: unknown }).text === 'string';

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('keys', () => {
  it('are versioned and namespaced', () => {
    // Saved progress stays readable across releases: the key format is part of the contract.
    expect(questionKey('drift-psi')).toBe(`studyforge:v${STORAGE_VERSION}:question:drift-psi`);
    expect(questionKey('drift-psi')).toBe(`${KEY_PREFIX}question:drift-psi`);
    expect(questionKey('a')).not.toBe(questionKey('b'));
  });

  it('isProgressKey recognises the store keys and storage-wide clears (null)', () => {
    expect(isProgressKey(questionKey('a'))).toBe(true);
    expect(isProgressKey(NOTE_KEY)).toBe(true);
    expect(isProgressKey(null)).toBe(true);
    expect(isProgressKey('theme')).toBe(false);
    expect(isProgressKey('studyforge:v0:question:a')).toBe(false);
    expect(isProgressKey(`x${KEY_PREFIX}`)).toBe(false);
    expect(isProgressKey('')).toBe(false);
  });
});

describe('healthy storage', () => {
  it('is persistent with no notice', () => {
    const store = new ProgressStore(new FakeStorage());
    expect(store.persistent).toBe(true);
    expect(store.notice).toBeUndefined();
  });

  it('leaves no probe entry behind', () => {
    const storage = new FakeStorage();
    new ProgressStore(storage);
    expect(storage.setCalls).toBeGreaterThan(0);
    expect([...storage.data.keys()]).toEqual([]);
  });

  it('returns undefined for a question never saved, without a notice', () => {
    const store = new ProgressStore(new FakeStorage());
    expect(store.getQuestion('nothing')).toBeUndefined();
    expect(store.notice).toBeUndefined();
  });

  it('round-trips a question within the page', () => {
    const store = new ProgressStore(new FakeStorage());
    const p = progress();
    store.saveQuestion('q1', p);
    expect(store.getQuestion('q1')).toEqual(p);
  });

  it('writes a versioned entry that a new store (a reload) reads back', () => {
    const storage = new FakeStorage();
    const p = progress({ status: 'failed', result: 'failed', attemptsUsed: 2, response: { type: 'order', order: ['b', 'a'] } });
    new ProgressStore(storage).saveQuestion('q1', p);
    expect(JSON.parse(storage.data.get(questionKey('q1'))!)).toEqual({ v: STORAGE_VERSION, data: p });
    const reloaded = new ProgressStore(storage);
    expect(reloaded.getQuestion('q1')).toEqual(p);
    expect(reloaded.notice).toBeUndefined();
  });

  it('round-trips every response type', () => {
    const storage = new FakeStorage();
    const responses: QuestionProgress['response'][] = [
      { type: 'choice', choice: null },
      { type: 'choice', choice: 'a' },
      { type: 'choices', choices: ['a', 'c'] },
      { type: 'boolean', value: false },
      { type: 'boolean', value: null },
      { type: 'order', order: ['x', 'y'] },
      { type: 'text', text: 'population stability index' },
    ];
    responses.forEach((response, i) => new ProgressStore(storage).saveQuestion(`q${i}`, progress({ response })));
    const reloaded = new ProgressStore(storage);
    responses.forEach((response, i) => expect(reloaded.getQuestion(`q${i}`)?.response).toEqual(response));
    expect(reloaded.notice).toBeUndefined();
  });

  it('keeps questions apart', () => {
    const store = new ProgressStore(new FakeStorage());
    store.saveQuestion('a', progress({ attemptsUsed: 1 }));
    store.saveQuestion('b', progress({ attemptsUsed: 2 }));
    expect(store.getQuestion('a')?.attemptsUsed).toBe(1);
    expect(store.getQuestion('b')?.attemptsUsed).toBe(2);
  });

  it('clearQuestion forgets a question in memory and in storage', () => {
    const storage = new FakeStorage();
    const store = new ProgressStore(storage);
    store.saveQuestion('a', progress());
    store.saveQuestion('b', progress());
    store.clearQuestion('a');
    expect(store.getQuestion('a')).toBeUndefined();
    expect(storage.data.has(questionKey('a'))).toBe(false);
    expect(new ProgressStore(storage).getQuestion('a')).toBeUndefined();
    expect(new ProgressStore(storage).getQuestion('b')).toEqual(progress());
  });

  it('reads each entry from storage only once (cached)', () => {
    const storage = new FakeStorage();
    storage.data.set(questionKey('a'), wrap(progress()));
    const store = new ProgressStore(storage);
    store.getQuestion('a');
    const calls = storage.getCalls;
    store.getQuestion('a');
    store.getQuestion('a');
    expect(storage.getCalls).toBe(calls);
  });

  it('read and write work for any entry with its own guard', () => {
    const storage = new FakeStorage();
    new ProgressStore(storage).write(NOTE_KEY, { text: 'hello' });
    expect(JSON.parse(storage.data.get(NOTE_KEY)!)).toEqual({ v: STORAGE_VERSION, data: { text: 'hello' } });
    expect(new ProgressStore(storage).read(NOTE_KEY, isNote)).toEqual({ text: 'hello' });
    // The same entry fails another guard, and is dropped.
    const strict = new ProgressStore(storage);
    expect(strict.read(NOTE_KEY, isQuestionProgress)).toBeUndefined();
    expect(storage.data.has(NOTE_KEY)).toBe(false);
    expect(strict.notice).toBe(NOTICES.dropped);
  });
});

describe('entries saved before results and rounds existed', () => {
  // Exactly what the previous version wrote: no `result`, no `round`.
  const old = { status: 'correct', attemptsUsed: 2, response: { type: 'choice', choice: 'a' }, hintShown: false, updatedAt: 5 };

  it('are read, not dropped, and a locked one keeps counting as answered', () => {
    const storage = new FakeStorage();
    storage.data.set(questionKey('q1'), wrap(old));
    storage.data.set(questionKey('q2'), wrap({ ...old, status: 'open', attemptsUsed: 1 }));
    const store = new ProgressStore(storage);
    expect(store.getQuestion('q1')).toEqual({ ...old, result: 'correct', round: 0 });
    expect(store.getQuestion('q2')).toEqual({ ...old, status: 'open', attemptsUsed: 1, result: undefined, round: 0 });
    expect(store.notice).toBeUndefined();
  });

  it('migrateQuestionProgress keeps a result that is already there', () => {
    const newer = progress({ status: 'open', result: 'failed', round: 2 });
    expect(migrateQuestionProgress(newer)).toEqual(newer);
  });
});

describe('damaged entries', () => {
  const setup = (bad: string) => {
    const storage = new FakeStorage();
    storage.data.set(questionKey('bad'), bad);
    storage.data.set(questionKey('good'), wrap(progress()));
    storage.data.set(NOTE_KEY, wrap({ text: 'kept' }));
    return { storage, store: new ProgressStore(storage) };
  };

  const expectDroppedAlone = ({ storage, store }: ReturnType<typeof setup>) => {
    expect(store.getQuestion('bad')).toBeUndefined();
    expect(storage.data.has(questionKey('bad'))).toBe(false);
    expect(store.getQuestion('good')).toEqual(progress());
    expect(store.read(NOTE_KEY, isNote)).toEqual({ text: 'kept' });
    expect(storage.data.has(questionKey('good'))).toBe(true);
    expect(storage.data.has(NOTE_KEY)).toBe(true);
    expect(store.notice).toBe(NOTICES.dropped);
    expect(store.notice).toMatch(/could not be read/);
    expect(store.persistent).toBe(true);
  };

  it('drops a corrupt JSON entry on its own and says so', () => {
    expectDroppedAlone(setup('{"v":1,"data":{"status":'));
  });

  it('drops an entry with the wrong shape', () => {
    expectDroppedAlone(setup(wrap({ status: 'done', attemptsUsed: 1 })));
  });

  it.each([
    ['unknown status', progress({ status: 'weird' as never })],
    ['negative attempts', progress({ attemptsUsed: -1 })],
    ['fractional attempts', progress({ attemptsUsed: 1.5 })],
    ['hintShown not a boolean', { ...progress(), hintShown: 'yes' }],
    ['missing updatedAt', { ...progress(), updatedAt: undefined }],
    ['unknown response type', progress({ response: { type: 'essay', text: 'x' } as never })],
    ['choices not strings', progress({ response: { type: 'choices', choices: [1, 2] } as never })],
    ['an unknown result', progress({ result: 'open' as never })],
    ['a fractional round', progress({ round: 0.5 })],
    ['data is an array', [progress()]],
    ['data is null', null],
  ])('drops an entry whose data has %s', (_name, data) => {
    expectDroppedAlone(setup(wrap(data)));
  });

  it('drops an entry that is not wrapped in a versioned envelope', () => {
    expectDroppedAlone(setup(JSON.stringify(progress())));
  });

  it('drops JSON that is not an object', () => {
    expectDroppedAlone(setup('42'));
    expectDroppedAlone(setup('null'));
    expectDroppedAlone(setup('"text"'));
  });

  it('drops an entry from another version', () => {
    expectDroppedAlone(setup(wrap(progress(), STORAGE_VERSION + 1)));
    expectDroppedAlone(setup(wrap(progress(), String(STORAGE_VERSION))));
  });

  it('drops an oversized entry, even when it is otherwise valid', () => {
    const huge = wrap(progress({ response: { type: 'text', text: 'x'.repeat(MAX_ENTRY_CHARS) } }));
    expect(huge.length).toBeGreaterThan(MAX_ENTRY_CHARS);
    expectDroppedAlone(setup(huge));
  });

  it('accepts an entry of exactly the size limit', () => {
    const storage = new FakeStorage();
    const envelope = wrap(progress({ response: { type: 'text', text: '' } }));
    const text = 'x'.repeat(MAX_ENTRY_CHARS - envelope.length);
    const entry = wrap(progress({ response: { type: 'text', text } }));
    expect(entry.length).toBe(MAX_ENTRY_CHARS);
    storage.data.set(questionKey('big'), entry);
    const store = new ProgressStore(storage);
    expect(store.getQuestion('big')?.response).toEqual({ type: 'text', text });
    expect(store.notice).toBeUndefined();
  });

  it('does not throw when removing the damaged entry fails', () => {
    const storage = new FakeStorage();
    storage.data.set(questionKey('bad'), '{oops');
    const store = new ProgressStore(storage);
    storage.failRemove = true;
    expect(() => store.getQuestion('bad')).not.toThrow();
    expect(store.getQuestion('bad')).toBeUndefined();
    expect(store.notice).toBe(NOTICES.dropped);
  });

  it('saving over a dropped entry works', () => {
    const storage = new FakeStorage();
    storage.data.set(questionKey('bad'), '{oops');
    const store = new ProgressStore(storage);
    expect(store.getQuestion('bad')).toBeUndefined();
    store.saveQuestion('bad', progress());
    expect(new ProgressStore(storage).getQuestion('bad')).toEqual(progress());
  });
});

describe('unavailable storage', () => {
  it('treats a null storage as unavailable but keeps working in memory', () => {
    const store = new ProgressStore(null);
    expect(store.persistent).toBe(false);
    expect(store.notice).toBe(NOTICES.unavailable);
    store.saveQuestion('a', progress());
    expect(store.getQuestion('a')).toEqual(progress());
  });

  it('treats storage that throws on the probe write as unavailable', () => {
    const storage = new FakeStorage();
    storage.failSet = true;
    const store = new ProgressStore(storage);
    expect(store.persistent).toBe(false);
    expect(store.notice).toBe(NOTICES.unavailable);
    expect(store.notice).toMatch(/progress will not be kept/);
  });

  it('then keeps progress in memory only, without touching storage', () => {
    const storage = new FakeStorage();
    storage.failSet = true;
    const store = new ProgressStore(storage);
    const calls = storage.setCalls;
    store.saveQuestion('a', progress());
    store.write(NOTE_KEY, { text: 'memo' });
    expect(storage.setCalls).toBe(calls);
    expect(store.getQuestion('a')).toEqual(progress());
    expect(store.read(NOTE_KEY, isNote)).toEqual({ text: 'memo' });
    store.clearQuestion('a');
    expect(store.getQuestion('a')).toBeUndefined();
  });

  it('survives getItem throwing: the read is empty and the store turns non-persistent', () => {
    const storage = new FakeStorage();
    storage.data.set(questionKey('a'), wrap(progress()));
    const store = new ProgressStore(storage);
    storage.failGet = true;
    let value: unknown = 'not read';
    expect(() => {
      value = store.getQuestion('a');
    }).not.toThrow();
    expect(value).toBeUndefined();
    expect(store.persistent).toBe(false);
    expect(store.notice).toBe(NOTICES.unavailable);
    // The entry itself is left alone: it was not damaged, only unreachable.
    expect(storage.data.has(questionKey('a'))).toBe(true);
    // Still usable in memory.
    store.saveQuestion('b', progress({ attemptsUsed: 0 }));
    expect(store.getQuestion('b')?.attemptsUsed).toBe(0);
  });

  it('fromBrowser falls back to memory when window.localStorage is not reachable', () => {
    vi.stubGlobal('window', {
      get localStorage(): Storage {
        throw new DOMException('Access is denied', 'SecurityError');
      },
    });
    const store = ProgressStore.fromBrowser();
    expect(store.persistent).toBe(false);
    expect(store.notice).toBe(NOTICES.unavailable);
  });

  it('fromBrowser uses window.localStorage when it works', () => {
    const storage = new FakeStorage();
    vi.stubGlobal('window', { localStorage: storage });
    const store = ProgressStore.fromBrowser();
    expect(store.persistent).toBe(true);
    store.saveQuestion('a', progress());
    expect(storage.data.has(questionKey('a'))).toBe(true);
  });
});

describe('full storage', () => {
  it('keeps working in memory after a quota error and says storage is full', () => {
    const storage = new FakeStorage();
    const store = new ProgressStore(storage);
    store.saveQuestion('before', progress());
    expect(storage.data.has(questionKey('before'))).toBe(true);

    storage.failSet = true;
    const p = progress({ status: 'correct', result: 'correct', attemptsUsed: 2 });
    expect(() => store.saveQuestion('after', p)).not.toThrow();
    expect(store.getQuestion('after')).toEqual(p);
    expect(storage.data.has(questionKey('after'))).toBe(false);
    expect(store.persistent).toBe(false);
    expect(store.notice).toBe(NOTICES.full);
    expect(store.notice).toMatch(/storage is full/);
    // What was already in memory is still there.
    expect(store.getQuestion('before')).toEqual(progress());
  });

  it('stops writing to storage after the first quota error', () => {
    const storage = new FakeStorage();
    const store = new ProgressStore(storage);
    storage.failSet = true;
    store.saveQuestion('a', progress());
    const calls = storage.setCalls;
    store.saveQuestion('b', progress());
    store.write(NOTE_KEY, { text: 'later' });
    expect(storage.setCalls).toBe(calls);
    expect(store.getQuestion('b')).toEqual(progress());
    expect(store.read(NOTE_KEY, isNote)).toEqual({ text: 'later' });
  });

  it('reports full storage over an earlier dropped entry', () => {
    const storage = new FakeStorage();
    storage.data.set(questionKey('bad'), 'not json');
    const store = new ProgressStore(storage);
    store.getQuestion('bad');
    expect(store.notice).toBe(NOTICES.dropped);
    storage.failSet = true;
    store.saveQuestion('x', progress());
    expect(store.notice).toBe(NOTICES.full);
  });
});

describe('refresh (another tab wrote)', () => {
  it('re-reads an entry another tab changed', () => {
    const shared = new Map<string, string>();
    const tabA = new ProgressStore(new FakeStorage(shared));
    const tabB = new ProgressStore(new FakeStorage(shared));

    expect(tabA.getQuestion('q')).toBeUndefined();
    tabB.saveQuestion('q', progress({ status: 'correct' }));
    // Cached until told otherwise.
    expect(tabA.getQuestion('q')).toBeUndefined();
    tabA.refresh(questionKey('q'));
    expect(tabA.getQuestion('q')?.status).toBe('correct');
  });

  it('refreshing one key leaves other cached entries alone', () => {
    const shared = new Map<string, string>();
    const tabA = new ProgressStore(new FakeStorage(shared));
    const tabB = new ProgressStore(new FakeStorage(shared));
    expect(tabA.getQuestion('one')).toBeUndefined();
    expect(tabA.getQuestion('two')).toBeUndefined();
    tabB.saveQuestion('one', progress());
    tabB.saveQuestion('two', progress());
    tabA.refresh(questionKey('one'));
    expect(tabA.getQuestion('one')).toEqual(progress());
    expect(tabA.getQuestion('two')).toBeUndefined();
  });

  it('refresh(null) (storage cleared) forgets every cached entry', () => {
    const shared = new Map<string, string>();
    const tabA = new ProgressStore(new FakeStorage(shared));
    tabA.saveQuestion('q', progress());
    tabA.write(NOTE_KEY, { text: 'x' });
    shared.clear();
    expect(tabA.getQuestion('q')).toEqual(progress());
    tabA.refresh(null);
    expect(tabA.getQuestion('q')).toBeUndefined();
    expect(tabA.read(NOTE_KEY, isNote)).toBeUndefined();
  });

  it('sees another tab clearing a question', () => {
    const shared = new Map<string, string>();
    const tabA = new ProgressStore(new FakeStorage(shared));
    const tabB = new ProgressStore(new FakeStorage(shared));
    tabA.saveQuestion('q', progress());
    tabB.clearQuestion('q');
    expect(tabA.getQuestion('q')).toEqual(progress());
    tabA.refresh(questionKey('q'));
    expect(tabA.getQuestion('q')).toBeUndefined();
  });

  it('drops an entry another tab damaged, once refreshed', () => {
    const shared = new Map<string, string>();
    const tabA = new ProgressStore(new FakeStorage(shared));
    tabA.saveQuestion('q', progress());
    shared.set(questionKey('q'), '{garbage');
    tabA.refresh(questionKey('q'));
    expect(tabA.getQuestion('q')).toBeUndefined();
    expect(tabA.notice).toBe(NOTICES.dropped);
  });
});

describe('guards', () => {
  it('isResponse accepts each response type and rejects malformed ones', () => {
    expect(isResponse({ type: 'choice', choice: null })).toBe(true);
    expect(isResponse({ type: 'choices', choices: [] })).toBe(true);
    expect(isResponse({ type: 'boolean', value: true })).toBe(true);
    expect(isResponse({ type: 'order', order: ['a'] })).toBe(true);
    expect(isResponse({ type: 'text', text: '' })).toBe(true);

    expect(isResponse({ type: 'choice', choice: 3 })).toBe(false);
    expect(isResponse({ type: 'choice' })).toBe(false);
    expect(isResponse({ type: 'choices', choices: 'a' })).toBe(false);
    expect(isResponse({ type: 'boolean', value: 'true' })).toBe(false);
    expect(isResponse({ type: 'order', order: [null] })).toBe(false);
    expect(isResponse({ type: 'text', text: null })).toBe(false);
    expect(isResponse({ type: 'other' })).toBe(false);
    expect(isResponse(null)).toBe(false);
    expect(isResponse([])).toBe(false);
    expect(isResponse('choice')).toBe(false);
  });

  it('isQuestionProgress accepts valid progress only', () => {
    expect(isQuestionProgress(progress())).toBe(true);
    expect(isQuestionProgress(progress({ status: 'failed' }))).toBe(true);
    expect(isQuestionProgress(progress({ status: 'correct', attemptsUsed: 0, hintShown: false }))).toBe(true);
    expect(isQuestionProgress({ ...progress(), response: undefined })).toBe(false);
    expect(isQuestionProgress({ ...progress(), updatedAt: -1 })).toBe(false);
    expect(isQuestionProgress({ ...progress(), attemptsUsed: '1' })).toBe(false);
    expect(isQuestionProgress(undefined)).toBe(false);
  });
});
