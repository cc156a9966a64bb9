import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';

// One build of the curriculum: its output carries nothing an author must act on (no warning line,
// e.g. no Rolldown directive warning per MDX file) and ends with the one summary line.
it('builds the curriculum with no warning lines and one summary line', () => {
  const out = mkdtempSync(join(tmpdir(), 'studyforge-quiet-'));
  try {
    const result = spawnSync('node_modules/.bin/astro', ['build'], { env: { ...process.env, STUDY_OUT_DIR: out, FORCE_COLOR: '0' }, encoding: 'utf8' });
    const output = (result.stdout + result.stderr).replace(/\x1b\[[0-9;]*m/g, '');
    expect(result.status, output).toBe(0);
    expect(output.split('\n').filter((line) => /\bWARN\b|warning/i.test(line))).toEqual([]);
    expect(output).toMatch(/\[studyforge\] Built \d+ pages, \d+ questions, \d+ search records, [\d.]+ MB in dist\/ in [\d.]+ s/);
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
});
