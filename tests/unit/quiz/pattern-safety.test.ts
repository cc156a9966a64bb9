import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { isCorrect, MAX_ANSWER_LENGTH } from '../../../src/quiz/core/grading';
import { checkPattern, patternProblems } from '../../../src/quiz/build/pattern-safety';
import type { BankSource, QuestionSource } from '../../../src/quiz/build/schema';

/** Patterns measured freezing Chromium: 40 "a" + "!" took over 13 s, a 54-character answer over 20 s. */
const CATASTROPHIC = ['^(a+)+$', '^(\\w+\\s?)+$'];

const fillQuestion = (id: string, pattern: string) => ({ id, type: 'fill', accept: ['x'], pattern }) as unknown as QuestionSource;
const bankOf = (...questions: QuestionSource[]) => ({ title: 'T', questions }) as BankSource;

/** Every fill-in pattern of the banks in a content folder, with where it comes from. */
function patternsIn(dir: string): Array<{ where: string; pattern: string }> {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.yaml'))
    .flatMap((name) => {
      const bank = yaml.load(readFileSync(join(dir, name), 'utf8')) as BankSource;
      return bank.questions.flatMap((q) => (q.type === 'fill' && q.pattern ? [{ where: `${name} ${q.id}`, pattern: q.pattern }] : []));
    });
}

describe('fill-in patterns are checked for catastrophic backtracking (recheck, pure JS backend)', () => {
  it('rejects the patterns that froze the page, naming the file, question id and field, with a rewrite hint', async () => {
    const problems = await patternProblems([
      { file: 'content/quizzes/words.yaml', data: bankOf(fillQuestion('words-nested', CATASTROPHIC[0]!), fillQuestion('words-sentence', CATASTROPHIC[1]!)) },
    ]);
    expect(problems.map((p) => [p.file, p.where])).toEqual([
      ['content/quizzes/words.yaml', 'question "words-nested", field pattern'],
      ['content/quizzes/words.yaml', 'question "words-sentence", field pattern'],
    ]);
    for (const problem of problems) {
      expect(problem.message).toMatch(/^can take exponential time on some answers .*which would freeze the reader's tab\./);
      expect(problem.message).toContain('e.g. `^\\w+(\\s\\w+)*$` instead of `^(\\w+\\s?)+$`');
      expect(problem.message).toContain('or remove `pattern` and list the answers in `accept`');
      expect(problem.message).not.toMatch(/\n\s+at /);
    }
  });

  it('rejects patterns whose time grows faster than the square of the answer length', async () => {
    const verdict = await checkPattern('a*a*a*b');
    expect(verdict.safe).toBe(false);
    expect(!verdict.safe && verdict.message).toMatch(/^can take time that grows with the answer's length to the power \d, which would freeze the reader's tab\./);
  });

  it('lets through a quadratic pattern, which the answer-length cap keeps fast', async () => {
    expect(await checkPattern('\\s*m\\.?d\\.?x\\s*$')).toEqual({ safe: true });
  });

  it('passes every pattern of the curriculum and of the fixture site', async () => {
    const patterns = [...patternsIn('content/quizzes'), ...patternsIn('tests/fixtures/site/quizzes')];
    expect(patterns.length).toBeGreaterThan(3);
    for (const { where, pattern } of patterns) expect(await checkPattern(pattern), `${where}: ${pattern}`).toEqual({ safe: true });
  });
});

describe('grading caps the answer length', () => {
  const key = { type: 'fill' as const, accept: ['x'], pattern: '^a+$' };

  it('matches answers up to MAX_ANSWER_LENGTH characters', () => {
    expect(MAX_ANSWER_LENGTH).toBeGreaterThanOrEqual(200);
    expect(isCorrect(key, { type: 'text', text: 'a'.repeat(MAX_ANSWER_LENGTH) })).toBe(true);
  });

  it('marks a longer answer wrong without running the pattern (it could only come from around the input\'s maxlength)', () => {
    expect(isCorrect(key, { type: 'text', text: 'a'.repeat(MAX_ANSWER_LENGTH + 1) })).toBe(false);
    expect(isCorrect({ type: 'fill', accept: ['b'.repeat(MAX_ANSWER_LENGTH + 1)] }, { type: 'text', text: 'b'.repeat(MAX_ANSWER_LENGTH + 1) })).toBe(false);
  });
});
