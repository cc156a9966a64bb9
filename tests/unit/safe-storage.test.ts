import { afterEach, describe, expect, it, vi } from 'vitest';
import { browserStorage, SafeStorage } from '../../src/lib/safe-storage';
import { FakeStorage } from './quiz/fake-storage';

const isPair = (v: unknown): v is [number, number] => Array.isArray(v) && v.length === 2 && v.every((n) => typeof n === 'number');

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('safe storage, healthy', () => {
  it('reads and writes text and JSON, and reports no problem', () => {
    const raw = new FakeStorage();
    const storage = new SafeStorage(raw);
    expect(storage.setText('t', 'dark')).toBe(true);
    expect(storage.getText('t')).toBe('dark');
    expect(storage.setJson('p', [1, 2])).toBe(true);
    expect(storage.getJson('p', isPair)).toEqual([1, 2]);
    expect(storage.getJson('missing', isPair)).toBeUndefined();
    storage.remove('t');
    expect(raw.data.has('t')).toBe(false);
    expect(storage.persistent).toBe(true);
    expect(storage.problem).toBeUndefined();
  });

  it('probes with its key when asked, and leaves nothing behind', () => {
    const raw = new FakeStorage();
    const storage = new SafeStorage(raw, { probeKey: 'app:probe' });
    expect(raw.setCalls).toBe(1);
    expect(raw.data.size).toBe(0);
    expect(storage.persistent).toBe(true);
  });
});

describe('safe storage, unavailable', () => {
  it('browserStorage is null when window.localStorage throws, and every call is then a harmless no-op', () => {
    vi.stubGlobal('window', {
      get localStorage(): Storage {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
    expect(browserStorage()).toBeNull();
    const storage = SafeStorage.local();
    expect(storage.problem).toBe('unavailable');
    expect(storage.persistent).toBe(false);
    expect(storage.getText('k')).toBeNull();
    expect(storage.getJson('k', isPair)).toBeUndefined();
    expect(storage.setText('k', 'v')).toBe(false);
    expect(() => storage.remove('k')).not.toThrow();
  });

  it('turns unavailable when a read throws, and leaves the entry alone', () => {
    const raw = new FakeStorage();
    raw.data.set('k', '[1,2]');
    const storage = new SafeStorage(raw);
    raw.failGet = true;
    expect(storage.getJson('k', isPair)).toBeUndefined();
    expect(storage.problem).toBe('unavailable');
    expect(storage.persistent).toBe(false);
    expect(raw.data.get('k')).toBe('[1,2]');
  });

  it('counts storage that throws on the probe write as unavailable, not full', () => {
    const raw = new FakeStorage();
    raw.failSet = true;
    const storage = new SafeStorage(raw, { probeKey: 'app:probe' });
    expect(storage.problem).toBe('unavailable');
    expect(storage.setText('k', 'v')).toBe(false);
    expect(raw.setCalls).toBe(1);
  });

  it('counts a write refused for another reason than quota as unavailable', () => {
    const raw = new FakeStorage();
    raw.setItem = () => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    };
    const storage = new SafeStorage(raw);
    expect(storage.setText('k', 'v')).toBe(false);
    expect(storage.problem).toBe('unavailable');
  });

  it('swallows a failing remove', () => {
    const raw = new FakeStorage();
    raw.failRemove = true;
    expect(() => new SafeStorage(raw).remove('k')).not.toThrow();
  });
});

describe('safe storage, full', () => {
  it('reports a quota error as full, stops writing and still reads', () => {
    const raw = new FakeStorage();
    raw.data.set('old', '[3,4]');
    const storage = new SafeStorage(raw);
    raw.failSet = true;
    expect(storage.setJson('k', [1, 2])).toBe(false);
    expect(storage.problem).toBe('full');
    expect(storage.persistent).toBe(false);
    raw.failSet = false;
    expect(storage.setText('k', 'v')).toBe(false);
    expect(raw.data.has('k')).toBe(false);
    expect(storage.getJson('old', isPair)).toEqual([3, 4]);
  });

  it('recognises Firefox’s name for a quota error', () => {
    const raw = new FakeStorage();
    raw.setItem = () => {
      throw new DOMException('full', 'NS_ERROR_DOM_QUOTA_REACHED');
    };
    const storage = new SafeStorage(raw);
    storage.setText('k', 'v');
    expect(storage.problem).toBe('full');
  });

  it('never writes JSON longer than maxChars, and says nothing about it', () => {
    const raw = new FakeStorage();
    const storage = new SafeStorage(raw);
    expect(storage.setJson('k', 'x'.repeat(20), { maxChars: 10 })).toBe(false);
    expect(raw.data.has('k')).toBe(false);
    expect(storage.problem).toBeUndefined();
    expect(storage.persistent).toBe(true);
  });
});

describe('safe storage, corrupt', () => {
  it.each([
    ['not JSON', '{nope'],
    ['the wrong shape', '{"a":1}'],
    ['JSON null', 'null'],
  ])('drops an entry that is %s: removed, reported, not thrown', (_, text) => {
    const raw = new FakeStorage();
    raw.data.set('k', text);
    raw.data.set('other', '[5,6]');
    const storage = new SafeStorage(raw);
    expect(storage.getJson('k', isPair)).toBeUndefined();
    expect(raw.data.has('k')).toBe(false);
    expect(storage.problem).toBe('dropped');
    // Only that entry: the rest is kept and still readable, and storage stays writable.
    expect(storage.getJson('other', isPair)).toEqual([5, 6]);
    expect(storage.persistent).toBe(true);
  });

  it('drops an entry longer than maxChars without parsing it', () => {
    const raw = new FakeStorage();
    raw.data.set('k', JSON.stringify([1, 2]) + ' '.repeat(50));
    const storage = new SafeStorage(raw);
    expect(storage.getJson('k', isPair, { maxChars: 20 })).toBeUndefined();
    expect(raw.data.has('k')).toBe(false);
  });

  it('keeps the worse problem: a later drop does not hide that storage is full', () => {
    const raw = new FakeStorage();
    raw.data.set('k', '{nope');
    const storage = new SafeStorage(raw);
    raw.failSet = true;
    storage.setText('x', 'y');
    storage.getJson('k', isPair);
    expect(storage.problem).toBe('full');
  });
});
