import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ContentProblem } from '../../../src/lib/content-problems';
import { zodProblems } from '../../../src/lib/zod-problems';
import { validateYamlFiles } from '../../../src/loaders/yaml-collection';
import { readYamlFolder, type YamlFile } from '../../../src/loaders/yaml-files';
import { QUESTION_TYPES, bankSchema, questionSchema, type BankSource } from '../../../src/quiz/build/schema';

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '../../fixtures');
const INVALID = join(FIXTURES, 'invalid');
const ITEMS = { key: 'questions', label: 'question' } as const;

/** What the loader does before throwing: YAML problems first, then schema and cross-file problems. */
function validateFolder(dir: string) {
  const read = readYamlFolder(dir);
  const validated = validateYamlFiles<BankSource>(read.files, bankSchema, ITEMS);
  return { read, validated, problems: [...read.problems, ...validated.problems] };
}

const fixtureFile = (kase: string, bank: string) => relative(process.cwd(), join(INVALID, `quizzes-${kase}`, 'quizzes', bank));

interface Expected {
  bank: string;
  where: string;
  /** What is wrong and how to fix it. */
  contains: string[];
}

const CASES: Record<string, Expected> = {
  'unknown-type': {
    bank: 'types.yaml',
    where: 'question "types-1", field type',
    contains: ['"essay"', 'does not exist', `Use one of: ${QUESTION_TYPES.join(', ')}`],
  },
  'duplicate-id': {
    bank: 'beta.yaml',
    where: 'question "shared-1", field id',
    contains: ['is already used in', 'alpha.yaml', 'unique across the site', 'rename one'],
  },
  'single-answer-not-a-choice': {
    bank: 'single.yaml',
    where: 'question "single-1", field answer',
    contains: ['"c" is not among the choices (a, b)', 'Use the id of the correct choice'],
  },
  'multiple-unknown-answer': {
    bank: 'multiple.yaml',
    where: 'question "multiple-1", field answer',
    contains: ['"footnotes" is not among the choices (tables, tasks, wiki)', 'Use the id of the correct choice'],
  },
  'order-missing-step': {
    bank: 'order.yaml',
    where: 'question "order-missing", field answer',
    contains: ['must list every step id exactly once', 'steps: collect, validate, train', 'got: collect, train'],
  },
  'order-duplicate-step': {
    bank: 'order.yaml',
    where: 'question "order-duplicate", field answer',
    contains: ['must list every step id exactly once', 'steps: collect, validate, train', 'got: collect, validate, validate'],
  },
  'fill-empty-accept': {
    bank: 'fill.yaml',
    where: 'question "fill-1", field accept',
    contains: ['is empty', 'at least one accepted answer', '`accept: ["not found"]`'],
  },
  'too-few-choices': {
    bank: 'choices.yaml',
    where: 'question "choices-1", field choices',
    contains: ['needs at least two options', 'Add the missing choices'],
  },
  'missing-solution': {
    bank: 'solution.yaml',
    where: 'question "solution-1", field solution',
    contains: ['is missing', 'Add `solution: ["Step one", "Step two"]`'],
  },
  'invalid-pattern': {
    bank: 'pattern.yaml',
    where: 'question "pattern-1", field pattern',
    contains: ['is not a valid regular expression', 'Check brackets and escapes, or remove it'],
  },
  'malformed-yaml': {
    bank: 'broken.yaml',
    // The unquoted "Which is right: A or B?" is on line 7 (checked below).
    where: 'prompt',
    contains: ['has a value containing ": "', 'Quote this value: `prompt: "Which is right: A or B?"`'],
  },
};

