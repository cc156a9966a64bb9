import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import Ajv2020 from 'ajv/dist/2020';
import yaml from 'js-yaml';
import { JSON_SCHEMAS, jsonSchemaText, toJsonSchema } from '../../../src/schemas/json-schemas';

const root = process.cwd();
const content = join(root, 'content');

function validator(file: string) {
  const entry = JSON_SCHEMAS.find((e) => e.file === file);
  if (!entry) throw new Error(`no schema ${file}`);
  return new Ajv2020({ allErrors: true, strict: false }).compile(toJsonSchema(entry));
}

/** YAML reads `2026-11-22` as a Date; editors (YAML 1.2) see the text, which is what the schema describes. */
const asEditorSees = (value: unknown): unknown =>
  value instanceof Date
    ? value.toISOString().slice(0, 10)
    : Array.isArray(value)
      ? value.map(asEditorSees)
      : value && typeof value === 'object'
        ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, asEditorSees(v)]))
        : value;

const yamlFiles = (dir: string) =>
  readdirSync(dir).filter((f) => f.endsWith('.yaml')).map((f) => join(dir, f));

function mdxFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? mdxFiles(join(dir, d.name)) : d.name.endsWith('.mdx') ? [join(dir, d.name)] : [],
  );
}

/** Files that fail `check`, with ajv's errors, so a failure names the file and the field. */
function failures(files: string[], check: ReturnType<typeof validator>, read: (path: string) => unknown) {
  return files.flatMap((path) =>
    check(asEditorSees(read(path))) ? [] : [`${relative(root, path)}: ${JSON.stringify(check.errors)}`],
  );
}

describe('editor JSON Schemas (schemas/)', () => {
  it('are up to date with the Zod schemas', () => {
    for (const entry of JSON_SCHEMAS) {
      let committed = '';
      try {
        committed = readFileSync(join(root, 'schemas', entry.file), 'utf8');
      } catch {
        /* missing: reported by the comparison below */
      }
      expect(committed, `schemas/${entry.file} is stale or missing: run \`npm run schemas\` and commit the result.`).toBe(
        jsonSchemaText(entry),
      );
    }
  });

  it('have an $id, a title, a description and the enum values', () => {
    for (const entry of JSON_SCHEMAS) {
      const schema = toJsonSchema(entry);
      expect(schema.$id).toMatch(new RegExp(`/${entry.file}$`));
      expect(schema.title).toBeTruthy();
      expect(schema.description).toBeTruthy();
    }
    const article = toJsonSchema(JSON_SCHEMAS.find((e) => e.file === 'article.schema.json')!);
    const difficulty = (article.properties as Record<string, { enum?: string[]; description?: string }>).difficulty!;
    expect(difficulty.enum).toEqual(['beginner', 'intermediate', 'advanced']);
    expect(difficulty.description).toBeTruthy();
  });

  it('accept every file of the curriculum', () => {
    const frontMatter = (path: string) => yaml.load(/^---\n([\s\S]*?)\n---/.exec(readFileSync(path, 'utf8'))?.[1] ?? '');
    const readYaml = (path: string) => yaml.load(readFileSync(path, 'utf8'));
    const articles = mdxFiles(join(content, 'articles'));
    const banks = yamlFiles(join(content, 'quizzes'));
    const interviews = yamlFiles(join(content, 'interview'));
    expect(articles.length * banks.length * interviews.length).toBeGreaterThan(0);
    expect(failures(articles, validator('article.schema.json'), frontMatter)).toEqual([]);
    expect(failures(banks, validator('bank.schema.json'), readYaml)).toEqual([]);
    expect(failures(interviews, validator('interview.schema.json'), readYaml)).toEqual([]);
    expect(failures([join(content, 'sections.yaml')], validator('sections.schema.json'), readYaml)).toEqual([]);
  });

  it('reject what the editor should flag: an unknown enum value, a missing field, a bad question type', () => {
    const article = validator('article.schema.json');
    expect(article({ title: 'T', description: 'D', difficulty: 'expert' })).toBe(false);
    expect(article({ title: 'T', difficulty: 'beginner' })).toBe(false);
    expect(article({ title: 'T', description: 'D', difficulty: 'beginner', updated: '22 Nov' })).toBe(false);
    expect(article({ title: 'T', description: 'D', difficulty: 'beginner', tgas: ['typo'] })).toBe(false);
    const bank = validator('bank.schema.json');
    const question = { id: 'q', type: 'single', category: 'conceptual', difficulty: 'easy', prompt: 'p', hint: 'h', solution: ['s'], quickCheck: 'q', commonMistakes: ['m'], related: '/a/b/', choices: [{ id: 'a', text: 'A' }, { id: 'b', text: 'B' }], answer: 'a' };
    expect(bank({ title: 'B', questions: [question] }), JSON.stringify(bank.errors)).toBe(true);
    expect(bank({ title: 'B', questions: [{ ...question, type: 'essay' }] })).toBe(false);
    expect(bank({ title: 'B', questions: [{ ...question, hnit: 'typo' }] })).toBe(false);
  });

  it('are named by a `yaml-language-server` line in each YAML file of the curriculum, with a path that exists', () => {
    const files = [...yamlFiles(join(content, 'quizzes')), ...yamlFiles(join(content, 'interview')), join(content, 'sections.yaml')];
    const broken = files.filter((path) => {
      const match = /^# yaml-language-server: \$schema=(\S+)$/m.exec(readFileSync(path, 'utf8'));
      return !match || !existsSync(resolve(dirname(path), match[1]!));
    });
    expect(broken.map((path) => relative(root, path))).toEqual([]);
  });
});
