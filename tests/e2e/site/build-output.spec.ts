import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';

// The build that made dist/ for these tests (scripts/e2e.mjs keeps what it printed): it carries
// nothing an author must act on (no warning line, e.g. no Rolldown directive warning per MDX file)
// and ends with the one summary line. Read from that build rather than building the curriculum again.
test('the curriculum builds with no warning lines and one summary line', () => {
  const output = readFileSync('.build-logs/site.log', 'utf8').replace(/\x1b\[[0-9;]*m/g, '');
  expect(output).toContain('Complete!');
  expect(output.split('\n').filter((line) => /\bWARN\b|warning/i.test(line))).toEqual([]);
  expect(output).toMatch(/\[studyforge\] Built \d+ pages, \d+ questions, \d+ search records, [\d.]+ MB in dist\/ in [\d.]+ s/);
});