describe('question bank fixtures', () => {
  it('has a fixture folder for every case', () => {
    const folders = readdirSync(INVALID).filter((name) => name.startsWith('quizzes-'));
    expect(folders.sort()).toEqual(Object.keys(CASES).map((c) => `quizzes-${c}`).sort());
  });

  for (const [kase, expected] of Object.entries(CASES)) {
    it(`${kase}: names the file, the question, the field and the fix`, () => {
      const { problems } = validateFolder(join(INVALID, `quizzes-${kase}`, 'quizzes'));
      expect(problems).toHaveLength(1);
      const [problem] = problems as [ContentProblem];
      expect(problem.file).toBe(fixtureFile(kase, expected.bank));
      expect(problem.where).toBe(expected.where);
      for (const text of expected.contains) expect(problem.message).toContain(text);
    });
  }

  it('malformed-yaml: gives the line of the unquoted value', () => {
    const { problems } = validateFolder(join(INVALID, 'quizzes-malformed-yaml', 'quizzes'));
    expect(problems[0]!.line).toBe(7);
  });

  it('duplicate-id: keeps both banks as entries and blames the later file', () => {
    const { validated } = validateFolder(join(INVALID, 'quizzes-duplicate-id', 'quizzes'));
    expect(validated.entries.map((e) => e.name)).toEqual(['alpha', 'beta']);
    expect(validated.problems[0]!.message).toContain(fixtureFile('duplicate-id', 'alpha.yaml'));
  });

  it('malformed-yaml: the broken file is not passed on as an entry', () => {
    const { read, validated } = validateFolder(join(INVALID, 'quizzes-malformed-yaml', 'quizzes'));
    expect(read.files).toEqual([]);
    expect(validated.entries).toEqual([]);
  });

  it('a schema problem keeps the bank out of the entries', () => {
    const { validated } = validateFolder(join(INVALID, 'quizzes-single-answer-not-a-choice', 'quizzes'));
    expect(validated.entries).toEqual([]);
  });

  it('a valid bank yields no problems and one entry per file', () => {
    const { problems, validated } = validateFolder(join(FIXTURES, 'site', 'quizzes'));
    expect(problems).toEqual([]);
    expect(validated.entries.map((e) => e.name).sort()).toEqual(['basics', 'paging', 'selection']);
    const entry = validated.entries.find((e) => e.name === 'basics');
    expect(entry!.data.title).toBe('Basics');
    expect(entry!.data.questions.map((q) => q.type).sort()).toEqual([...QUESTION_TYPES].sort());
  });
});

describe('readYamlFolder', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'yaml-folder-'));
    writeFileSync(join(dir, 'b.yaml'), 'title: B\n');
    writeFileSync(join(dir, 'a.yml'), 'title: A\n');
    writeFileSync(join(dir, 'notes.md'), '# not yaml\n');
    writeFileSync(join(dir, 'c.yaml'), 'title: [unclosed\n');
    mkdirSync(join(dir, 'nested.yaml'));
    writeFileSync(join(dir, 'nested.yaml', 'inner.yaml'), 'title: inner\n');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('returns nothing for a folder that does not exist', () => {
    expect(readYamlFolder(join(dir, 'missing'))).toEqual({ files: [], problems: [] });
  });

  it('reads .yaml and .yml files in name order, skipping other files', () => {
    const { files } = readYamlFolder(dir);
    expect(files.map((f) => f.name)).toEqual(['a', 'b']);
    expect(files.map((f) => f.data)).toEqual([{ title: 'A' }, { title: 'B' }]);
  });

  it('names files outside the project by their full path', () => {
    const { files } = readYamlFolder(dir);
    expect(files[0]!.file).toBe(join(dir, 'a.yml'));
  });

  it('turns a syntax error into a problem with a 1-based line and column, and keeps reading', () => {
    const { problems } = readYamlFolder(dir);
    const syntax = problems.filter((p) => p.file.endsWith('c.yaml'));
    expect(syntax).toHaveLength(1);
    expect(syntax[0]!.line).toBe(2);
    expect(syntax[0]!.where).toBe('YAML');
    expect(syntax[0]!.message).toMatch(/^is not valid YAML \(.+ at column \d+\)\. Check the indentation/);
  });

  it('reports a folder named like a YAML file without crashing', () => {
    const { files, problems } = readYamlFolder(dir);
    expect(files.some((f) => f.name === 'nested')).toBe(false);
    const nested = problems.find((p) => p.file.endsWith('nested.yaml'));
    expect(nested?.where).toBe('YAML');
  });
});

const question = (overrides: Record<string, unknown> = {}) => ({
  id: 'q-1',
  type: 'single',
  category: 'conceptual',
  difficulty: 'easy',
  prompt: 'Pick one.',
  choices: [
    { id: 'a', text: 'A' },
    { id: 'b', text: 'B' },
  ],
  answer: 'a',
  hint: 'Think.',
  solution: ['Because.'],
  quickCheck: 'A.',
  commonMistakes: ['Picking B.'],
  related: '/basics/first-steps/#setup',
  ...overrides,
});

const file = (name: string, data: unknown): YamlFile => ({ name, file: `content/quizzes/${name}.yaml`, data });

