import { describe, expect, it } from 'vitest';
import { rankResults } from '../../../src/search/rank';
import { SafeStorage } from '../../../src/lib/safe-storage';
import { clearRecent, readRecent, rememberSearch, RECENT_KEY, RECENT_LIMIT } from '../../../src/search/recent';
import { htmlToText, questionTitle, recordText } from '../../../src/search/records';
import { filtersSummaryText, noResultsText, resultsText } from '../../../src/search/strings';
import { isSearchShortcut, isTypingTarget } from '../../../src/search/shortcuts';
import { excerptSegments, highlightSegments, queryTerms, tidyExcerpt } from '../../../src/search/text-segments';
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
  it('puts a title or heading with a near miss of a typo above matches of a short stem', () => {
    // Pagefind answers "cannary" with pages about "can"; a title one letter away is the one meant.
    const input = [result('How models can fail'), result('Can we ship?', 'Question'), result('Releases', 'Article', ['Canary releases']), result('What is a canary?', 'Question')];
    expect(rankResults('cannary', input).map((r) => r.title)).toEqual(['Releases', 'What is a canary?', 'How models can fail', 'Can we ship?']);
  });
  it('does not treat a plural or a word some title contains as a typo', () => {
    const input = [result('Drift', 'Question'), result('Versioning models'), result('Model registry')];
    expect(rankResults('model', input).map((r) => r.title)).toEqual(['Versioning models', 'Model registry', 'Drift']);
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
    const storage = new SafeStorage(fake());
    for (let i = 0; i < RECENT_LIMIT + 3; i++) rememberSearch(storage, `q${i}`);
    rememberSearch(storage, 'Q3');
    const recent = readRecent(storage);
    expect(recent[0]).toBe('Q3');
    expect(recent).toHaveLength(RECENT_LIMIT);
    expect(recent.filter((q) => q.toLowerCase() === 'q3')).toHaveLength(1);
  });
  it('survives corrupt or unavailable storage', () => {
    const raw = fake();
    const storage = new SafeStorage(raw);
    raw.map.set(RECENT_KEY, '{nope');
    expect(readRecent(storage)).toEqual([]);
    expect(raw.map.has(RECENT_KEY)).toBe(false);
    raw.map.set(RECENT_KEY, JSON.stringify(['ok', 5, 'x'.repeat(500)]));
    expect(readRecent(storage)).toEqual(['ok']);
    const throwing = new SafeStorage({ getItem: () => { throw new Error('blocked'); }, setItem: () => { throw new Error('full'); }, removeItem: () => { throw new Error('blocked'); } });
    expect(readRecent(throwing)).toEqual([]);
    expect(rememberSearch(throwing, 'kept?')).toEqual(['kept?']);
    expect(readRecent(throwing)).toEqual([]);
    expect(() => clearRecent(throwing)).not.toThrow();
    expect(readRecent(new SafeStorage(null))).toEqual([]);
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
    // Terms with regular-expression characters match literally (a '.' is not "any character").
    expect(highlightSegments('a.b (x)', ['a.b', '(x'])).toEqual([
      { text: 'a.b', mark: true },
      { text: ' ', mark: false },
      { text: '(x', mark: true },
      { text: ')', mark: false },
    ]);
    expect(highlightSegments('axb', ['a.b'])).toEqual([{ text: 'axb', mark: false }]);
  });
  it('cuts code and YAML from the edges of an excerpt when the matched sentence is prose', () => {
    const text = (segments: { text: string; mark: boolean }[]) => segments.map((s) => (s.mark ? `[${s.text}]` : s.text)).join('');
    const yaml = excerptSegments('templateName: smoke args: - name: service value: ranker. <mark>Canary</mark> releases. A <mark>canary</mark> sends a small share of traffic.');
    expect(text(tidyExcerpt(yaml))).toBe('[Canary] releases. A [canary] sends a small share of traffic.');
    const trailing = excerptSegments('Roll back the <mark>canary</mark> when errors rise. kubectl argo rollouts undo --to-revision=2 ranker_model');
    expect(text(tidyExcerpt(trailing))).toBe('Roll back the [canary] when errors rise.');
    const prose = excerptSegments('Production: it was approved. A <mark>canary</mark> slot serves real traffic, by contrast');
    expect(tidyExcerpt(prose)).toEqual(prose);
    const codeOnly = excerptSegments('<mark>dvc</mark> repro --force');
    expect(text(tidyExcerpt(codeOnly))).toBe('[dvc] repro --force');
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
  it('leaves no space where inline code or emphasis was, and keeps words of separate blocks apart', () => {
    expect(htmlToText('<p>It depends on <code>data/raw.csv</code>. Run (<code>dvc repro</code>)!</p><p>Next</p><ul><li>one</li><li>two</li></ul>')).toBe(
      'It depends on data/raw.csv. Run (dvc repro)! Next one two',
    );
    expect(questionTitle('<p>Your <code>dvc.yaml</code> declares a stage on <code>transactions.csv</code>. More.</p>')).toBe('Your dvc.yaml declares a stage on transactions.csv.');
  });
  it('puts a question record\'s prose before its code blocks, so excerpts show the sentence', () => {
    expect(recordText(['<p>Which <em>stage</em> runs?</p><pre><code>stages:\n  train: x</code></pre>', '<p>The train stage.</p>'])).toBe('Which stage runs? The train stage. stages: train: x');
  });
});

describe('search strings', () => {
  it('says how many results, for what, including a correction, and how many are listed', () => {
    expect(resultsText(31, 12, 'model')).toBe('31 results for “model”, showing 12.');
    expect(resultsText(1, 1, 'drift')).toBe('1 result for “drift”.');
    expect(resultsText(50, 12, 'cannary', 'canary')).toBe('50 results for “cannary”, including “canary”, showing 12.');
    expect(resultsText(5, 5, '')).toBe('5 results.');
    expect(noResultsText('zzz')).toBe('No results for “zzz”. Try fewer words or remove a filter.');
    expect(filtersSummaryText(0)).toBe('Filters');
    expect(filtersSummaryText(2)).toBe('Filters (2 on)');
  });
});
