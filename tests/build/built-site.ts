/**
 * Builds of content folders shared by the build tests of one Vitest run. Several test files read
 * the same built fixture; each build costs 10-20 s, so the first file to ask builds it and the
 * others wait for that build instead of making their own. Test files run in separate workers, so
 * the sharing goes through the file system: a folder per run (made by `global-setup.ts`), a lock
 * directory per build (mkdir is atomic) and a marker file written when the build is done.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';

/** Builds a content folder into `outDir` (by default a fresh temporary folder) and returns it (no sharing). */
export function buildSite(contentDir: string, env: Record<string, string> = {}, outDir = mkdtempSync(join(tmpdir(), 'studyforge-build-'))): string {
  // Vitest puts Vite's BASE_URL ('/') into process.env; a child build must not inherit it (it would drop a base path).
  const { BASE_URL: _vitestBase, ...inherited } = process.env;
  const result = spawnSync('node_modules/.bin/astro', ['build', '--silent'], {
    env: { ...inherited, STUDY_CONTENT_DIR: contentDir, STUDY_OUT_DIR: outDir, FORCE_COLOR: '0', ...env },
    encoding: 'utf8',
  });
  expect(result.status, result.stdout + result.stderr).toBe(0);
  return outDir;
}

const WAIT = new Int32Array(new SharedArrayBuffer(4));

/**
 * The build of `contentDir` shared by every test file of this run: built once, then read by all.
 * Tests must not write into it.
 */
export function sharedBuild(contentDir: string): string {
  const run = process.env.STUDYFORGE_BUILD_RUN;
  // Outside `vitest run` with the global setup (a single file run by hand), build privately.
  if (!run) return buildSite(contentDir);
  const key = contentDir.replace(/[^a-z0-9]+/gi, '-');
  const done = join(run, `${key}.done`);
  const lock = join(run, `${key}.lock`);
  let owner = false;
  try {
    mkdirSync(lock);
    owner = true;
  } catch {
    // Another test file is building it: wait for its marker below.
  }
  if (owner) {
    let outDir = '';
    try {
      outDir = buildSite(contentDir, {}, join(run, key));
    } finally {
      // An empty marker tells the waiters the build failed, so they fail too instead of hanging.
      writeFileSync(done, outDir);
    }
    return outDir;
  }
  const deadline = Date.now() + 300_000;
  while (!existsSync(done)) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for the shared build of ${contentDir}.`);
    Atomics.wait(WAIT, 0, 0, 100);
  }
  const outDir = readFileSync(done, 'utf8');
  expect(outDir, `the shared build of ${contentDir} failed in another test file`).not.toBe('');
  return outDir;
}
