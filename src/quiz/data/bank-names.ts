import type { ContentProblem } from '../../lib/content-problems';

/** Bank names that would collide with the other files in /quizzes/ (`index.json`, the page `/quizzes/`). */
const RESERVED = new Set(['index']);

/** A bank whose name is reserved, named with its file and the fix. */
export function bankNameProblems(names: Iterable<string>): ContentProblem[] {
  return [...names]
    .filter((name) => RESERVED.has(name))
    .map((name) => ({
      file: `quizzes/${name}.yaml`,
      where: 'file name',
      message: `"${name}" is reserved: /quizzes/${name}.json is the list of all banks. Rename the file, e.g. quizzes/${name}-questions.yaml (and the bank="${name}" of its quizzes).`,
    }));
}
