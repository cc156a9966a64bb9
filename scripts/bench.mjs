// `npm run bench [N]`: builds a synthetic corpus of N plain MDX pages (default 1000) and N/10
// pages, and prints build time, peak memory, dist/ size and the gzip weight of one article page,
// so growth with site size is visible. Also weighs a page with one quiz, and times a quiz over a
// 2,000-question bank (paged, and the whole bank on one page). Figures only, no verdicts.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { CHROMIUM_ARGS, findChromium } from './chromium.mjs';
import { serveStatic } from './serve-static.mjs';
import { pageWeight } from './page-weight.mjs';
import { embedWeights } from './embed-weight.mjs';
import { writeHugeBankSite } from './huge-bank.mjs';

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

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

function measure(count) {
  const content = join(root, `corpus-${count}`);
  const out = join(root, `dist-${count}`);
  writeCorpus(content, count);
  const { seconds, rss } = build(content, out);
  const weight = pageWeight(out, `section-0/page-0`);
  return { count, seconds, rss, dist: folderBytes(out), index: folderBytes(join(out, 'pagefind')), out, weight };
}

/**
 * Opens search on an article page in Chromium and types a query: bytes downloaded for the first
 * query (raw and gzip) and the time from the keystroke to rendered results, cold and warm.
 */
async function measureSearch(distDir) {
  const executablePath = findChromium();
  if (!executablePath) return undefined;
  const { chromium } = await import('playwright-core');
  const server = await serveStatic(distDir, 0);
  const port = server.address().port;
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage();
    await page.addInitScript(() => {
      window.requestIdleCallback = () => 0; // measure search code as part of the first query
    });
    await page.goto(`http://127.0.0.1:${port}/section-0/page-0/`);
    await page.waitForLoadState('networkidle');
    let raw = 0;
    let gzip = 0;
    const pending = [];
    page.on('response', (response) => {
      pending.push(
        response.body().then(
          (body) => {
            raw += body.length;
            gzip += gzipSync(body).length;
          },
          () => {},
        ),
      );
    });
    const timeQuery = async (query) => {
      const started = Date.now();
      await page.keyboard.insertText(query);
      await page.waitForSelector('dialog .sf-search-result', { timeout: 30_000 });
      return Date.now() - started;
    };
    await page.keyboard.press('Control+k');
    const cold = await timeQuery('drift');
    await page.waitForLoadState('networkidle');
    await Promise.all(pending);
    const firstQuery = { raw, gzip };
    await page.fill('dialog input', '');
    await page.waitForSelector('dialog .sf-search-result', { state: 'detached' });
    const warm = await timeQuery('canary');
    return { cold, warm, firstQuery };
  } finally {
    await browser.close();
    server.close();
  }
}

console.log(`Studyforge benchmark: synthetic corpus of ${pages} and ${Math.round(pages / 10)} MDX pages (temp: ${root})\n`);
const rows = [];
for (const count of [Math.round(pages / 10), pages]) {
  process.stdout.write(`building ${count} pages ... `);
  const row = measure(count);
  console.log(`${row.seconds.toFixed(1)} s`);
  rows.push(row);
}

console.log('\n| pages | build wall time | peak memory | dist/ size | search index | one article: HTML gz | JS gz | CSS gz |');
console.log('| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const r of rows) {
  console.log(`| ${r.count} | ${r.seconds.toFixed(1)} s | ${mb(r.rss)} | ${mb(r.dist)} | ${mb(r.index)} | ${r.weight.html} B | ${r.weight.js} B | ${r.weight.css} B |`);
}
const [small, large] = rows;
console.log(`\nHTML of the same article grew by ${large.weight.html - small.weight.html} bytes gzip from ${small.count} to ${large.count} pages.`);

const search = await measureSearch(large.out);
if (search) {
  console.log(`\nSearch on ${large.count} pages (Chromium): the first query downloads ${kb(search.firstQuery.raw)} (${kb(search.firstQuery.gzip)} gzip), search code and WebAssembly included.`);
  console.log(`Keystroke to rendered results: ${search.cold} ms for the first query (loads the index), ${search.warm} ms for the next one (80 ms input debounce included).`);
  const vocabulary = readFileSync(join(large.out, 'pagefind', 'vocabulary.json'));
  console.log(`Vocabulary for "Did you mean": ${JSON.parse(vocabulary.toString()).length} words, ${kb(vocabulary.length)} (${kb(gzipSync(vocabulary).length)} gzip), part of the first query's download.`);
} else {
  console.log('\nSearch timing skipped: no Chromium found (set CHROME_PATH).');
}

