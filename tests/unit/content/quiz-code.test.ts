import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { bankSchema, type QuestionSource } from '../../../src/quiz/build/schema';

/** Editorial rules for the code the curriculum's questions show (commands, outputs, programs). */
const DIR = join('content', 'quizzes');
const questions: Array<QuestionSource & { file: string }> = readdirSync(DIR)
  .filter((f) => f.endsWith('.yaml'))
  .flatMap((file) => bankSchema.parse(yaml.load(readFileSync(join(DIR, file), 'utf8'))).questions.map((q) => ({ ...q, file })));

const fences = (markdown: string) => [...markdown.matchAll(/```(\w*)\n([\s\S]*?)```/g)].map((m) => ({ language: m[1] ?? '', code: m[2]! }));

/** Code every question shows in a monospace box: output questions' code and fenced blocks anywhere. */
function shownCode(q: QuestionSource): string[] {
  const texts = [q.prompt, ...('choices' in q ? q.choices.map((c) => c.text) : [])];
  const blocks = texts.flatMap((t) => fences(t).map((f) => f.code));
  if (q.type === 'output') blocks.push(q.code, ...q.choices.filter((c) => c.text.trim().includes('\n') && !c.text.includes('```')).map((c) => c.text));
  return blocks;
}

/**
 * Characters that common monospace fonts (SF Mono, Menlo, Consolas, DejaVu/Liberation Mono) draw
 * at the cell width: ASCII, Latin-1, general punctuation, arrows, maths, box drawing, shapes and
 * check marks. Anything else (e.g. Argo's "॥") falls back to a proportional font or a missing glyph.
 */
const MONOSPACE_SAFE = /^[\n\t\x20-\x7e\u00a0-\u00ff\u2010-\u2027\u2030-\u205e\u2190-\u21ff\u2200-\u22ff\u2500-\u25ff\u2713-\u2717]*$/;

describe('quiz code', () => {
  it('output questions show the command first: no output in the prompt above it', () => {
    // Output the reader should interpret goes after the command in `code` (language: console, "$ " before the command).
    const outputFirst = questions
      .filter((q) => q.type === 'output' && fences(q.prompt).some((f) => ['', 'text', 'console', 'json', 'shellsession'].includes(f.language)))
      .map((q) => `${q.file}: ${q.id}`);
    expect(outputFirst).toEqual([]);
  });

  it('console blocks start with the command', () => {
    const bad = questions.filter((q) => q.type === 'output' && q.language === 'console' && !q.code.startsWith('$ ')).map((q) => `${q.file}: ${q.id}`);
    expect(bad).toEqual([]);
  });

  it('code uses only characters monospace fonts have', () => {
    const bad = questions.flatMap((q) =>
      shownCode(q)
        .flatMap((code) => [...code].filter((ch) => !MONOSPACE_SAFE.test(ch)))
        .map((ch) => `${q.file}: ${q.id} uses U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')} (${ch})`),
    );
    expect([...new Set(bad)]).toEqual([]);
  });
});

describe('article code', () => {
  const ARTICLES = join('content', 'articles');
  const articles = readdirSync(ARTICLES, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.mdx'))
    .map((file) => ({ file, text: readFileSync(join(ARTICLES, file), 'utf8') }));

  it('code blocks and <Terminal> commands and outputs use only characters monospace fonts have', () => {
    const bad = articles.flatMap(({ file, text }) => {
      const props = [...text.matchAll(/\b(?:command|output)=\{`([\s\S]*?)`\}/g)].map((m) => m[1]!);
      return [...fences(text).map((f) => f.code), ...props]
        .flatMap((code) => [...code].filter((ch) => !MONOSPACE_SAFE.test(ch)))
        .map((ch) => `${file} uses U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')} (${ch})`);
    });
    expect(articles.length).toBeGreaterThan(0);
    expect([...new Set(bad)]).toEqual([]);
  });
});
