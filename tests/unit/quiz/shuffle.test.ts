import { describe, expect, it } from 'vitest';
import { hashSeed, seededRandom, seededShuffle } from '../../../src/quiz/core/shuffle';

const items = Array.from({ length: 20 }, (_, i) => `item-${i}`);

describe('hashSeed', () => {
  it('is the 32-bit FNV-1a hash', () => {
    // Reference values of FNV-1a 32-bit.
    expect(hashSeed('')).toBe(0x811c9dc5);
    expect(hashSeed('a')).toBe(0xe40c292c);
    expect(hashSeed('foobar')).toBe(0xbf9cf968);
  });

  it('is stable and differs between strings', () => {
    expect(hashSeed('quiz-drift')).toBe(hashSeed('quiz-drift'));
    expect(hashSeed('quiz-drift')).not.toBe(hashSeed('quiz-drifts'));
  });

  it('is an unsigned 32-bit integer', () => {
    for (const s of ['', 'x', 'a long seed string with spaces', 'ünïcödé']) {
      const h = hashSeed(s);
      expect(Number.isInteger(h)).toBe(true);
      expect(h).toBeGreaterThanOrEqual(0);
      expect(h).toBeLessThan(2 ** 32);
    }
  });
});

describe('seededRandom', () => {
  it('gives the same sequence for the same seed', () => {
    const a = seededRandom(42);
    const b = seededRandom(42);
    const seqA = Array.from({ length: 10 }, a);
    const seqB = Array.from({ length: 10 }, b);
    expect(seqA).toEqual(seqB);
  });

  it('gives different sequences for different seeds', () => {
    expect(Array.from({ length: 5 }, seededRandom(1))).not.toEqual(Array.from({ length: 5 }, seededRandom(2)));
  });

  it('returns numbers in [0, 1) that are not all the same', () => {
    const random = seededRandom(123);
    const values = Array.from({ length: 1_000 }, random);
    for (const v of values) {
      expect(v).toBeGreaterThanOrEqual(0);
      expect(v).toBeLessThan(1);
    }
    expect(new Set(values).size).toBeGreaterThan(990);
    const mean = values.reduce((s, v) => s + v, 0) / values.length;
    expect(mean).toBeGreaterThan(0.4);
    expect(mean).toBeLessThan(0.6);
  });
});

describe('seededShuffle', () => {
  it('gives the same order for the same seed', () => {
    expect(seededShuffle(items, 'seed-1')).toEqual(seededShuffle(items, 'seed-1'));
  });

  it('gives different orders for different seeds', () => {
    expect(seededShuffle(items, 'seed-1')).not.toEqual(seededShuffle(items, 'seed-2'));
    const orders = new Set(['a', 'b', 'c', 'd', 'e', 'f'].map((seed) => seededShuffle(items, seed).join(',')));
    expect(orders.size).toBe(6);
  });

  it('returns a permutation of the input', () => {
    const shuffled = seededShuffle(items, 'perm');
    expect(shuffled).toHaveLength(items.length);
    expect([...shuffled].sort()).toEqual([...items].sort());
    expect(shuffled).not.toEqual(items);
  });

  it('keeps duplicates', () => {
    const shuffled = seededShuffle(['x', 'x', 'y'], 'dup');
    expect([...shuffled].sort()).toEqual(['x', 'x', 'y']);
  });

  it('does not mutate the input and returns a new array', () => {
    const input = [...items];
    const frozen = Object.freeze([...items]);
    const shuffled = seededShuffle(input, 'mutation');
    expect(input).toEqual(items);
    expect(shuffled).not.toBe(input);
    expect(() => seededShuffle(frozen, 'frozen')).not.toThrow();
  });

  it('handles empty and one-item lists', () => {
    expect(seededShuffle([], 'any')).toEqual([]);
    expect(seededShuffle(['only'], 'any')).toEqual(['only']);
  });

  it('keeps object identity of the items', () => {
    const objs = [{ id: 1 }, { id: 2 }, { id: 3 }];
    const shuffled = seededShuffle(objs, 'objects');
    for (const o of objs) expect(shuffled).toContain(o);
  });

  it('moves every item to every position over many seeds (no stuck positions)', () => {
    const small = ['a', 'b', 'c', 'd'];
    const seen = small.map(() => new Set<string>());
    for (let i = 0; i < 200; i++) {
      seededShuffle(small, `seed-${i}`).forEach((item, pos) => seen[pos]!.add(item));
    }
    for (const positions of seen) expect(positions.size).toBe(4);
  });
});
