import { describe, expect, it } from 'vitest';
import { rankResults } from '../../../src/search/rank';
import { clearRecent, readRecent, rememberSearch, RECENT_KEY, RECENT_LIMIT } from '../../../src/search/recent';
import { htmlToText, questionTitle } from '../../../src/search/records';
import { isSearchShortcut, isTypingTarget } from '../../../src/search/shortcuts';
import { excerptSegments, highlightSegments, queryTerms } from '../../../src/search/text-segments';
import { parseSearchState, serializeSearchState, toggleFilter, toPagefindFilters } from '../../../src/search/url-state';

const result = (title: string, type = 'Article', subs: string[] = []) => ({ title, type, subResults: subs.map((t) => ({ title: t })) });

describe('ranking', () => {
  it('puts an exact title match first, then exact heading matches, keeping order otherwise', () => {
    const input = [result('Deep dive'), result('Other', 'Article', ['Second steps']), result('Second steps')];
    expect(rankResults('second steps', input).map((r) => r.title)).toEqual(['Second steps', 'Other', 'Deep dive']);
  });
  it('matches titles case- and space-insensitively, ignoring the "Question:" prefix', () => {
    const input = [result('Drift'), result('Question: What is   PSI?', 'Question')];
    expect(rankResults('what is psi?', input)[0]!.title).toBe('Question: What is   PSI?');
  });
  it('orders articles, then interview answers, then questions, stable within each', () => {
    const input = [result('q1', 'Question'), result('a1'), result('i1', 'Interview'), result('a2'), result('q2', 'Question')];
    expect(rankResults('drift', input).map((r) => r.title)).toEqual(['a1', 'a2', 'i1', 'q1', 'q2']);
  });
  it('does not mutate its input', () => {
    const input = [result('b', 'Question'), result('a')];
    rankResults('x', input);
    expect(input.map((r) => r.title)).toEqual(['b', 'a']);
  });
});

describe('URL state', () => {
  it('round-trips a query and filters', () => {
    const state = { query: 'canary release', filters: { type: ['Question'], section: ['Data, models and experiments'] } };
    const text = serializeSearchState(state);
    expect(text).toBe('?q=canary+release&type=Question&section=Data%2C+models+and+experiments');
    expect(parseSearchState(text)).toEqual(state);
  });
  it('ignores unknown keys, blanks and duplicates', () => {
    expect(parseSearchState('?q=%20x%20&type=&type=Article&type=Article&color=red')).toEqual({ query: 'x', filters: { type: ['Article'] } });
    expect(serializeSearchState({ query: '  ', filters: {} })).toBe('');
  });
  it('toggles filter values and turns them into Pagefind "any" filters', () => {
    let filters = toggleFilter({}, 'type', 'Article');
    filters = toggleFilter(filters, 'type', 'Question');
    expect(toPagefindFilters(filters)).toEqual({ type: { any: ['Article', 'Question'] } });
    filters = toggleFilter(toggleFilter(filters, 'type', 'Article'), 'type', 'Question');
    expect(filters).toEqual({});
  });
});

describe('recent searches', () => {
  const fake = () => {
    const map = new Map<string, string>();
    return { getItem: (k: string) => map.get(k) ?? null, setItem: (k: string, v: string) => void map.set(k, v), removeItem: (k: string) => void map.delete(k), map };
  };
  it('keeps the newest first, without duplicates, up to the limit', () => {
    const storage = fake();
    for (let i = 0; i < RECENT_LIMIT + 3; i++) rememberSearch(storage, `q${i}`);
    rememberSearch(storage, 'Q3');
    const recent = readRecent(storage);
    expect(recent[0]).toBe('Q3');
    expect(recent).toHaveLength(RECENT_LIMIT);
    expect(recent.filter((q) => q.toLowerCase() === 'q3')).toHaveLength(1);
  });
  it('survives corrupt or unavailable storage', () => {
    const storage = fake();
    storage.map.set(RECENT_KEY, '{nope');
    expect(readRecent(storage)).toEqual([]);
    storage.map.set(RECENT_KEY, JSON.stringify(['ok', 5, 'x'.repeat(500)]));
    expect(readRecent(storage)).toEqual(['ok']);
    const throwing = { getItem: () => { throw new Error('blocked'); }, setItem: () => { throw new Error('full'); }, removeItem: () => { throw new Error('blocked'); } };
    expect(readRecent(throwing)).toEqual([]);
    expect(rememberSearch(throwing, 'kept?')).toEqual(['kept?']);
    expect(readRecent(throwing)).toEqual([]);
    expect(() => clearRecent(throwing)).not.toThrow();
    expect(readRecent(null)).toEqual([]);
  });
});