// A page with one quiz: the fixture site's article with a single <Question>, Preact included.
const fixtureOut = join(root, 'dist-fixture');
build('tests/fixtures/site', fixtureOut);
const quiz = pageWeight(fixtureOut, 'basics/second-steps');
const both = pageWeight(fixtureOut, 'basics/first-steps');
const embed = embedWeights(fixtureOut, 'basics');
console.log(`\nPage with one quiz: all JS ${kb(quiz.js)} gzip in ${quiz.jsFiles} files, of which the quiz island (Astro hydration runtime, Preact, quiz code) ${kb(quiz.island)}; HTML ${kb(quiz.html)}; CSS ${kb(quiz.css)}`);
console.log(`Page with a practice and a challenge quiz: all JS ${kb(both.js)} gzip in ${both.jsFiles} files, islands ${kb(both.island)}`);
console.log(`Embeds (gzip): /embed/study-quiz.js practice path ${kb(embed.practice)} in ${embed.practiceFiles} files (Preact and styles included), of which styles ${kb(embed.styles)}; challenge chunk ${kb(embed.challenge)}; host.js ${kb(embed.host)}; an /embed/<bank>/ page ${kb(embed.page.html + embed.page.js + embed.page.css)} (HTML ${kb(embed.page.html)}, JS ${kb(embed.page.js)}, CSS ${kb(embed.page.css)})`);

/**
 * In Chromium: time to a hydrated quiz, then the median time from clicking Check (and from typing one
 * character in a fill-in answer) to the next frame with the result shown.
 */
async function timeQuiz(browser, url) {
  const page = await browser.newPage();
  page.setDefaultTimeout(180_000);
  const started = Date.now();
  await page.goto(url);
  await page.locator('.sf-quiz').first().scrollIntoViewIfNeeded();
  await page.waitForSelector('astro-island:not([ssr]) .sf-quiz-question', { timeout: 120_000 });
  const loadMs = Date.now() - started;
  const samples = await page.evaluate(async () => {
    const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve()));
    const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
    const questions = [...document.querySelectorAll('.sf-quiz-question')];
    const checks = [];
    for (const q of questions.slice(0, 5)) {
      q.querySelector('input[type=radio], input[type=checkbox]')?.click();
      await frame();
      const feedback = q.querySelector('.sf-q-feedback');
      const before = feedback.textContent;
      const t0 = performance.now();
      q.querySelector('button[type=submit]').click();
      while (feedback.textContent === before) await Promise.resolve().then(() => new Promise((r) => setTimeout(r, 0)));
      await frame();
      checks.push(performance.now() - t0);
    }
    const input = document.querySelector('.sf-quiz-question[data-question-type="fill"] input[type=text]');
    const keys = [];
    for (const ch of 'item 5') {
      const t0 = performance.now();
      input.value += ch;
      input.dispatchEvent(new InputEvent('input', { bubbles: true, data: ch, inputType: 'insertText' }));
      await frame();
      keys.push(performance.now() - t0);
    }
    return { check: median(checks), keystroke: median(keys) };
  });
  await page.close();
  return { loadMs, ...samples };
}

/** A quiz over a generated 2,000-question bank: paged (the default) and with the whole bank on one page. */
async function measureHugeQuiz(count) {
  const content = writeHugeBankSite(join(root, 'huge-content'), count, { unpaged: true });
  const out = join(root, 'dist-huge');
  const { seconds } = build(content, out);
  const htmlFiles = (dir) => readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? htmlFiles(join(dir, name)) : name.endsWith('.html') ? [join(dir, name)] : []));
  const paged = htmlFiles(join(out, 'huge/bank'));
  const weigh = (path) => {
    const html = readFileSync(join(out, path, 'index.html'));
    return { raw: html.length, gzip: gzipSync(html).length };
  };
  const rows = [
    { label: `pageSize 20 (default), page 1 of ${paged.length}`, path: 'huge/bank' },
    { label: `whole bank on one page (pageSize={${count}})`, path: 'huge/whole' },
  ].map((row) => ({ ...row, ...weigh(row.path) }));
  const largest = Math.max(...paged.map((file) => statSync(file).size));
  const executablePath = findChromium();
  if (executablePath) {
    const { chromium } = await import('playwright-core');
    const server = await serveStatic(out, 0);
    const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
    try {
      for (const row of rows) row.timing = await timeQuiz(browser, `http://127.0.0.1:${server.address().port}/${row.path}/`);
    } finally {
      await browser.close();
      server.close();
    }
  }
  return { count, seconds, rows, largest };
}

const huge = await measureHugeQuiz(2000);
console.log(`\nQuiz over a ${huge.count}-question bank (built in ${huge.seconds.toFixed(1)} s; largest page of the paged quiz: ${kb(huge.largest)}):`);
console.log('\n| quiz | page HTML | HTML gz | load to hydrated | Check to result shown (median) | keystroke to frame (median) |');
console.log('| --- | ---: | ---: | ---: | ---: | ---: |');
for (const r of huge.rows) {
  const t = r.timing;
  console.log(`| ${r.label} | ${kb(r.raw)} | ${kb(r.gzip)} | ${t ? `${t.loadMs} ms` : 'n/a'} | ${t ? `${t.check.toFixed(0)} ms` : 'n/a'} | ${t ? `${t.keystroke.toFixed(0)} ms` : 'n/a'} |`);
}

if (!process.env.BENCH_KEEP) rmSync(root, { recursive: true, force: true });
