/** One thing an author must fix: where, which field or link, what is wrong and how to fix it. */
export interface ContentProblem {
  file: string;
  /** 1-based line in the file, when the problem has one. */
  line?: number;
  /** Front-matter field, question id, or `link "..."`. */
  where: string;
  message: string;
}

/** A build-stopping error that lists every content problem, written for the author, not a stack trace. */
export class ContentError extends Error {
  readonly problems: ContentProblem[];

  constructor(problems: ContentProblem[]) {
    super(formatProblems(problems));
    this.name = 'ContentError';
    this.problems = problems;
    // The message says everything; a stack trace would only bury it.
    this.stack = '';
  }
}

/** `kind` names what is wrong in the headline: content, or the options in astro.config.mjs. */
export function formatProblems(problems: ContentProblem[], kind: 'content' | 'configuration' = 'content'): string {
  const count = problems.length === 1 ? `1 ${kind} problem` : `${problems.length} ${kind} problems`;
  const lines = problems.map((p) => `  ${p.file}${p.line ? `:${p.line}` : ''}\n    ${p.where}: ${p.message}`);
  return `${count} must be fixed before the site can be built:\n${lines.join('\n')}`;
}

/** Levenshtein distance, for "did you mean" suggestions. */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length]!;
}

/** The closest known value, if it is close enough to be a likely typo. */
export function suggest(value: string, known: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of known) {
    const d = distance(value, candidate);
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best !== undefined && bestDistance <= Math.max(2, Math.floor(value.length / 3)) ? best : undefined;
}

export function didYouMean(value: string, known: Iterable<string>): string {
  const hint = suggest(value, known);
  return hint ? ` Did you mean "${hint}"?` : '';
}
