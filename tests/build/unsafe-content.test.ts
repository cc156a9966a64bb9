import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** A real build of a content folder under tests/fixtures/, into a fresh folder. */
function build(name: string): { status: number | null; output: string; outDir: string } {
  const outDir = mkdtempSync(join(tmpdir(), 'studyforge-build-'));
  const result = spawnSync('node_modules/.bin/astro', ['build'], {
    env: { ...process.env, STUDY_CONTENT_DIR: `tests/fixtures/${name}`, STUDY_OUT_DIR: outDir, FORCE_COLOR: '0' },
    encoding: 'utf8',
  });
  return { status: result.status, output: (result.stdout + result.stderr).replace(/\x1b\[[0-9;]*m/g, ''), outDir };
}

/** Every text file of a build (pages, scripts, JSON, XML), with HTML entities decoded so escaped copies count too. */
function builtTexts(dir: string): Array<{ file: string; text: string }> {
  const decode = (s: string) =>
    s
      .replace(/&#x([0-9a-f]+);?/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
      .replace(/&#(\d+);?/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
      .replace(/&quot;/g, '"')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&amp;/g, '&');
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.(html|js|mjs|json|xml|txt)$/.test(file))
    // The "Embed this quiz" snippets show an <iframe> tag as text on purpose; they hold no question text.
    .map((file) => ({ file, text: decode(readFileSync(join(dir, file), 'utf8').replace(/<details class="sf-quiz-embed">[\s\S]*?<\/details>/g, '')) }));
}

describe('question text is data, not code', () => {
  it('keeps <meta>, <script>, <iframe> and javascript:/data: links in every question field out of dist/, and their text in', () => {
    const { status, output, outDir } = build('unsafe-html');
    expect(status, output).toBe(0);
    const texts = builtTexts(outDir);
    const forbidden = [/evil\.example/, /TRAP_/, /javascript:/i, /data:text\/html/, /http-equiv="refresh"/i, /<iframe/i, /<script>window\./];
    for (const { file, text } of texts) {
      for (const pattern of forbidden) expect(text, `${file} contains ${pattern}`).not.toMatch(pattern);
    }
    // The quiz page and the interview page still show every field's own text.
    const html = texts.filter((t) => t.file.endsWith('.html')).map((t) => t.text).join('\n');
    for (const field of ['PROMPT', 'CHOICE', 'EXPLANATION', 'HINT', 'SOLUTION', 'QUICK', 'MISTAKE', 'TF', 'TRUE', 'FALSE', 'STEP', 'FILL', 'SHORT', 'MEDIUM', 'LONG']) {
      expect(html).toContain(`SAFE_${field}`);
    }
    expect(html).toContain('<a href="/interview/">the interview page</a>');
  });

  it('stops the build at a javascript: link written as JSX in an article, naming the file, the link and the fix', () => {
    const { status, output } = build('unsafe-article-link');
    expect(status).not.toBe(0);
    expect(output).toContain('tests/fixtures/unsafe-article-link/articles/basics/page.mdx');
    expect(output).toContain(
      '<a href="javascript:alert(1)">: is a "javascript:" URL, which runs code when a reader follows it. Link to a page instead (a site path such as `/section/page/` or an https:// address), or remove the link.',
    );
    expect(output).not.toMatch(/^\s+at /m);
  });
});

describe('no regular expression can freeze a reader\'s tab', () => {
  it('stops the build at fill-in patterns that backtrack catastrophically, naming file, question id, field and fix', () => {
    const { status, output } = build('unsafe-pattern');
    expect(status).not.toBe(0);
    expect(output).toContain('2 content problems must be fixed');
    expect(output).toContain('tests/fixtures/unsafe-pattern/quizzes/words.yaml');
    for (const id of ['words-nested', 'words-sentence']) {
      expect(output).toContain(`question "${id}", field pattern: can take exponential time on some answers`);
    }
    expect(output).toContain('e.g. `^\\w+(\\s\\w+)*$` instead of `^(\\w+\\s?)+$`');
    expect(output).not.toContain('words-fine');
    expect(output).not.toMatch(/^\s+at /m);
  });
});
