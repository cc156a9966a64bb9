import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeHugeBankSite } from '../../scripts/huge-bank.mjs';

const QUESTIONS = 2000;
const MAX_HTML_BYTES = 1024 * 1024;

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? htmlFiles(path) : path.endsWith('.html') ? [path] : [];
  });
}

/**
 * A real build of a site whose article has a quiz over a 2,000-question bank: the quiz is split into pages,
 * so every page stays under 1 MB of HTML and hydrates only its own questions.
 */
describe('a quiz over a huge bank', () => {
  it('is split into linked pages, each under 1 MB of HTML', () => {
    const root = mkdtempSync(join(tmpdir(), 'studyforge-huge-'));
    const content = writeHugeBankSite(join(root, 'content'), QUESTIONS) as string;
    const out = join(root, 'dist');
    const result = spawnSync('node_modules/.bin/astro', ['build', '--silent'], {
      env: { ...process.env, STUDY_CONTENT_DIR: content, STUDY_OUT_DIR: out, FORCE_COLOR: '0' },
      encoding: 'utf8',
    });
    expect(result.status, result.stdout + result.stderr).toBe(0);

    const sizes = htmlFiles(out).map((file) => ({ file, bytes: statSync(file).size }));
    expect(sizes.filter((s) => s.bytes >= MAX_HTML_BYTES)).toEqual([]);

    // Page 1 is the quiz in its article, with the first 20 questions and links to the other pages.
    const article = readFileSync(join(out, 'huge/bank/index.html'), 'utf8');
    const quizPages = readdirSync(join(out, 'huge/bank')).filter((name) => name.startsWith('quiz-'));
    expect(quizPages).toHaveLength(1);
    const base = `/huge/bank/${quizPages[0]}`;
    expect(article).toContain('Questions 1–20 of 2,000');
    expect(article).toContain(`href="${base}/2/" rel="next"`);
    expect(article).toContain(`href="${base}/100/"`);
    expect(article.match(/id="q-huge-\d+"/g)).toHaveLength(20);

    // The last page holds the last questions, numbered in the whole quiz, and links back to page 1.
    const last = readFileSync(join(out, `${base.slice(1)}/100/index.html`), 'utf8');
    expect(last).toContain('Question 2000 of 2000');
    expect(last.match(/id="q-huge-\d+"/g)).toHaveLength(20);
    expect(last).toContain('href="/huge/bank/#quiz-');
    expect(readdirSync(join(out, base.slice(1)))).toHaveLength(99);
    expect(readFileSync(join(out, 'sitemap.xml'), 'utf8')).toContain(`${base}/100/`);
  });
});
