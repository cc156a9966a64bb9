import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import yaml from 'js-yaml';
import { parse as parseGift } from 'gift-pegjs';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { EXPORT_FORMATS, INTERVIEW_ANKI, exportFileName } from '../../src/quiz/export/formats';
import { choiceIdentifier } from '../../src/quiz/export/qti';
import { quizGuid, interviewGuid } from '../../src/quiz/export/anki';
import type { QuestionSource } from '../../src/quiz/build/schema';
import { readQtiPackage } from '../unit/quiz/export/qti-check';
import { readAnkiTsv } from '../unit/quiz/export/anki-check';

// One build of the fixture site: every bank in every format lands in dist/quizzes/, the interview
// cards in dist/interview/, and each file reads back with the right answers.
const CONTENT = 'tests/fixtures/site';
const banks = readdirSync(join(CONTENT, 'quizzes'))
  .filter((file) => file.endsWith('.yaml'))
  .map((file) => ({ name: basename(file, '.yaml'), questions: (yaml.load(readFileSync(join(CONTENT, 'quizzes', file), 'utf8')) as { questions: QuestionSource[] }).questions }));
const interviewIds = readdirSync(join(CONTENT, 'interview')).flatMap((file) =>
  (yaml.load(readFileSync(join(CONTENT, 'interview', file), 'utf8')) as { questions: Array<{ id: string }> }).questions.map((q) => interviewGuid(basename(file, '.yaml'), q.id)),
);

let dist = '';
beforeAll(() => {
  dist = mkdtempSync(join(tmpdir(), 'studyforge-exports-'));
  // Vitest puts Vite's BASE_URL ('/') into process.env, and Astro's server code reads import.meta.env from there.
  const { BASE_URL: _vitestBase, ...env } = process.env;
  const result = spawnSync('node_modules/.bin/astro', ['build', '--silent'], {
    env: { ...env, STUDY_CONTENT_DIR: CONTENT, STUDY_OUT_DIR: dist, SITE_URL: 'https://example.org/notes/', FORCE_COLOR: '0' },
    encoding: 'utf8',
  });
  expect(result.status, result.stdout + result.stderr).toBe(0);
}, 180_000);
afterAll(() => rmSync(dist, { recursive: true, force: true }));


describe('exports in the build', () => {
  it('writes every format for every bank', () => {
    for (const bank of banks) for (const format of EXPORT_FORMATS) expect(existsSync(join(dist, 'quizzes', exportFileName(bank.name, format))), `${bank.name} ${format.id}`).toBe(true);
  });

  it('GIFT files parse back with every question GIFT can carry and the right answers', () => {
    for (const bank of banks) {
      const parsed = parseGift(readFileSync(join(dist, 'quizzes', `${bank.name}.gift.txt`), 'utf8'));
      const titles = parsed.flatMap((q) => (q.type === 'Category' ? [] : [q.title]));
      expect(titles, bank.name).toEqual(bank.questions.filter((q) => q.type !== 'order').map((q) => q.id));
      for (const q of parsed) {
        const source = q.type === 'Category' ? undefined : bank.questions.find((s) => s.id === q.title);
        if (q.type === 'TF' && source?.type === 'truefalse') expect(q.isTrue, q.title!).toBe(source.answer);
        if (q.type === 'MC' && (source?.type === 'single' || source?.type === 'output')) {
          expect(q.choices.findIndex((c) => c.isCorrect), q.title!).toBe(source.choices.findIndex((c) => c.id === source.answer));
        }
      }
    }
  });

  it('Moodle XML files are well-formed and carry every question', () => {
    const parser = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'question' });
    for (const bank of banks) {
      const xml = readFileSync(join(dist, 'quizzes', `${bank.name}.moodle.xml`), 'utf8');
      expect(XMLValidator.validate(xml), bank.name).toBe(true);
      const names = (parser.parse(xml).quiz.question as Array<{ name?: { text: string } }>).flatMap((q) => (q.name ? [q.name.text] : []));
      expect(names).toEqual(bank.questions.map((q) => q.id));
    }
    // Links back to the article are absolute, under the site's base path.
    expect(readFileSync(join(dist, 'quizzes', 'basics.moodle.xml'), 'utf8')).toContain('<a href="https://example.org/notes/basics/first-steps/#markdown-features">');
  });

  it('QTI packages list every item and declare each key as the correct response', () => {
    for (const bank of banks) {
      const pkg = readQtiPackage(readFileSync(join(dist, 'quizzes', `${bank.name}.qti.zip`)));
      expect(pkg.invalid).toEqual([]);
      expect(pkg.itemHrefs).toEqual(bank.questions.map((q) => `items/${q.id}.xml`));
      bank.questions.forEach((q, i) => {
        const answer = 'answer' in q ? q.answer : undefined;
        const expected = q.type === 'fill' ? [q.accept[0]] : (Array.isArray(answer) ? answer : [String(answer)]).map((id) => choiceIdentifier(id));
        expect(pkg.items[i]!.correct, q.id).toEqual(expected);
      });
    }
  });

  it('Anki files have one row per card, five columns and stable GUIDs', () => {
    for (const bank of banks) {
      const { rows } = readAnkiTsv(readFileSync(join(dist, 'quizzes', `${bank.name}.anki.tsv`), 'utf8'));
      expect(rows.map((row) => row.length)).toEqual(bank.questions.map(() => 5));
      expect(rows.map((row) => row[0])).toEqual(bank.questions.map((q) => quizGuid(bank.name, q.id)));
    }
    const { rows } = readAnkiTsv(readFileSync(join(dist, 'interview', INTERVIEW_ANKI.fileName), 'utf8'));
    expect(rows.map((row) => row[0])).toEqual(interviewIds);
  });

  it('links the interview cards from the interview page and leaves the topic pages where they were', () => {
    expect(readFileSync(join(dist, 'interview', 'index.html'), 'utf8')).toContain(`<a href="/notes/interview/${INTERVIEW_ANKI.fileName}" download>`);
    expect(existsSync(join(dist, 'interview', 'basics', 'index.html'))).toBe(true);
  });
});
