import { describe, expect, it } from 'vitest';
import { selectQuestions } from '../../../src/quiz/core/select';
import { seededShuffle } from '../../../src/quiz/core/shuffle';
import type { QuestionDifficulty } from '../../../src/quiz/core/types';

const q = (id: string, difficulty: QuestionDifficulty) => ({ id, difficulty });
const all = [
  q('e1', 'easy'),
  q('m1', 'medium'),
  q('h1', 'hard'),
  q('e2', 'easy'),
  q('m2', 'medium'),
  q('e3', 'easy'),
  q('h2', 'hard'),
  q('m3', 'medium'),
];
const ids = (list: Array<{ id: string }>) => list.map((x) => x.id);

describe('selectQuestions', () => {
  it('returns every question in bank order by default', () => {
    const picked = selectQuestions(all, { seed: 's' });
    expect(ids(picked)).toEqual(ids(all));
    expect(picked).not.toBe(all);
  });

  it('takes explicit ids in the order given, not bank order', () => {
    expect(ids(selectQuestions(all, { questions: ['h2', 'e1', 'm2'], seed: 's' }))).toEqual(['h2', 'e1', 'm2']);
  });

  it('skips explicit ids the bank does not have', () => {
    expect(ids(selectQuestions(all, { questions: ['nope', 'm1', 'also-nope'], seed: 's' }))).toEqual(['m1']);
  });

  it('treats an empty id list like no list', () => {
    expect(ids(selectQuestions(all, { questions: [], seed: 's' }))).toEqual(ids(all));
  });

  it('filters by difficulty', () => {
    expect(ids(selectQuestions(all, { difficulty: 'easy', seed: 's' }))).toEqual(['e1', 'e2', 'e3']);
    expect(ids(selectQuestions(all, { difficulty: 'hard', seed: 's' }))).toEqual(['h1', 'h2']);
  });

  it('applies the difficulty filter to explicit ids too', () => {
    expect(ids(selectQuestions(all, { questions: ['m3', 'e2', 'h1', 'e1'], difficulty: 'easy', seed: 's' }))).toEqual(['e2', 'e1']);
  });

  it('limits the number of questions', () => {
    expect(ids(selectQuestions(all, { limit: 3, seed: 's' }))).toEqual(['e1', 'm1', 'h1']);
    expect(ids(selectQuestions(all, { difficulty: 'medium', limit: 2, seed: 's' }))).toEqual(['m1', 'm2']);
  });

  it('ignores a limit of zero or less, and one larger than the pool', () => {
    expect(selectQuestions(all, { limit: 0, seed: 's' })).toHaveLength(all.length);
    expect(selectQuestions(all, { limit: -2, seed: 's' })).toHaveLength(all.length);
    expect(selectQuestions(all, { limit: 100, seed: 's' })).toHaveLength(all.length);
  });

  it('shuffles deterministically by seed', () => {
    const a = selectQuestions(all, { shuffle: true, seed: 'quiz-a' });
    expect(ids(a)).toEqual(ids(seededShuffle(all, 'quiz-a')));
    expect(ids(selectQuestions(all, { shuffle: true, seed: 'quiz-a' }))).toEqual(ids(a));
    expect(ids(a)).not.toEqual(ids(all));
    expect([...ids(a)].sort()).toEqual([...ids(all)].sort());
    expect(ids(selectQuestions(all, { shuffle: true, seed: 'quiz-b' }))).not.toEqual(ids(a));
  });

  it('does not shuffle when shuffle is false', () => {
    expect(ids(selectQuestions(all, { shuffle: false, seed: 'quiz-a' }))).toEqual(ids(all));
  });

  it('shuffles before limiting, so the limit draws from the whole pool', () => {
    const picked = selectQuestions(all, { shuffle: true, limit: 3, seed: 'quiz-a' });
    expect(ids(picked)).toEqual(ids(seededShuffle(all, 'quiz-a')).slice(0, 3));
  });

  it('filters, then shuffles, then limits', () => {
    const medium = all.filter((x) => x.difficulty === 'medium');
    const picked = selectQuestions(all, { difficulty: 'medium', shuffle: true, limit: 2, seed: 'mix' });
    expect(medium.length).toBeGreaterThan(2);
    expect(ids(picked)).toEqual(ids(seededShuffle(medium, 'mix')).slice(0, 2));
    expect(picked.map((p) => p.difficulty)).toEqual(['medium', 'medium']);
  });

  it('returns nothing when the filter matches nothing', () => {
    expect(selectQuestions([q('e1', 'easy')], { difficulty: 'hard', seed: 's' })).toEqual([]);
  });

  it('returns the same objects and does not mutate the bank', () => {
    const copy = [...all];
    const picked = selectQuestions(all, { shuffle: true, seed: 'x' });
    expect(all).toEqual(copy);
    expect(picked).toHaveLength(all.length);
    for (const p of picked) expect(all).toContain(p);
  });
});
