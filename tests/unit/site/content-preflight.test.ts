import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkArticleSource, splitFrontmatter } from '../../../src/lib/article-source';
import { displayPath } from '../../../src/lib/content-dir';
import { formatProblems } from '../../../src/lib/content-problems';
import { articleIdFromPath } from '../../../src/lib/slug';
import { yamlProblem } from '../../../src/lib/yaml-problems';
import { articleSchema } from '../../../src/schemas/article';
import { preflightContent } from '../../../src/integration/preflight';
import { ARTICLE_COMPONENT_NAMES } from '../../../src/components/mdx/names';
import yaml from 'js-yaml';

const FILE = 'content/articles/basics/page.mdx';
const VALID = '---\ntitle: Page\ndescription: A page.\ndifficulty: beginner\n---\n\n## Heading\n\n<Note>Fine.</Note>\n';
const check = (source: string) => checkArticleSource(FILE, source, ARTICLE_COMPONENT_NAMES);
const withFrontmatter = (lines: string[], body = 'Text.\n') => `---\n${lines.join('\n')}\n---\n\n${body}`;
const BASE = ['title: Page', 'description: A page.', 'difficulty: beginner'];

/** What js-yaml throws for this text, turned into a problem. */
function yamlError(text: string, firstLine = 1) {
  try {
    yaml.load(text);
  } catch (error) {
    return yamlProblem('file.yaml', text, error, firstLine);
  }
  throw new Error('expected a YAML error');
}

describe('checkArticleSource', () => {
  it('finds nothing wrong in a valid article', () => {
    expect(check(VALID)).toEqual([]);
  });

  it('reports an empty file', () => {
    expect(check(' \n')).toEqual([{ file: FILE, where: 'file', message: expect.stringMatching(/^is empty\. Write the front matter/) }]);
  });

  it('reports missing or unclosed front matter on line 1', () => {
    expect(check('# Just a heading\n')).toEqual([{ file: FILE, line: 1, where: 'front matter', message: expect.stringMatching(/^is missing\. Start the file with a block between two `---` lines/) }]);
    expect(check('---\ntitle: Page\n\n# Heading\n')).toEqual([
      { file: FILE, line: 1, where: 'front matter', message: 'is not closed. Add a line with only `---` after the last field.' },
    ]);
  });

  it('names the line and field of each schema problem, all together', () => {
    const problems = check(withFrontmatter(['title: Page', 'description: A page.', 'difficulty: expert', 'order: ten', 'related: [Bad Slug]']));
    expect(problems.map((p) => [p.line, p.where])).toEqual([
      [4, 'difficulty'],
      [5, 'order'],
      [6, 'related[0]'],
    ]);
    expect(problems[0]!.message).toBe('is "expert", which is not allowed. Use one of: beginner, intermediate, advanced.');
  });

  it('reports a day that does not exist instead of moving it to the next month', () => {
    expect(check(withFrontmatter([...BASE, 'updated: 2026-02-30']))).toEqual([
      { file: FILE, line: 5, where: 'updated', message: 'is 2026-02-30, a day that does not exist. Write a real date as YYYY-MM-DD, e.g. `updated: 2026-11-22`.' },
    ]);
    expect(check(withFrontmatter([...BASE, 'updated: 2024-02-29']))).toEqual([]);
  });

  it('asks to quote a front-matter value that contains ": "', () => {
    expect(check(withFrontmatter(['title: Setup: the basics', 'description: x', 'difficulty: beginner']))).toEqual([
      { file: FILE, line: 2, where: 'title', message: 'has a value containing ": ", which YAML reads as a new key. Quote this value: `title: "Setup: the basics"`.' },
    ]);
  });

  it('names a key set twice and both lines', () => {
    expect(check(withFrontmatter([...BASE, 'title: Again']))).toEqual([
      { file: FILE, line: 5, where: 'title', message: 'is set twice (first on line 2). Keep one `title:` line and delete the other.' },
    ]);
  });

  it('reports an MDX syntax error with its line and the usual fix', () => {
    expect(check(withFrontmatter(BASE, '<Note>\nNever closed.\n'))).toEqual([
      { file: FILE, line: 7, where: 'MDX', message: 'Expected a closing tag for `<Note>`. Close it with `</Note>`, or write `<Note />` if it has no content.' },
    ]);
    const [brace] = check(withFrontmatter(BASE, 'Costs {5 a month.\n'));
    expect(brace).toMatchObject({ line: 7, where: 'MDX', message: expect.stringContaining('write a literal brace as `\\{`') });
    const [angle] = check(withFrontmatter(BASE, 'When a <5 then stop.\n'));
    expect(angle).toMatchObject({ line: 7, where: 'MDX', message: expect.stringContaining('write a literal `<` as `&lt;`') });
  });

  it('names unknown components with a suggestion, but not imported ones or HTML', () => {
    const body = 'import Chart from "./chart.astro";\n\n<Quizz bank="drift" />\n\n<Chart />\n\nText with <span>html</span> and <Widget />.\n';
    expect(check(withFrontmatter(BASE, body))).toEqual([
      { file: FILE, line: 9, where: '<Quizz>', message: expect.stringMatching(/^is not a component articles can use\. Did you mean <Quiz>\? The components are <KeyConcept>, /) },
      { file: FILE, line: 13, where: '<Widget>', message: expect.stringMatching(/^is not a component articles can use\. The components are /) },
    ]);
  });

  it('ignores components inside code blocks', () => {
    expect(check(withFrontmatter(BASE, '```mdx\n<Quizz bank="x" />\n```\n'))).toEqual([]);
  });
});

