import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Real builds of broken content folders: the build must fail, and its output must name the file,
 * the field or link or question id, and say how to fix it.
 */
function buildFolder(contentDir: string, outDir = mkdtempSync(join(tmpdir(), 'studyforge-build-'))): { status: number | null; output: string } {
  const result = spawnSync('node_modules/.bin/astro', ['build'], {
    env: { ...process.env, STUDY_CONTENT_DIR: contentDir, STUDY_OUT_DIR: outDir, FORCE_COLOR: '0' },
    encoding: 'utf8',
  });
  // Astro highlights field names with terminal colours; compare the plain text.
  return { status: result.status, output: (result.stdout + result.stderr).replace(/\x1b\[[0-9;]*m/g, '') };
}

const buildFixture = (name: string) => buildFolder(`tests/fixtures/${name}`);

/** The lines of our message, from its headline on: what an author reads first. */
function messageLines(output: string): string[] {
  const lines = output.split('\n');
  const start = lines.findIndex((line) => /content problems? must be fixed/.test(line));
  return start === -1 ? [] : lines.slice(start).filter((line) => line.trim() !== '');
}

/** The build stopped with our message before Astro reported anything of its own, and with no stack trace. */
function expectOurMessageOnly(status: number | null, output: string) {
  expect(status).not.toBe(0);
  expect(output.indexOf('[ERROR]')).toBe(output.indexOf('[ERROR] [studyforge]'));
  expect(output).not.toMatch(/^\s+at /m);
  expect(output).not.toContain('Stack trace');
}

describe('a build of broken content fails with a message for the author', () => {
  it('names the file and each bad front-matter field with the fix', () => {
    const { status, output } = buildFixture('bad-frontmatter');
    expect(status).not.toBe(0);
    expect(output).toContain('bad-frontmatter/articles/basics/no-title.mdx');
    expect(output).toMatch(/title: is missing\. Add `title: .*` to the front matter\./);
    expect(output).toContain('difficulty: is "expert", which is not allowed. Use one of: beginner, intermediate, advanced.');
  });

  it('names broken related entries, links and anchors, with suggestions', () => {
    const { status, output } = buildFixture('broken-links');
    expect(status).not.toBe(0);
    expect(output).toContain('tests/fixtures/broken-links/articles/basics/first.mdx');
    expect(output).toContain('related[0]: "secnod" is not an article slug. Did you mean "second"?');
    expect(output).toContain('link "/basics/second/#no-such-heading": points to #no-such-heading, but /basics/second/ has no heading with that id.');
    expect(output).toContain('link "/basics/ghost/": points to /basics/ghost/, which is not a page of this site.');
    // A broken %-escape used to crash the check ("URI malformed") and hide every other link problem.
    expect(output).toContain('link "/basics/second/#%E0%A4%A": has a malformed %-escape. Write a literal % as %25');
    expect(output).not.toContain('URI malformed');
    expect(output).not.toMatch(/^\s+at /m);
  });

  it('names both files of a duplicate slug', () => {
    const { status, output } = buildFixture('duplicate-slug');
    expect(status).not.toBe(0);
    expect(output).toContain('slug: "intro" is also used by tests/fixtures/duplicate-slug/articles/two/intro.mdx');
    expect(output).toContain('slug: "intro" is also used by tests/fixtures/duplicate-slug/articles/one/intro.mdx');
  });

  it('names the bank file, question id and field of an invalid question bank', () => {
    const { status, output } = buildFixture('bad-quiz');
    expect(status).not.toBe(0);
    expect(output).toContain('bad-quiz/quizzes/checks.yaml');
    expect(output).toContain('question "checks-one", field answer: "c" is not among the choices (a, b). Use the id of the correct choice.');
    expect(output).toContain('question "checks-two", field answer: must list every step id exactly once in the correct order (steps: x, y; got: x, x).');
    expect(output).toContain('badge: is longer than 60 characters. A badge name is a few words that fit on one line.');
    expect(output).not.toMatch(/^\s+at /m);
  });
});

describe('quiz tags and question links are checked against the banks', () => {
  it("names unknown banks and question ids, a bank's unknown article, and broken links in question fields", () => {
    const { status, output } = buildFixture('bad-quiz-tags');
    expect(status).not.toBe(0);
    expect(output).toContain('tests/fixtures/bad-quiz-tags/articles/basics/page.mdx');
    expect(output).toContain('<Quiz bank="basic">: names a bank that does not exist.');
    expect(output).toContain('<Quiz bank="checks"> questions: lists "checks-nine", which is not in that bank. Did you mean "checks-one"?');
    expect(output).toContain('question "checks-one", field related: points to #no-such-anchor, but /basics/page/ has no heading with that id.');
    // Reported in the same list: a bank's article that does not exist, broken links inside question text.
    const lines = messageLines(output);
    const bank = 'tests/fixtures/bad-quiz-tags/quizzes/checks.yaml';
    expect(lines).toContain(`  ${bank}`);
    expect(lines).toContain('    article: "pgae" is not an article slug. Did you mean "page"? Use the file name of an existing article (without .mdx) or remove the line.');
    expect(lines).toContain(
      '    question "checks-one", field hint, link "/basics/sky/": points to /basics/sky/, which is not a page of this site. Did you mean "/basics/page/"? Link to an article as /<section>/<slug>/.',
    );
    expect(lines).toContain(
      '    question "checks-one", field solution[0], link "/basics/page/#colour": points to #colour, but /basics/page/ has no heading with that id. Headings get ids from their text, lower-cased with hyphens.',
    );
    // The prompt's link to an existing heading is fine.
    expect(output).not.toContain('field prompt');
    expect(output).toContain('<Quiz bank="checks" badge>: is empty. Name the badge in a few words');
    // The author's home page (index.mdx) is checked like an article, and a quiz there must fit on one page.
    const home = lines.indexOf('  tests/fixtures/bad-quiz-tags/index.mdx');
    expect(home).toBeGreaterThan(-1);
    expect(lines).toContain('    link "/basics/paeg/": points to /basics/paeg/, which is not a page of this site. Did you mean "/basics/page/"? Link to an article as /<section>/<slug>/.');
    expect(lines[lines.indexOf('  tests/fixtures/bad-quiz-tags/index.mdx', home + 2) + 1]).toMatch(/^ {4}<Quiz bank="nope">: names a bank that does not exist\./);
    expect(lines.find((line) => line.startsWith('    <Quiz>: shows '))).toMatch(/questions, more than one page holds \(1\), and the home page has no later pages\. Add `limit=\{1\}`/);
    expect(output).not.toContain('Stack trace');
  });
});

describe('mistakes Astro would publish silently or report its own way stop the build first', () => {
  it('stops when STUDY_CONTENT_DIR names a folder that does not exist', () => {
    const { status, output } = buildFixture('no-such-folder');
    expectOurMessageOnly(status, output);
    expect(messageLines(output).slice(0, 3)).toEqual([
      expect.stringMatching(/\[ERROR\] \[studyforge\] 1 content problem must be fixed before the site can be built:$/),
      '  tests/fixtures/no-such-folder',
      expect.stringMatching(/^    STUDY_CONTENT_DIR: points to a folder that does not exist \(.+\). Set it to your content folder, absolute or relative to the project, or unset it to build content\/\.$/),
    ]);
  });

  it('stops when the content folder has no articles', () => {
    const { status, output } = buildFixture('no-articles');
    expectOurMessageOnly(status, output);
    expect(messageLines(output).slice(1, 3)).toEqual([
      '  tests/fixtures/no-articles/articles',
      '    articles: has no .mdx articles, so the site would be empty. Add articles as articles/<section>/<slug>.mdx (see docs/AUTHORING.md), or point STUDY_CONTENT_DIR at the folder that has them.',
    ]);
  });

  it('reports every problem of every file together, each with the file, line, field and fix', () => {
    // A copy, so that the case twin and the link loop never sit in the repository (they would break
    // checkouts on case-insensitive disks and tools that walk the tree).
    const dir = join(mkdtempSync(join(tmpdir(), 'studyforge-content-')), 'bad-source');
    cpSync('tests/fixtures/bad-source', dir, { recursive: true });
    writeFileSync(join(dir, 'articles/basics/Setup.mdx'), '---\ntitle: Setup again\ndescription: Same address as setup.mdx.\ndifficulty: beginner\n---\n\nText.\n');
    symlinkSync('..', join(dir, 'articles/basics/loop'));
    const { status, output } = buildFolder(dir);
    expectOurMessageOnly(status, output);
    const at = (file: string) => `  ${dir}/${file}`;
    expect(messageLines(output)).toEqual([
      expect.stringMatching(/\[ERROR\] \[studyforge\] 13 content problems must be fixed before the site can be built:$/),
      at('articles/basics/Setup.mdx'),
      `    file name: gives the same page address (basics/setup) as ${dir}/articles/basics/setup.mdx: addresses ignore case, spaces and punctuation, so one page would be lost. Rename one of the files.`,
      at('articles/basics/colon.mdx:2'),
      '    title: has a value containing ": ", which YAML reads as a new key. Quote this value: `title: "Setup: the basics"`.',
      at('articles/basics/empty.mdx'),
      '    file: is empty. Write the front matter (title, description, difficulty) and the article, or delete the file.',
      at('articles/basics/loop'),
      `    symbolic link: leads back to ${dir}/articles, which contains it, so the folder would never end. Delete the link or point it at a folder outside ${dir}/articles.`,
      at('articles/basics/notes.md'),
      '    file name: ends in .md, but articles are MDX (components such as <Note> would print as raw text). Rename it to notes.mdx.',
      at('articles/basics/setup.mdx'),
      `    file name: gives the same page address (basics/setup) as ${dir}/articles/basics/Setup.mdx: addresses ignore case, spaces and punctuation, so one page would be lost. Rename one of the files.`,
      at('articles/basics/setup.mdx:5'),
      '    updated: is 2026-02-30, a day that does not exist. Write a real date as YYYY-MM-DD, e.g. `updated: 2026-11-22`.',
      at('articles/basics/setup.mdx:10'),
      '    <Quizz>: is not a component articles can use. Did you mean <Quiz>? The components are <KeyConcept>, <CommonMistake>, <Note>, <Terminal>, <Quiz>, <Question>.',
      at('articles/basics/syntax.mdx:7'),
      '    MDX: Expected a closing tag for `<Note>`. Close it with `</Note>`, or write `<Note />` if it has no content.',
      at('articles/basics/twice.mdx:5'),
      '    difficulty: is set twice (first on line 4). Keep one `difficulty:` line and delete the other.',
      at('articles/basics/types.mdx:5'),
      '    order: must be a number, but got "ten". Example: `order: 10`, or remove the line.',
      at('articles/basics/types.mdx:6'),
      '    draft: must be true or false, but got "maybe". Example: `draft: true`, or remove the line.',
      at('sections.yaml:2'),
      '    title: has a value containing ": ", which YAML reads as a new key. Quote this value: `title: "Basics: where to start"`.',
    ]);
  });
});

describe('the content cache never breaks a build', () => {
  it('builds again after an article is renamed without being edited', () => {
    const dir = mkdtempSync(join(tmpdir(), 'studyforge-rename-'));
    const out = mkdtempSync(join(tmpdir(), 'studyforge-build-'));
    mkdirSync(join(dir, 'articles/basics'), { recursive: true });
    writeFileSync(join(dir, 'articles/basics/My Page.mdx'), '---\ntitle: My page\ndescription: Renamed between builds.\ndifficulty: beginner\n---\n\n## Hello\n');
    const first = buildFolder(dir, out);
    expect(first.status, first.output).toBe(0);
    // Same text, new name: Astro's cache used to keep the old path and every later build failed.
    renameSync(join(dir, 'articles/basics/My Page.mdx'), join(dir, 'articles/basics/my-page.mdx'));
    rmSync(out, { recursive: true, force: true });
    const second = buildFolder(dir, out);
    expect(second.status, second.output).toBe(0);
    expect(existsSync(join(out, 'basics/my-page/index.html'))).toBe(true);
  });
});

describe('wrong studyforge() options stop the build', () => {
  it('with every bad option named, its fix, and no stack trace', () => {
    const result = spawnSync('node_modules/.bin/astro', ['build', '--root', 'tests/fixtures/bad-options'], {
      env: { ...process.env, FORCE_COLOR: '0' },
      encoding: 'utf8',
    });
    const output = (result.stdout + result.stderr).replace(/\x1b\[[0-9;]*m/g, '');
    expectOurMessageOnly(result.status, output);
    expect(output).toContain('[ERROR] [studyforge] 2 configuration problems must be fixed before the site can be built:');
    expect(output).toContain('studyforge() option search: must be true or false, e.g. `search: false` to build without search.');
    expect(output).toContain('studyforge() options: has unknown option "contnet" (did you mean "content"?). The options are content, search, routes and csp');
    // It stops before anything is written into the project.
    expect(existsSync('tests/fixtures/bad-options/src')).toBe(false);
  });
});
