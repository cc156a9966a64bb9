import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { DIFFICULTIES, articleSchema, sectionSchema } from '../../../src/schemas/article';
import { oneOf, optional, required } from '../../../src/schemas/messages';

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '../../fixtures');
const INVALID = join(FIXTURES, 'invalid');

function filesUnder(dir: string, ext: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) return filesUnder(path, ext);
    return path.endsWith(ext) ? [path] : [];
  });
}

/** Front matter of an MDX file: the YAML between the first two `---` lines. */
function frontMatter(path: string): unknown {
  const lines = readFileSync(path, 'utf8').split(/\r?\n/);
  expect(lines[0]).toBe('---');
  const end = lines.indexOf('---', 1);
  expect(end).toBeGreaterThan(0);
  return yaml.load(lines.slice(1, end).join('\n'));
}

interface Expectation {
  field: string;
  /** Every string must appear in the message: what is wrong and how to fix it. */
  contains: string[];
}

/** One fixture folder per case: tests/fixtures/invalid/<case>/articles/<section>/<file>.mdx. */
const CASES: Record<string, Expectation> = {
  'missing-title': { field: 'title', contains: ['is missing', '`title: "Getting started"`', 'front matter'] },
  'empty-title': { field: 'title', contains: ['is empty', '`title: "Getting started"`'] },
  'unknown-difficulty': {
    field: 'difficulty',
    contains: ['"expert"', 'not allowed', 'Use one of: beginner, intermediate, advanced'],
  },
  'wrong-type-order': { field: 'order', contains: ['must be a number', 'got "first"', '`order: 10`', 'remove the line'] },
  'fractional-order': { field: 'order', contains: ['whole number', '`order: 10`'] },
  'related-not-a-list': {
    field: 'related',
    contains: ['must be a list of article slugs', 'got "deep-dive"', '`related: [getting-started]`'],
  },
  'bad-slug': { field: 'slug', contains: ['lower-case-with-hyphens', '`slug: getting-started`'] },
};

const articleCaseDirs = readdirSync(INVALID).filter(
  (name) => !name.startsWith('quizzes-') && statSync(join(INVALID, name)).isDirectory(),
);

describe('article front-matter fixtures', () => {
  it('has a fixture folder for every case and a case for every folder', () => {
    expect(articleCaseDirs.sort()).toEqual(Object.keys(CASES).sort());
  });

  for (const [name, expected] of Object.entries(CASES)) {
    it(`${name}: names the field "${expected.field}" and says how to fix it`, () => {
      const files = filesUnder(join(INVALID, name, 'articles'), '.mdx');
      expect(files).toHaveLength(1);
      const file = files[0]!;
      // articles/<section>/<file>.mdx
      expect(relative(join(INVALID, name, 'articles'), file).split(/[\\/]/)).toHaveLength(2);

      const result = articleSchema.safeParse(frontMatter(file));
      expect(result.success).toBe(false);
      const issues = result.error!.issues;
      expect(issues).toHaveLength(1);
      const [issue] = issues;
      expect(issue!.path[0]).toBe(expected.field);
      for (const text of expected.contains) expect(issue!.message).toContain(text);
    });
  }
});