describe('splitFrontmatter', () => {
  it('separates the YAML from the body, with or without a byte-order mark', () => {
    expect(splitFrontmatter('---\na: 1\n---\nbody')).toEqual({ yaml: 'a: 1', closed: true });
    expect(splitFrontmatter('\uFEFF---\r\na: 1\r\n---\r\nbody')).toEqual({ yaml: 'a: 1\r', closed: true });
    expect(splitFrontmatter('body')).toEqual({ closed: false });
  });
});

describe('yamlProblem', () => {
  it('points at the line with an unquoted ": " in a list item or nested value', () => {
    expect(yamlError('basics:\n  title: Basics: the start\n  order: 1\n')).toMatchObject({ line: 2, where: 'title', message: expect.stringContaining('`title: "Basics: the start"`') });
    expect(yamlError('questions:\n  - prompt: Which is right: A or B?\n    answer: true\n')).toMatchObject({ line: 2, where: 'prompt' });
  });

  it('escapes quotes in the suggested value', () => {
    expect(yamlError('title: Say "hi": now\nother: 1\n').message).toContain('`title: "Say \\"hi\\": now"`');
  });

  it('offsets lines for front matter', () => {
    expect(yamlError('a: 1\na: 2\n', 2)).toMatchObject({ line: 3, where: 'a', message: 'is set twice (first on line 2). Keep one `a:` line and delete the other.' });
  });

  it('falls back to the YAML reason and column', () => {
    expect(yamlError('tags: [a, b\n')).toMatchObject({ where: 'YAML', message: expect.stringMatching(/^is not valid YAML \(unexpected end of the stream within a flow collection at column \d+\)\. Check the indentation/) });
  });
});

describe('articleIdFromPath', () => {
  it('gives the same page to file names that differ only in case, spaces or punctuation', () => {
    expect(articleIdFromPath('basics/Setup.mdx')).toBe('basics/setup');
    expect(articleIdFromPath('basics/setup.mdx')).toBe('basics/setup');
    expect(articleIdFromPath('Basics/My Page.mdx')).toBe('basics/my-page');
    expect(articleIdFromPath('basics/index.mdx')).toBe('basics');
  });
});

