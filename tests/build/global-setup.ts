/**
 * Vitest global setup: a folder for the builds the test files of this run share (see
 * `built-site.ts`), removed when the run ends. Workers inherit the variable.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export default function setup(): () => void {
  const run = mkdtempSync(join(tmpdir(), 'studyforge-run-'));
  process.env.STUDYFORGE_BUILD_RUN = run;
  return () => rmSync(run, { recursive: true, force: true });
}
