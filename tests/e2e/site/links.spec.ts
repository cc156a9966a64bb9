import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, test } from '@playwright/test';

/** Checks the built site on disk: every internal link, #anchor and asset resolves; no page repeats an id. */
const DIST = 'dist';

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return htmlFiles(path);
    return name.endsWith('.html') ? [path] : [];
  });
}

function pagePath(file: string): string {
  const rel = '/' + relative(DIST, file).replace(/\\/g, '/');
  return rel.endsWith('/index.html') ? rel.slice(0, -'index.html'.length) : rel;
}

function ids(html: string): string[] {
  return [...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!);
}

function targetFile(path: string): string | undefined {
  const clean = decodeURIComponent(path);
  const candidates = clean.endsWith('/') ? [join(DIST, clean, 'index.html')] : [join(DIST, clean), join(DIST, clean, 'index.html')];
  return candidates.find((c) => existsSync(c) && statSync(c).isFile());
}

test('no broken internal links, anchors or assets, and no duplicate ids', () => {
  const files = htmlFiles(DIST);
  expect(files.length).toBeGreaterThan(3);
  const pageIds = new Map<string, Set<string>>();
  const problems: string[] = [];
  for (const file of files) {
    const html = readFileSync(file, 'utf8');
    const list = ids(html);
    const duplicates = [...new Set(list.filter((id, i) => list.indexOf(id) !== i))];
    if (duplicates.length) problems.push(`${pagePath(file)}: duplicate id(s) ${duplicates.join(', ')}`);
    pageIds.set(pagePath(file), new Set(list));
  }
  for (const file of files) {
    const html = readFileSync(file, 'utf8');
    const from = pagePath(file);
    const refs = [...html.matchAll(/\s(?:href|src)="([^"]+)"/g)].map((m) => m[1]!.replace(/&amp;/g, '&'));
    for (const ref of refs) {
      if (/^(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(ref)) continue;
      const url = new URL(ref, `http://site.test${from}`);
      const target = url.pathname;
      if (!targetFile(target)) {
        problems.push(`${from}: link to missing ${target}`);
        continue;
      }
      if (url.hash.length > 1) {
        const anchor = decodeURIComponent(url.hash.slice(1));
        const key = target.endsWith('.html') ? target : target.endsWith('/') ? target : `${target}/`;
        const known = pageIds.get(key);
        if (known && !known.has(anchor)) problems.push(`${from}: link to missing anchor ${target}#${anchor}`);
      }
    }
  }
  expect(problems).toEqual([]);
});
