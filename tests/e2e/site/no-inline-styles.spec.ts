import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';

/** The built sites the e2e suite serves (whichever were built). */
const BUILDS = ['dist', '.fixture-dist', '.installed-dist'].filter((dir) => existsSync(dir));

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html'))
    .map((file) => join(dir, file));
}

// The CSP allows no style attribute (style-src-attr), so one left in a page would be a blocked style,
// e.g. a code block without its colours. Reads the files: no browser needed.
test('no page of any built site carries a style attribute, and the CSP allows none', () => {
  expect(BUILDS).toContain('dist');
  const found: string[] = [];
  for (const dir of BUILDS) {
    for (const file of htmlFiles(dir)) {
      const html = readFileSync(file, 'utf8');
      const tag = /<[a-z][^>]*?\sstyle=("[^"]*"|'[^']*'|[^\s>]*)/i.exec(html);
      if (tag) found.push(`${file}: ${tag[0].slice(0, 120)}`);
      if (html.includes("style-src-attr 'unsafe-inline'")) found.push(`${file}: CSP allows style attributes`);
    }
  }
  expect(found).toEqual([]);
});
