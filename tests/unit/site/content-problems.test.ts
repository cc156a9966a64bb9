import { describe, expect, it } from 'vitest';
import { ContentError, didYouMean, formatProblems, suggest, type ContentProblem } from '../../../src/lib/content-problems';

const problems: ContentProblem[] = [
  { file: 'content/articles/basics/a.mdx', where: 'title', message: 'is missing. Add `title: "X"` to the front matter.' },
  { file: 'content/quizzes/drift.yaml', where: 'question "drift-1", field answer', message: '"z" is not among the choices (a, b).' },
];

describe('formatProblems', () => {
  it('says "1 content problem" for one problem', () => {
    const text = formatProblems([problems[0]!]);
    expect(text).toBe(
      '1 content problem must be fixed before the site can be built:\n' +
        '  content/articles/basics/a.mdx\n' +
        '    title: is missing. Add `title: "X"` to the front matter.',
    );
  });

  it('counts several problems and lists each with its file and where', () => {
    const text = formatProblems(problems);
    expect(text.startsWith('2 content problems must be fixed before the site can be built:\n')).toBe(true);
    const lines = text.split('\n');
    expect(lines).toEqual([
      '2 content problems must be fixed before the site can be built:',
      '  content/articles/basics/a.mdx',
      '    title: is missing. Add `title: "X"` to the front matter.',
      '  content/quizzes/drift.yaml',
      '    question "drift-1", field answer: "z" is not among the choices (a, b).',
    ]);
  });

  it('says "0 content problems" for an empty list', () => {
    expect(formatProblems([])).toMatch(/^0 content problems must be fixed/);
  });
});

describe('ContentError', () => {
  it('is an Error named ContentError that keeps its problems', () => {
    const error = new ContentError(problems);
    expect(error).toBeInstanceOf(Error);
    expect(error).toBeInstanceOf(ContentError);
    expect(error.name).toBe('ContentError');
    expect(error.problems).toBe(problems);
  });

  it('lists every problem in its message', () => {
    const error = new ContentError(problems);
    expect(error.message).toBe(formatProblems(problems));
    for (const p of problems) {
      expect(error.message).toContain(p.file);
      expect(error.message).toContain(`${p.where}: ${p.message}`);
    }
  });

  it('has no stack trace: Astro prints a "Stack trace:" heading for any non-empty stack', () => {
    const error = new ContentError(problems);
    expect(error.stack).toBe('');
    expect(error.stack).not.toMatch(/\n\s+at /);
    expect(String(error)).toBe(`ContentError: ${error.message}`);
  });

  it('throws and is caught with its problems', () => {
    expect(() => {
      throw new ContentError([problems[0]!]);
    }).toThrow(/1 content problem must be fixed[\s\S]*title: is missing/);
  });
});

describe('suggest', () => {
  it('returns the closest known value for a typo', () => {
    expect(suggest('intermedate', ['beginner', 'intermediate', 'advanced'])).toBe('intermediate');
    expect(suggest('deep-dvie', ['first-steps', 'deep-dive'])).toBe('deep-dive');
  });

  it('returns an exact match', () => {
    expect(suggest('advanced', ['beginner', 'advanced'])).toBe('advanced');
  });

  it('returns nothing when no value is close', () => {
    expect(suggest('kubernetes', ['beginner', 'advanced'])).toBeUndefined();
  });

  it('returns nothing when there are no known values', () => {
    expect(suggest('anything', [])).toBeUndefined();
  });

  it('allows two edits for short values and a third of the length for long ones', () => {
    // distance('kitten', 'sitting') = 3 > max(2, 2)
    expect(suggest('kitten', ['sitting'])).toBeUndefined();
    // two edits on a short value
    expect(suggest('ab', ['xy'])).toBe('xy');
    // distance 3 on a 9-letter value: 3 <= floor(9 / 3)
    expect(suggest('abcdefxyz', ['abcdefghi'])).toBe('abcdefghi');
    // distance 4 on a 12-letter value: 4 <= floor(12 / 3)
    expect(suggest('abcdefghwxyz', ['abcdefghijkl'])).toBe('abcdefghijkl');
    // distance 5 on a 12-letter value is too far
    expect(suggest('abcdefgvwxyz', ['abcdefghijkl'])).toBeUndefined();
  });

  it('prefers the smaller distance, and the first of equals', () => {
    expect(suggest('colour', ['color', 'colours', 'colouring'])).toBe('color');
    expect(suggest('cat', ['bat', 'hat'])).toBe('bat');
  });

  it('accepts any iterable, such as a Set or map keys', () => {
    expect(suggest('setp', new Set(['step', 'stop']))).toBe('step');
    expect(suggest('setp', new Map([['step', 1]]).keys())).toBe('step');
  });
});

describe('didYouMean', () => {
  it('formats a suggestion as a sentence with a leading space', () => {
    expect(didYouMean('advnced', ['beginner', 'advanced'])).toBe(' Did you mean "advanced"?');
  });

  it('is empty without a suggestion', () => {
    expect(didYouMean('zzzzzzzzzz', ['beginner'])).toBe('');
  });
});