describe('validateYamlFiles', () => {
  it('returns parsed data with defaults for valid files', () => {
    const output = question({ id: 'out-1', type: 'output', code: '$ echo hi' });
    const { entries, problems } = validateYamlFiles<BankSource>([file('one', { title: 'One', questions: [output] })], bankSchema, ITEMS);
    expect(problems).toEqual([]);
    expect(entries).toEqual([{ name: 'one', file: 'content/quizzes/one.yaml', data: expect.objectContaining({ title: 'One' }) }]);
    expect(entries[0]!.data.questions[0]).toMatchObject({ type: 'output', language: 'text' });
  });

  it('reports a duplicate id inside one bank', () => {
    const { problems } = validateYamlFiles(
      [file('one', { title: 'One', questions: [question(), question()] })],
      bankSchema,
      ITEMS,
    );
    expect(problems).toEqual([
      {
        file: 'content/quizzes/one.yaml',
        where: 'question "q-1", field id',
        message: expect.stringContaining('is already used in content/quizzes/one.yaml'),
      },
    ]);
  });

  it('reports problems in every file, not only the first', () => {
    const { problems } = validateYamlFiles(
      [
        file('one', { title: 'One', questions: [question({ answer: 'z' })] }),
        file('two', { title: 'Two', questions: [question({ id: 'q-2', hint: '' })] }),
      ],
      bankSchema,
      ITEMS,
    );
    expect(problems.map((p) => `${p.file} | ${p.where}`)).toEqual([
      'content/quizzes/one.yaml | question "q-1", field answer',
      'content/quizzes/two.yaml | question "q-2", field hint',
    ]);
    expect(problems[1]!.message).toBe('is empty. Write the hint.');
  });

  it('names a question without an id by its position', () => {
    const { id: _id, ...noId } = question({ id: undefined });
    const { problems } = validateYamlFiles([file('one', { title: 'One', questions: [question(), noId] })], bankSchema, ITEMS);
    expect(problems.map((p) => p.where)).toEqual(['question #2 (no id), field id']);
    expect(problems[0]!.message).toContain('is missing');
  });

  it('reports bank-level fields by name', () => {
    const { problems } = validateYamlFiles([file('one', { questions: [] })], bankSchema, ITEMS);
    expect(problems.map((p) => [p.where, p.message])).toEqual([
      ['title', 'is missing. Add `title: "HTTP basics"` to the top of the file.'],
      ['questions', 'is empty. Add at least one question.'],
    ]);
  });

  it('accepts an optional badge name and reports one that is not a short one-line name', () => {
    const bank = (badge: unknown) => file('one', { title: 'One', badge, questions: [question()] });
    const ok = validateYamlFiles<BankSource>([bank('  Sharp Eye ')], bankSchema, ITEMS);
    expect(ok.problems).toEqual([]);
    expect(ok.entries[0]!.data.badge).toBe('Sharp Eye');
    const bad = validateYamlFiles([bank(''), bank('x'.repeat(61)), bank('Two\nlines'), bank(42)], bankSchema, ITEMS);
    expect(bad.problems.map((p) => [p.where, p.message])).toEqual([
      ['badge', 'is empty. Name the badge in a few words (e.g. "Sharp Eye"), or leave it out to use the default name.'],
      ['badge', 'is longer than 60 characters. A badge name is a few words that fit on one line.'],
      ['badge', 'spans several lines. Write the badge name on one line.'],
      ['badge', 'must be text, but got 42. Example: `badge: "Sharp Eye"`, or remove the line.'],
    ]);
  });

  it('reports an empty file as a whole-file problem', () => {
    const { problems } = validateYamlFiles([file('empty', undefined)], bankSchema, ITEMS);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.where).toBe('(file)');
    expect(problems[0]!.file).toBe('content/quizzes/empty.yaml');
    expect(problems[0]!.message).toContain('is empty or is not a question bank');
  });

  it('says a question without a type needs one', () => {
    const { type: _type, ...noType } = question();
    const { problems } = validateYamlFiles([file('one', { title: 'One', questions: [noType] })], bankSchema, ITEMS);
    expect(problems).toEqual([
      {
        file: 'content/quizzes/one.yaml',
        where: 'question "q-1", field type',
        message: `needs a \`type\`: one of ${QUESTION_TYPES.join(', ')}.`,
      },
    ]);
  });

  it('names nested fields inside a question', () => {
    const bad = question({ choices: [{ id: 'a', text: 'A' }, { id: 'B!', text: 'B' }], answer: 'a' });
    const { problems } = validateYamlFiles([file('one', { title: 'One', questions: [bad] })], bankSchema, ITEMS);
    expect(problems.map((p) => p.where)).toEqual(['question "q-1", field choices.1.id']);
    expect(problems[0]!.message).toContain('lower-case-with-hyphens');
  });
});

