// `npm run bench [N]`: builds a synthetic corpus of N plain MDX pages (default 1000) and N/10
// pages, and prints build time, peak memory, dist/ size and the gzip weight of one article page,
// so growth with site size is visible. Also weighs a page with one quiz. Figures only, no verdicts.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const SECTIONS = 10;
const pages = Math.max(10, Number.parseInt(process.argv[2] ?? '1000', 10) || 1000);
const root = mkdtempSync(join(tmpdir(), 'studyforge-bench-'));

const words = 'model data drift pipeline training feature registry canary rollback monitoring signal metric label batch serving'.split(' ');
const sentence = (seed, n) => Array.from({ length: n }, (_, i) => words[(seed * 7 + i * 3) % words.length]).join(' ');

function writeCorpus(dir, count) {
  mkdirSync(join(dir, 'articles'), { recursive: true });
  for (let s = 0; s < SECTIONS; s++) mkdirSync(join(dir, 'articles', `section-${s}`), { recursive: true });
  for (let i = 0; i < count; i++) {
    const body = [
      `Intro paragraph for page ${i}: ${sentence(i, 60)}.`,
      `## Overview\n\n${sentence(i + 1, 120)}.`,
      `## Details\n\n${sentence(i + 2, 120)}.\n\n| Term | Meaning |\n| --- | --- |\n| ${words[i % words.length]} | ${sentence(i, 8)} |`,
      `### Example\n\n\`\`\`python\nfor step in range(${i % 10}):\n    print("step", step)\n\`\`\``,
      `## Summary\n\n- ${sentence(i + 3, 12)}\n- ${sentence(i + 4, 12)}`,
    ].join('\n\n');
    const front = `---\ntitle: "Synthetic page ${i}"\ndescription: "Generated page ${i} for the benchmark."\ndifficulty: beginner\norder: ${i}\n---\n\n`;
    writeFileSync(join(dir, 'articles', `section-${i % SECTIONS}`, `page-${i}.mdx`), front + body + '\n');
  }
}

/** Runs `astro build` in a child process that reports its own peak memory. */
function build(contentDir, outDir) {
  const script = `import { build } from 'astro'; await build({ logLevel: 'error' }); console.log('BENCH_RSS=' + process.resourceUsage().maxRSS);`;
  const started = performance.now();
  const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
    env: { ...process.env, STUDY_CONTENT_DIR: contentDir, STUDY_OUT_DIR: outDir },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const seconds = (performance.now() - started) / 1000;
  if (result.status !== 0) {
    console.error(result.stdout, result.stderr);
    throw new Error(`Build of ${contentDir} failed`);
  }
  const rss = Number(/BENCH_RSS=(\d+)/.exec(result.stdout)?.[1] ?? 0) * 1024;
  return { seconds, rss };
}

function folderBytes(dir) {
  return readdirSync(dir).reduce((sum, name) => {
    const path = join(dir, name);
    const stat = statSync(path);
    return sum + (stat.isDirectory() ? folderBytes(path) : stat.size);
  }, 0);
}

const gz = (text) => gzipSync(text, { level: 9 }).length;

/** Gzip bytes of a page's HTML and of all the JS and CSS it loads (external and inline). */
export function pageWeight(distDir, pagePath) {
  const html = readFileSync(join(distDir, pagePath, 'index.html'), 'utf8');
  const read = (url) => readFileSync(join(distDir, url.split('?')[0]), 'utf8');
  const external = (pattern) => [...html.matchAll(pattern)].map((m) => m[1]);
  const scripts = external(/<script[^>]*\ssrc="([^"]+)"/g);
  const islands = [...html.matchAll(/(?:component-url|renderer-url)="([^"]+)"/g)].map((m) => m[1]);
  const jsFiles = new Set([...scripts, ...islands]);
  // Follow static imports of the loaded modules (shared chunks such as Preact itself).
  const queue = [...jsFiles];
  while (queue.length) {
    const file = queue.pop();
    for (const m of read(file).matchAll(/from\s*"(\.\/[^"]+)"|import\s*"(\.\/[^"]+)"/g)) {
      const dep = join(file, '..', m[1] ?? m[2]);
      if (!jsFiles.has(dep)) {
        jsFiles.add(dep);
        queue.push(dep);
      }
    }
  }
  const inlineJs = [...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]).join('');
  const css = external(/<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g).map(read).join('');
  const inlineCss = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]).join('');
  const js = [...jsFiles].map(read).join('');
  return { html: gz(html), js: gz(js) + gz(inlineJs), jsFiles: jsFiles.size, css: gz(css + inlineCss) };
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

function measure(count) {
  const content = join(root, `corpus-${count}`);
  const out = join(root, `dist-${count}`);
  writeCorpus(content, count);
  const { seconds, rss } = build(content, out);
  const weight = pageWeight(out, `section-0/page-0`);
  return { count, seconds, rss, dist: folderBytes(out), weight };
}

console.log(`Studyforge benchmark: synthetic corpus of ${pages} and ${Math.round(pages / 10)} MDX pages (temp: ${root})\n`);
const rows = [];
for (const count of [Math.round(pages / 10), pages]) {
  process.stdout.write(`building ${count} pages ... `);
  const row = measure(count);
  console.log(`${row.seconds.toFixed(1)} s`);
  rows.push(row);
}

console.log('\n| pages | build wall time | peak memory | dist/ size | one article: HTML gz | JS gz | CSS gz |');
console.log('| ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const r of rows) {
  console.log(`| ${r.count} | ${r.seconds.toFixed(1)} s | ${mb(r.rss)} | ${mb(r.dist)} | ${r.weight.html} B | ${r.weight.js} B | ${r.weight.css} B |`);
}
const [small, large] = rows;
console.log(`\nHTML of the same article grew by ${large.weight.html - small.weight.html} bytes gzip from ${small.count} to ${large.count} pages.`);

// A page with one quiz: the fixture site's article with a single <Question>, Preact included.
const fixtureOut = join(root, 'dist-fixture');
build('tests/fixtures/site', fixtureOut);
const quiz = pageWeight(fixtureOut, 'basics/second-steps');
const both = pageWeight(fixtureOut, 'basics/first-steps');
console.log(`\nPage with one quiz (practice island, Preact included): JS ${kb(quiz.js)} gzip in ${quiz.jsFiles} files; HTML ${kb(quiz.html)}; CSS ${kb(quiz.css)}`);
console.log(`Page with a practice and a challenge quiz: JS ${kb(both.js)} gzip in ${both.jsFiles} files`);

if (!process.env.BENCH_KEEP) rmSync(root, { recursive: true, force: true });
