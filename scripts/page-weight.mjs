// Gzip weight of one built page: its HTML, and all the JS and CSS it loads (external and inline).
// Usage: node scripts/page-weight.mjs <dist> <page path>   e.g. dist basics/first-steps
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const gz = (text) => gzipSync(text, { level: 9 }).length;

/** Gzip bytes of a page's HTML and of all the JS and CSS it loads (external and inline). */
export function pageWeight(distDir, pagePath) {
  const html = readFileSync(join(distDir, pagePath, 'index.html'), 'utf8');
  const read = (url) => readFileSync(join(distDir, url.split('?')[0]), 'utf8');
  const external = (pattern) => [...html.matchAll(pattern)].map((m) => m[1]);
  const scripts = external(/<script[^>]*\ssrc="([^"]+)"/g);
  const islands = [...html.matchAll(/(?:component-url|renderer-url)="([^"]+)"/g)].map((m) => m[1]);
  // Modules plus everything they import statically (shared chunks such as Preact itself).
  const withImports = (entries) => {
    const files = new Set(entries);
    const queue = [...files];
    while (queue.length) {
      const file = queue.pop();
      for (const m of read(file).matchAll(/from\s*"(\.\/[^"]+)"|import\s*"(\.\/[^"]+)"/g)) {
        const dep = join(file, '..', m[1] ?? m[2]);
        if (!files.has(dep)) {
          files.add(dep);
          queue.push(dep);
        }
      }
    }
    return files;
  };
  const jsFiles = withImports([...scripts, ...islands]);
  const inlineJs = [...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]).join('');
  const css = external(/<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g).map(read).join('');
  const inlineCss = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]).join('');
  const js = [...jsFiles].map(read).join('');
  // The island's share: Astro's hydration runtime (inline), its Preact client, Preact and the island code.
  const islandFiles = withImports(islands);
  const islandRuntime = [...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)]
    .map((m) => m[1])
    .filter((code) => code.includes('astro-island') || code.includes('Astro'))
    .join('');
  const island = islands.length ? gz([...islandFiles].map(read).join('') + islandRuntime) : 0;
  return { html: gz(html), js: gz(js) + gz(inlineJs), jsFiles: jsFiles.size, island, css: gz(css + inlineCss) };
}


if (import.meta.url === `file://${process.argv[1]}`) {
  const [dist = 'dist', page = ''] = process.argv.slice(2);
  console.log(pageWeight(dist, page));
}
