import { readFileSync } from 'node:fs';
import { staticRoutes } from '../../../src/lib/routes';
import { parseOptions } from '../../../src/integration/options';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveContentDir } from '../../../src/lib/content-dir';
import { sitemapXml } from '../../../src/lib/sitemap';
import { THEME_STORAGE_KEY, parseThemeChoice, resolveTheme } from '../../../src/lib/theme';

describe('sitemapXml', () => {
  const site = new URL('https://study.example.org');

  it('is a sitemaps.org urlset document', () => {
    const xml = sitemapXml(site, [{ path: '/' }]);
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n')).toBe(true);
    expect(xml).toContain('<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">');
    expect(xml.endsWith('</urlset>\n')).toBe(true);
  });

  it('lists absolute URLs, one per entry, in order', () => {
    const xml = sitemapXml(site, [{ path: '/' }, { path: '/basics/' }, { path: '/basics/first-steps/' }]);
    const locs = [...xml.matchAll(/<loc>([^<]*)<\/loc>/g)].map((m) => m[1]);
    expect(locs).toEqual([
      'https://study.example.org/',
      'https://study.example.org/basics/',
      'https://study.example.org/basics/first-steps/',
    ]);
  });

  it('resolves relative paths against a site with a base path', () => {
    const xml = sitemapXml(new URL('https://example.org/docs/'), [{ path: 'basics/' }]);
    expect(xml).toContain('<loc>https://example.org/docs/basics/</loc>');
  });

  it('keeps the site port and protocol', () => {
    expect(sitemapXml(new URL('http://localhost:4321'), [{ path: '/a/' }])).toContain('<loc>http://localhost:4321/a/</loc>');
  });

  it('escapes XML special characters', () => {
    const xml = sitemapXml(site, [{ path: "/q&a/it's/?x=1&y=2" }]);
    expect(xml).toContain("<loc>https://study.example.org/q&amp;a/it&apos;s/?x=1&amp;y=2</loc>");
    // No bare ampersand anywhere in the document.
    expect(xml).not.toMatch(/&(?!amp;|apos;|quot;|lt;|gt;)/);
  });

  it('percent-encodes characters a URL cannot hold raw', () => {
    const xml = sitemapXml(site, [{ path: '/a<b>"c d/' }]);
    expect(xml).toContain('<loc>https://study.example.org/a%3Cb%3E%22c%20d/</loc>');
  });

  it('adds lastmod as YYYY-MM-DD only when known', () => {
    const xml = sitemapXml(site, [{ path: '/new/', lastModified: new Date('2026-11-22T15:30:00Z') }, { path: '/old/' }]);
    expect(xml).toContain('<url><loc>https://study.example.org/new/</loc><lastmod>2026-11-22</lastmod></url>');
    expect(xml).toContain('<url><loc>https://study.example.org/old/</loc></url>');
    expect(xml.match(/<lastmod>/g)).toHaveLength(1);
  });

  it('has an empty urlset for no entries', () => {
    expect(sitemapXml(site, [])).not.toContain('<url>');
  });
});

describe('theme', () => {
  it('parses a stored choice, falling back to system', () => {
    expect(parseThemeChoice('light')).toBe('light');
    expect(parseThemeChoice('dark')).toBe('dark');
    expect(parseThemeChoice('system')).toBe('system');
    for (const value of [null, undefined, '', 'Dark', 'blue', 1, {}, ['dark']]) expect(parseThemeChoice(value)).toBe('system');
  });

  it('resolves system to the preferred scheme', () => {
    expect(resolveTheme('system', true)).toBe('dark');
    expect(resolveTheme('system', false)).toBe('light');
  });

  it('lets an explicit choice win over the system preference', () => {
    expect(resolveTheme('light', true)).toBe('light');
    expect(resolveTheme('dark', false)).toBe('dark');
  });

  it('uses the same storage key as the pre-paint script', () => {
    expect(THEME_STORAGE_KEY).toBe('studyforge:theme');
    const script = readFileSync(join(process.cwd(), 'src', 'client', 'theme-init.js'), 'utf8');
    expect(script).toContain(`localStorage.getItem('${THEME_STORAGE_KEY}')`);
  });
});

describe('resolveContentDir', () => {
  const root = resolve('/srv/project');

  it('defaults to content/ under the project root', () => {
    expect(resolveContentDir({}, root)).toBe(join(root, 'content'));
  });

  it('resolves a relative STUDY_CONTENT_DIR against the project root', () => {
    expect(resolveContentDir({ STUDY_CONTENT_DIR: 'tests/fixtures/site' }, root)).toBe(join(root, 'tests', 'fixtures', 'site'));
    expect(resolveContentDir({ STUDY_CONTENT_DIR: '../notes' }, root)).toBe(resolve(root, '..', 'notes'));
  });

  it('keeps an absolute STUDY_CONTENT_DIR', () => {
    const absolute = resolve('/data/my-notes');
    expect(resolveContentDir({ STUDY_CONTENT_DIR: absolute }, root)).toBe(absolute);
  });

  it('trims whitespace around the value', () => {
    expect(resolveContentDir({ STUDY_CONTENT_DIR: '  docs  ' }, root)).toBe(join(root, 'docs'));
    expect(resolveContentDir({ STUDY_CONTENT_DIR: ` ${resolve('/data/x')}\n` }, root)).toBe(resolve('/data/x'));
  });

  it('treats an empty or blank value as unset', () => {
    expect(resolveContentDir({ STUDY_CONTENT_DIR: '' }, root)).toBe(join(root, 'content'));
    expect(resolveContentDir({ STUDY_CONTENT_DIR: '   \t' }, root)).toBe(join(root, 'content'));
  });

  it('uses process.env and the working directory by default', () => {
    const saved = process.env.STUDY_CONTENT_DIR;
    try {
      process.env.STUDY_CONTENT_DIR = 'from-env';
      expect(resolveContentDir()).toBe(resolve(process.cwd(), 'from-env'));
      delete process.env.STUDY_CONTENT_DIR;
      expect(resolveContentDir()).toBe(resolve(process.cwd(), 'content'));
    } finally {
      if (saved === undefined) delete process.env.STUDY_CONTENT_DIR;
      else process.env.STUDY_CONTENT_DIR = saved;
    }
  });
});

describe('routes the integration adds', () => {
  it('are link targets only when they are turned on', () => {
    const all = parseOptions({}).options!;
    expect(staticRoutes(all)).toEqual(['/', '/404/', '/search/', '/interview/', '/quizzes/']);
    const some = parseOptions({ search: false, routes: { home: false, interview: false, quizzes: false } }).options!;
    expect(staticRoutes(some)).toEqual(['/404/']);
  });
});
