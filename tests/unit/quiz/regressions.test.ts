import { describe, expect, it } from 'vitest';
import { isCorrect, normalizeText } from '../../../src/quiz/core/grading';
import type { StorageLike } from '../../../src/lib/safe-storage';
import { MAX_ENTRY_CHARS, ProgressStore, questionKey } from '../../../src/quiz/core/progress-store';
import { findQuizTags } from '../../../src/quiz/build/quiz-tags';
import { crossedThreshold } from '../../../src/quiz/core/timer';

/** Bugs found while writing the unit tests, each pinned by a test. */
function memoryStorage(): StorageLike & { data: Map<string, string>; failSet: boolean } {
  const data = new Map<string, string>();
  const storage = {
    data,
    failSet: false,
    getItem: (k: string) => data.get(k) ?? null,
    setItem: (k: string, v: string) => {
      if (storage.failSet) throw new DOMException('full', 'QuotaExceededError');
      data.set(k, v);
    },
    removeItem: (k: string) => void data.delete(k),
  };
  return storage;
}

const progress = (text: string) => ({ status: 'open' as const, attemptsUsed: 0, hintShown: false, updatedAt: 1, response: { type: 'text' as const, text } });

describe('regressions', () => {
  it('ignores a space before trailing punctuation in typed answers', () => {
    expect(normalizeText('PSI .')).toBe('psi');
    expect(isCorrect({ type: 'fill', accept: ['psi'] }, { type: 'text', text: 'PSI .' })).toBe(true);
  });

  it('keeps an entry too large to read back in memory only, without a false "corrupt" notice later', () => {
    const storage = memoryStorage();
    const store = new ProgressStore(storage);
    store.saveQuestion('big', progress('x'.repeat(MAX_ENTRY_CHARS)));
    expect(store.getQuestion('big')?.response).toEqual({ type: 'text', text: 'x'.repeat(MAX_ENTRY_CHARS) });
    expect(storage.data.has(questionKey('big'))).toBe(false);
    const reloaded = new ProgressStore(storage);
    expect(reloaded.getQuestion('big')).toBeUndefined();
    expect(reloaded.notice).toBeUndefined();
  });

  it('still reads saved entries after a quota error', () => {
    const storage = memoryStorage();
    new ProgressStore(storage).saveQuestion('saved', progress('kept'));
    const store = new ProgressStore(storage);
    storage.failSet = true;
    store.saveQuestion('new', progress('memory only'));
    expect(store.getQuestion('saved')?.response).toEqual({ type: 'text', text: 'kept' });
    expect(store.persistent).toBe(false);
  });

  it('ignores quiz tags in code and MDX comments, and reads `id` only as a whole attribute name', () => {
    const body = ['```mdx', '<Quiz bank="your-bank" />', '```', 'Write `<Quiz bank="inline" />`.', '{/* <Quiz bank="commented" /> */}', '<Question data-id="y" id="x" />'].join('\n');
    expect(findQuizTags(body)).toEqual([{ kind: 'Question', props: { 'data-id': 'y', id: 'x' }, line: 6, problems: [] }]);
  });

  it('announces the least time left when one reading crosses several thresholds', () => {
    expect(crossedThreshold(65_000, 25_000)).toBe(30);
    expect(crossedThreshold(61_000, 59_000)).toBe(60);
  });
});
