/**
 * Build-time guard against regular expressions that can freeze a reader's tab (ReDoS). A fill-in
 * `pattern` runs in the reader's browser on every Check; a pattern such as `^(\w+\s?)+$` can take
 * seconds or minutes on an ordinary wrong answer. The analysis is recheck's, run offline in its
 * pure-JavaScript backend (no native or Java helper), so every machine gets the same verdict.
 */
import { check, type Diagnostics } from 'recheck';
import type { ContentProblem } from '../../lib/content-problems';
import type { BankSource } from './schema';
import { FILL_PATTERN_FLAGS } from '../core/grading';

/**
 * Matching time may grow at most with the square of the answer's length: answers are capped at
 * MAX_ANSWER_LENGTH characters, so a quadratic pattern stays within about a million steps
 * (milliseconds), while a cubic or exponential one would not.
 */
export const MAX_PATTERN_DEGREE = 2;

export type PatternVerdict = { safe: true } | { safe: false; message: string };

/** The rewrite advice every rejection ends with. */
const REWRITE_HINT =
  'Rewrite it so that no part can match the same text in more than one way: no repeated group whose inside is itself ' +
  'repeated or optional, e.g. `^\\w+(\\s\\w+)*$` instead of `^(\\w+\\s?)+$`; anchor it with `^...$`; ' +
  'or remove `pattern` and list the answers in `accept`.';

function verdict(diagnostics: Diagnostics): PatternVerdict {
  switch (diagnostics.status) {
    case 'safe':
      return { safe: true };
    case 'vulnerable': {
      const { complexity } = diagnostics;
      if (complexity.type === 'polynomial' && complexity.degree <= MAX_PATTERN_DEGREE) return { safe: true };
      const growth =
        complexity.type === 'exponential'
          ? 'exponential time on some answers (each extra character can double it)'
          : `time that grows with the answer's length to the power ${complexity.degree}`;
      return {
        safe: false,
        message: `can take ${growth}, which would freeze the reader's tab. ${REWRITE_HINT}`,
      };
    }
    case 'unknown':
      // Fail closed: a pattern that cannot be shown safe is not shipped.
      return {
        safe: false,
        message: `could not be shown to run in safe time (the check stopped with "${diagnostics.error.kind}"). Simplify it, or remove \`pattern\` and list the answers in \`accept\`.`,
      };
  }
}

const cache = new Map<string, Promise<PatternVerdict>>();

/** Whether a fill-in pattern is safe to run in the reader's browser on answers up to MAX_ANSWER_LENGTH. */
export function checkPattern(source: string): Promise<PatternVerdict> {
  // recheck picks its backend from the environment; the pure one needs no download or JVM.
  process.env['RECHECK_BACKEND'] = 'pure';
  let result = cache.get(source);
  if (!result) {
    // recheck's own step limits bound the work; the generous wall-clock limit keeps a busy machine from failing a good pattern.
    result = check(source, FILL_PATTERN_FLAGS, { timeout: 60_000 }).then(verdict);
    cache.set(source, result);
  }
  return result;
}

/** Every unsafe `pattern` in the banks, as problems naming the file and question id. */
export async function patternProblems(entries: ReadonlyArray<{ file: string; data: BankSource }>): Promise<ContentProblem[]> {
  const problems: ContentProblem[] = [];
  for (const { file, data } of entries) {
    for (const question of data.questions) {
      if (question.type !== 'fill' || question.pattern === undefined) continue;
      const result = await checkPattern(question.pattern);
      if (!result.safe) problems.push({ file, where: `question "${question.id}", field pattern`, message: result.message });
    }
  }
  return problems;
}