describe('questionSchema cross-field checks', () => {
  const messages = (data: unknown) => questionSchema.safeParse(data).error?.issues.map((i) => [i.path.join('.'), i.message]) ?? [];

  it('accepts a valid single-choice question', () => {
    expect(messages(question())).toEqual([]);
  });

  it('reports duplicate choice ids', () => {
    expect(messages(question({ choices: [{ id: 'a', text: 'A' }, { id: 'a', text: 'Also A' }] }))).toEqual([
      ['choices', 'has two choices with id "a". Give each choice its own id.'],
    ]);
  });

  it('reports a multiple-choice answer that lists a choice twice', () => {
    expect(messages(question({ type: 'multiple', answer: ['a', 'a'] }))).toEqual([
      ['answer', 'lists the same choice twice. List each correct choice once.'],
    ]);
  });

  it('reports an empty multiple-choice answer', () => {
    expect(messages(question({ type: 'multiple', answer: [] }))[0]![1]).toContain('is empty. List every correct choice id');
  });

  it('checks output questions against their choices too', () => {
    expect(messages(question({ type: 'output', code: 'ls', answer: 'x' }))).toEqual([
      ['answer', '"x" is not among the choices (a, b). Use the id of the correct choice.'],
    ]);
  });

  it('accepts an order answer that is a permutation, and rejects extra steps', () => {
    const order = question({
      type: 'order',
      choices: undefined,
      steps: [
        { id: 'one', text: 'One' },
        { id: 'two', text: 'Two' },
      ],
      answer: ['two', 'one'],
    });
    expect(messages(order)).toEqual([]);
    expect(messages({ ...order, answer: ['two', 'one', 'three'] })[0]![1]).toContain('got: two, one, three');
    expect(messages({ ...order, answer: [] })[0]![1]).toContain('got: nothing');
  });

  it('needs a true/false answer to be a boolean', () => {
    const tf = question({ type: 'truefalse', choices: undefined, answer: 'yes' });
    expect(messages(tf)).toEqual([['answer', 'must be true or false, but got "yes". Example: `answer: true`.']]);
  });

  it('accepts a valid regular expression pattern on fill questions', () => {
    const fill = question({ type: 'fill', choices: undefined, answer: undefined, accept: ['yaml'], pattern: '^ya?ml$' });
    expect(messages(fill)).toEqual([]);
  });

  it('needs related to be a site link', () => {
    expect(messages(question({ related: 'https://example.com' }))).toEqual([
      ['related', expect.stringContaining('must be a link inside the site starting with "/"')],
    ]);
  });

  it('rejects an unknown category with the allowed list', () => {
    expect(messages(question({ category: 'trivia' }))).toEqual([
      ['category', 'is "trivia", which is not allowed. Use one of: conceptual, workflow, troubleshoot, best-practice, command-output.'],
    ]);
  });
});

describe('zodProblems', () => {
  it('maps issue paths to where, naming items by id', () => {
    const raw = { title: 'T', questions: [question({ id: 'first' }), question({ id: 'second', answer: 'q' })] };
    const error = bankSchema.safeParse(raw).error!;
    expect(zodProblems('bank.yaml', error, raw, ITEMS)).toEqual([
      { file: 'bank.yaml', where: 'question "second", field answer', message: expect.stringContaining('"q" is not among') },
    ]);
  });

  it('uses the custom label and key', () => {
    const raw = { topics: [{ id: 'x' }] };
    const error = bankSchema.safeParse({ title: 'T', questions: [{ id: 'x' }] }).error!;
    // Re-label the path to a different list: the label follows the `list` argument.
    const relabelled = { ...error, issues: error.issues.map((i) => ({ ...i, path: ['topics', ...i.path.slice(1)] })) };
    const [problem] = zodProblems('t.yaml', relabelled as typeof error, raw, { key: 'topics', label: 'topic' });
    expect(problem!.where).toBe('topic "x", field type');
  });
});
