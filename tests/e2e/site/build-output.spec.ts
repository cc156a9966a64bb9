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

test('_headers sends the pages’ own policy as an HTTP header, with frame-ancestors, and caches hashed assets for a year', async ({ page }) => {
  const response = await page.request.get('/');
  const meta = /<meta http-equiv="content-security-policy" content="([^"]*)"/.exec(await response.text())![1]!;
  // The test server applies dist/_headers as Netlify and Cloudflare Pages do.
  const header = response.headers()['content-security-policy']!;
  const directives = (policy: string) => policy.split(';').map((d) => d.trim().replace(/\s+/g, ' ')).filter(Boolean);
  expect(directives(header)).toEqual([...directives(meta), "frame-ancestors 'self'"]);
  const asset = /<script type="module" src="([^"]+)"/.exec(await response.text())![1]!;
  expect((await page.request.get(asset)).headers()['cache-control']).toBe('public, max-age=31536000, immutable');
  expect(readFileSync('dist/_headers', 'utf8')).toContain('/_astro/*\n  Cache-Control: public, max-age=31536000, immutable');
});