describe('articleSchema', () => {
  const valid = { title: 'T', description: 'D', difficulty: 'beginner' };

  it('accepts the valid fixture site articles', () => {
    const files = filesUnder(join(FIXTURES, 'site', 'articles'), '.mdx');
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      const result = articleSchema.safeParse(frontMatter(file));
      expect(result.error?.issues ?? [], file).toEqual([]);
    }
  });

  it('fills in defaults for optional fields', () => {
    expect(articleSchema.parse(valid)).toEqual({ ...valid, order: 100, tags: [], draft: false, related: [] });
  });

  it('trims the title and description', () => {
    const parsed = articleSchema.parse({ ...valid, title: '  Spaced  ', description: ' D ' });
    expect(parsed.title).toBe('Spaced');
    expect(parsed.description).toBe('D');
  });

  it('accepts a YAML date for updated', () => {
    const parsed = articleSchema.parse({ ...valid, ...(yaml.load('updated: 2026-11-22') as object) });
    expect(parsed.updated).toEqual(new Date('2026-11-22T00:00:00Z'));
  });

  it('accepts every difficulty', () => {
    for (const difficulty of DIFFICULTIES) expect(articleSchema.safeParse({ ...valid, difficulty }).success).toBe(true);
  });

  it('says a missing difficulty is missing and suggests a value', () => {
    const { difficulty: _omit, ...rest } = valid;
    const result = articleSchema.safeParse(rest);
    expect(result.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['difficulty', 'is missing. Add `difficulty: beginner` (one of: beginner, intermediate, advanced).'],
    ]);
  });

  it('names the index of a bad related slug', () => {
    const result = articleSchema.safeParse({ ...valid, related: ['good-one', 'Bad One'] });
    expect(result.error?.issues.map((i) => i.path.join('.'))).toEqual(['related.1']);
    expect(result.error?.issues[0]!.message).toContain('article slug');
  });

  it('suggests quoting when YAML turned the title into an object', () => {
    const result = articleSchema.safeParse({ ...valid, title: { 'Step one': 'do this' } });
    expect(result.error?.issues[0]!.message).toContain('got an object');
    expect(result.error?.issues[0]!.message).toContain('put it in quotes');
  });

  it('reports every wrong field at once', () => {
    const result = articleSchema.safeParse({ difficulty: 'hard', draft: 'yes', tags: 'a' });
    expect(result.error?.issues.map((i) => i.path.join('.')).sort()).toEqual(
      ['description', 'difficulty', 'draft', 'tags', 'title'].sort(),
    );
  });
});

describe('sectionSchema', () => {
  it('needs a title and defaults the rest', () => {
    expect(sectionSchema.parse({ title: 'Foundations' })).toEqual({ title: 'Foundations', description: '', order: 100 });
    const result = sectionSchema.safeParse({});
    expect(result.error?.issues[0]!.message).toContain('is missing. Add `title: "Foundations"`');
  });
});

describe('messages', () => {
  // The callbacks only read `input`; a minimal issue object is enough.
  const issue = (input: unknown) => ({ input }) as Parameters<ReturnType<typeof required>>[0];

  it('required: missing vs wrong kind', () => {
    const message = required('title', 'text', '"X"');
    expect(message(issue(undefined))).toBe('is missing. Add `title: "X"` to the front matter.');
    expect(message(issue(42))).toBe('must be text, but got 42. Example: `title: "X"`.');
    expect(message(issue(null))).toBe('must be text, but got null. Example: `title: "X"`.');
    expect(message(issue(['a']))).toBe('must be text, but got a list. Example: `title: "X"`.');
  });

  it('required: hints at quoting only for objects', () => {
    const message = required('title', 'text', '"X"');
    expect(message(issue({ a: 1 }))).toContain('put it in quotes or use a `|` block');
    expect(message(issue(['a']))).not.toContain('quotes');
    expect(message(issue(new Date('2026-01-02')))).toBe('must be text, but got 2026-01-02. Example: `title: "X"`.');
  });

  it('oneOf: missing vs not allowed', () => {
    const message = oneOf('level', ['low', 'high']);
    expect(message(issue(undefined))).toBe('is missing. Add `level: low` (one of: low, high).');
    expect(message(issue('mid'))).toBe('is "mid", which is not allowed. Use one of: low, high.');
    expect(message(issue(3))).toBe('is 3, which is not allowed. Use one of: low, high.');
  });

  it('optional: says what it got and offers removal', () => {
    const message = optional('order', 'a number', '10');
    expect(message(issue('ten'))).toBe('must be a number, but got "ten". Example: `order: 10`, or remove the line.');
    expect(message(issue(true))).toBe('must be a number, but got true. Example: `order: 10`, or remove the line.');
  });
});

describe('updated dates', () => {
  const base = { title: 'X', description: 'Y', difficulty: 'beginner' };
  it('rejects text that is not a YYYY-MM-DD date with a message, instead of crashing', () => {
    for (const updated of ['next tuesday', '22/11/2026', true, 5, {}]) {
      const result = articleSchema.safeParse({ ...base, updated });
      expect(result.success, String(updated)).toBe(false);
      const issue = result.error!.issues.find((i) => i.path[0] === 'updated');
      expect(issue?.message).toContain('must be a date written YYYY-MM-DD');
    }
  });
  it('accepts a YAML date or the same text', () => {
    expect(articleSchema.parse({ ...base, updated: new Date('2026-11-22') }).updated?.toISOString()).toBe('2026-11-22T00:00:00.000Z');
    expect(articleSchema.parse({ ...base, updated: '2026-11-22' }).updated?.toISOString()).toBe('2026-11-22T00:00:00.000Z');
  });
});
