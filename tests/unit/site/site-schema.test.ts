import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOCALES, loadSiteIdentity } from '../../../src/schemas/site';
import { editUrl } from '../../../src/lib/edit-url';
import { preflightContent } from '../../../src/integration/preflight';
import { formatProblems } from '../../../src/lib/content-problems';

/** A content folder with this site.yaml (and a logo.svg, a logo.png and a photo.jpg beside it). */
function folder(yaml: string | undefined, name = 'my-notes'): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'sf-site-')), name);
  mkdirSync(dir);
  for (const image of ['logo.svg', 'logo.png', 'photo.jpg']) writeFileSync(join(dir, image), 'x');
  mkdirSync(join(dir, 'images'));
  if (yaml !== undefined) writeFileSync(join(dir, 'site.yaml'), yaml);
  return dir;
}

const problemsOf = (yaml: string) => loadSiteIdentity(folder(yaml)).problems.map((p) => `${p.where}: ${p.message}`);

describe('site.yaml', () => {
  it('without the file, the site is named after the folder and says nothing else', () => {
    const { site, problems } = loadSiteIdentity(folder(undefined, 'rust-notes'));
    expect(problems).toEqual([]);
    expect(site).toEqual({ title: 'rust-notes', locale: 'en', dir: 'ltr', footer: { links: [] }, hero: {} });
  });

  it('reads every field, with logo and favicon as paths inside the folder', () => {
    const dir = folder(`
title: Rust notes
tagline: What I learned
description: Notes on Rust.
logo: { src: logo.svg, alt: A crab }
favicon: logo.png
locale: en
footer: { text: © Me, links: [{ label: Contact, href: "https://example.org" }, { label: Start, href: /rust/ }] }
repository: https://example.org/me/notes
editUrl: https://example.org/me/notes/edit/main/
hero: { title: Learn Rust, text: One quiz per article., cta: { label: Begin, href: /rust/ownership/ } }
`);
    const { site, problems } = loadSiteIdentity(dir);
    expect(problems).toEqual([]);
    expect(site).toMatchObject({
      title: 'Rust notes',
      logo: { src: join(dir, 'logo.svg'), alt: 'A crab' },
      favicon: join(dir, 'logo.png'),
      footer: { text: '© Me', links: [{ label: 'Contact', href: 'https://example.org' }, { label: 'Start', href: '/rust/' }] },
      hero: { cta: { label: 'Begin', href: '/rust/ownership/' } },
    });
  });

  it('names a logo that does not exist, lies outside the folder, or is not SVG/PNG', () => {
    expect(problemsOf('logo: { src: logo.svgg, alt: "" }')).toEqual([
      'logo.src: is "logo.svgg", but there is no such file in the content folder. Check the spelling, or add the image there.',
    ]);
    expect(problemsOf('logo: { src: ../logo.svg, alt: "" }')[0]).toMatch(/^logo\.src: is "\.\.\/logo\.svg", which is outside the content folder\./);
    expect(problemsOf('favicon: /etc/passwd')[0]).toMatch(/^favicon: .*outside the content folder/);
    expect(problemsOf('favicon: photo.jpg')).toEqual(['favicon: is "photo.jpg", which is not an SVG or PNG image. Use a .svg or .png file.']);
    expect(problemsOf('favicon: images')[0]).toMatch(/^favicon: .*no such file/);
  });

  it('takes a shipped locale, and the writing direction from dir or else from the locale', () => {
    expect(loadSiteIdentity(folder('locale: de')).site).toMatchObject({ locale: 'de', dir: 'ltr' });
    expect(loadSiteIdentity(folder('locale: de\ndir: rtl')).site).toMatchObject({ locale: 'de', dir: 'rtl' });
    expect(problemsOf('dir: up')).toEqual(['dir: is "up"; use `dir: ltr` (left to right) or `dir: rtl` (right to left), or leave it out to follow the locale.']);
  });

  it('asks for alt text with the logo', () => {
    expect(problemsOf('logo: { src: logo.svg }')).toEqual(['logo.alt: must be text that says what the logo shows, or "" when the title next to it says it all.']);
  });

  it('names an unknown locale and lists the shipped ones', () => {
    expect(problemsOf('locale: xx')).toEqual([`locale: is "xx", which Studyforge has no UI text for. Use one of: ${LOCALES.join(', ')}.`]);
  });

  it('names a repository or editUrl that is not a web address', () => {
    expect(problemsOf('repository: github.com/me/notes\neditUrl: "javascript:alert(1)"')).toEqual([
      'repository: is "github.com/me/notes", which is not a web address. Give a full http(s) URL, e.g. `repository: https://github.com/me/notes`.',
      'editUrl: is "javascript:alert(1)", which is not a web address. Give a full http(s) URL, e.g. `editUrl: https://github.com/me/notes/edit/main/content/`.',
    ]);
    expect(problemsOf('footer: { links: [{ label: Bad, href: "javascript:alert(1)" }] }')[0]).toMatch(/^footer\.links\.0\.href: .*neither a path on this site/);
  });

  it('suggests the field an unknown one was meant to be', () => {
    expect(problemsOf('titel: Notes')[0]).toMatch(/^\(file\): has unknown field "titel" \(did you mean "title"\?\)/);
  });

  it('reports a YAML error with the file', () => {
    const [problem] = loadSiteIdentity(folder('title: [unclosed')).problems;
    expect(problem?.file).toMatch(/site\.yaml$/);
  });
});

describe('site.yaml in the preflight', () => {
  it("lists site.yaml's problems with the others, so the build stops with the file, field and fix", () => {
    const dir = folder('locale: fr\nlogo: { src: photo.jpg, alt: Me }');
    mkdirSync(join(dir, 'articles', 'basics'), { recursive: true });
    writeFileSync(join(dir, 'articles', 'basics', 'intro.mdx'), '---\ntitle: Intro\ndescription: First.\ndifficulty: beginner\n---\n\nText.\n');
    const message = formatProblems(preflightContent(dir), 'content');
    expect(message).toMatch(/my-notes\/site\.yaml\n\s+locale: is "fr", which Studyforge has no UI text for\. Use one of: en, de\./);
    expect(preflightContent(dir).map((p) => p.where)).toEqual(['locale']);
  });
});

describe('Edit this page', () => {
  it('adds the article path within the content folder to editUrl', () => {
    expect(editUrl('https://x.org/edit/main/notes', '/p/notes', 'notes/articles/rust/my file.mdx', '/p')).toBe('https://x.org/edit/main/notes/articles/rust/my%20file.mdx');
    expect(editUrl('https://x.org/edit/', '/p/notes', '/p/notes/articles/a/b.mdx')).toBe('https://x.org/edit/articles/a/b.mdx');
    expect(editUrl('https://x.org/edit/', '/p/notes', '/elsewhere/b.mdx')).toBeUndefined();
  });
});
