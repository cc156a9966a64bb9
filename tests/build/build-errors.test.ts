import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Real builds of broken content folders: the build must fail, and its output must name the file,
 * the field or link or question id, and say how to fix it.
 */
function buildFixture(name: string): { status: number | null; output: string } {
  const result = spawnSync('node_modules/.bin/astro', ['build'], {
    env: { ...process.env, STUDY_CONTENT_DIR: `tests/fixtures/${name}`, STUDY_OUT_DIR: mkdtempSync(join(tmpdir(), 'studyforge-build-')), FORCE_COLOR: '0' },
    encoding: 'utf8',
  });
  // Astro highlights field names with terminal colours; compare the plain text.
  return { status: result.status, output: (result.stdout + result.stderr).replace(/\x1b\[[0-9;]*m/g, '') };
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

describe('quiz embeds and question links are checked against the banks', () => {
  it('names unknown banks, unknown question ids and broken related links', () => {
    const { status, output } = buildFixture('bad-embed');
    expect(status).not.toBe(0);
    expect(output).toContain('tests/fixtures/bad-embed/articles/basics/page.mdx');
    expect(output).toContain('<Quiz bank="basic">: names a bank that does not exist.');
    expect(output).toContain('<Quiz bank="checks"> questions: lists "checks-nine", which is not in that bank. Did you mean "checks-one"?');
    expect(output).toContain('question "checks-one", field related: points to #no-such-anchor, but /basics/page/ has no heading with that id.');
    expect(output).toContain('<Quiz bank="checks" badge>: is empty. Name the badge in a few words');
  });
});