describe('shortcuts', () => {
  const key = (k: string, mods: Partial<{ ctrlKey: boolean; metaKey: boolean; altKey: boolean }> = {}) => ({ key: k, ctrlKey: false, metaKey: false, altKey: false, ...mods });
  it('opens on Ctrl+K and Cmd+K anywhere', () => {
    expect(isSearchShortcut(key('k', { ctrlKey: true }), { tagName: 'INPUT', type: 'text' })).toBe(true);
    expect(isSearchShortcut(key('K', { metaKey: true }), null)).toBe(true);
    expect(isSearchShortcut(key('k', { ctrlKey: true, altKey: true }), null)).toBe(false);
  });
  it('opens on "/" except while typing in a field', () => {
    expect(isSearchShortcut(key('/'), { tagName: 'BODY' })).toBe(true);
    expect(isSearchShortcut(key('/'), { tagName: 'INPUT', type: 'search' })).toBe(false);
    expect(isSearchShortcut(key('/'), { tagName: 'TEXTAREA' })).toBe(false);
    expect(isSearchShortcut(key('/'), { tagName: 'DIV', isContentEditable: true })).toBe(false);
    expect(isSearchShortcut(key('/'), { tagName: 'INPUT', type: 'checkbox' })).toBe(true);
    expect(isTypingTarget({ tagName: 'SELECT' })).toBe(true);
  });
});

describe('text segments', () => {
  it('splits Pagefind excerpts into marked and plain text, decoding entities and dropping other tags', () => {
    expect(excerptSegments('a &lt;b&gt; <mark>drift</mark> &amp; <em>x</em><mark>PSI</mark>')).toEqual([
      { text: 'a <b> ', mark: false },
      { text: 'drift', mark: true },
      { text: ' & x', mark: false },
      { text: 'PSI', mark: true },
    ]);
  });
  it('never turns excerpt text into markup', () => {
    const segments = excerptSegments('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(segments).toEqual([{ text: '<script>alert(1)</script>', mark: false }]);
  });
  it('highlights whole words starting with a term, case-insensitively', () => {
    expect(highlightSegments('Drifting data; no drift here? Adrift.', ['drift']).filter((s) => s.mark).map((s) => s.text)).toEqual(['Drifting', 'drift']);
    expect(highlightSegments('plain', [])).toEqual([{ text: 'plain', mark: false }]);
    expect(highlightSegments('a.b (x)', ['a.b', '(x'])).toBeTruthy();
  });
  it('extracts search terms', () => {
    expect(queryTerms('Canary, canary  and A/B tests')).toEqual(['canary', 'and', 'tests']);
  });
});

describe('question records', () => {
  it('turns rendered HTML into text and a short title', () => {
    expect(htmlToText('<p>What does <code>dvc&nbsp;repro</code> &amp; <em>git</em> do?</p><script>x</script>')).toBe('What does dvc repro & git do?');
    expect(questionTitle('<p>Which one? More text.</p>')).toBe('Which one?');
    expect(questionTitle(`<p>${'word '.repeat(40)}</p>`, 20)).toHaveLength(20);
  });
});