describe('articleSchema updated', () => {
  it('accepts real dates as text or Date, and rejects impossible ones', () => {
    const base = { title: 'T', description: 'D', difficulty: 'beginner' };
    expect(articleSchema.parse({ ...base, updated: '2026-11-22' }).updated).toEqual(new Date('2026-11-22T00:00:00Z'));
    expect(articleSchema.parse({ ...base, updated: new Date('2026-11-22') }).updated).toEqual(new Date('2026-11-22T00:00:00Z'));
    for (const updated of ['2026-02-30', '2026-13-01', '2025-02-29']) expect(articleSchema.safeParse({ ...base, updated }).success).toBe(false);
  });
});

describe('formatProblems and displayPath', () => {
  it('puts the line after the file when there is one', () => {
    expect(formatProblems([{ file: 'a.mdx', line: 3, where: 'title', message: 'is missing.' }, { file: 'b.mdx', where: 'file', message: 'is empty.' }])).toBe(
      '2 content problems must be fixed before the site can be built:\n  a.mdx:3\n    title: is missing.\n  b.mdx\n    file: is empty.',
    );
  });

  it('shows paths inside the project relative to it, and others as they are', () => {
    expect(displayPath('/project/content/a.mdx', '/project')).toBe('content/a.mdx');
    expect(displayPath('/home/me/notes/a.mdx', '/project')).toBe('/home/me/notes/a.mdx');
  });
});

describe('preflightContent', () => {
  const folder = (files: Record<string, string>) => {
    const dir = mkdtempSync(join(tmpdir(), 'studyforge-preflight-'));
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(join(dir, path, '..'), { recursive: true });
      writeFileSync(join(dir, path), text);
    }
    return dir;
  };
  const where = (dir: string, root = dir) => preflightContent(dir).map((p) => `${p.file.replace(root, '<dir>')}${p.line ? `:${p.line}` : ''} ${p.where}`);

  it('passes a valid folder', () => {
    expect(preflightContent(folder({ 'articles/basics/page.mdx': VALID }))).toEqual([]);
  });

  it('stops on a folder that does not exist or has no articles', () => {
    const dir = folder({});
    expect(where(join(dir, 'missing'), dir)).toEqual(['<dir>/missing STUDY_CONTENT_DIR']);
    expect(where(dir)).toEqual(['<dir>/articles articles']);
    expect(where(folder({ 'articles/basics/notes.txt': 'x' }))).toEqual(['<dir>/articles articles']);
  });

  it('reports twins by page address, .md files and link loops, with every file problem', () => {
    const dir = folder({
      'articles/basics/Setup.mdx': VALID,
      'articles/basics/setup.mdx': VALID,
      'articles/basics/plain.md': '# Plain',
      'articles/basics/bad.mdx': '',
      'sections.yaml': 'basics:\n  title: A\n  title: B\n',
    });
    symlinkSync('..', join(dir, 'articles/basics/up'));
    symlinkSync('self', join(dir, 'articles/basics/self'));
    expect(where(dir)).toEqual([
      '<dir>/articles/basics/Setup.mdx file name',
      '<dir>/articles/basics/bad.mdx file',
      '<dir>/articles/basics/plain.md file name',
      '<dir>/articles/basics/self symbolic link',
      '<dir>/articles/basics/setup.mdx file name',
      '<dir>/articles/basics/up symbolic link',
      '<dir>/sections.yaml:3 title',
    ]);
    const self = preflightContent(dir).find((p) => p.file.endsWith('self'));
    expect(self?.message).toMatch(/^points to itself in a loop/);
  });

  it('checks each section of sections.yaml and the question banks', () => {
    const dir = folder({
      'articles/basics/page.mdx': VALID,
      'sections.yaml': 'basics:\n  title: 5\n',
      'quizzes/bank.yaml': 'title: Bank\nquestions: []\n',
    });
    expect(preflightContent(dir).map((p) => [p.file.replace(dir, '<dir>'), p.line, p.where])).toEqual([
      ['<dir>/quizzes/bank.yaml', undefined, 'questions'],
      ['<dir>/sections.yaml', 1, 'basics.title'],
    ]);
  });
});
