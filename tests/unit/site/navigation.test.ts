import { describe, expect, it } from 'vitest';
import type { Article } from '../../../src/lib/articles';
import {
  SECTION_PAGE_SIZE,
  SIDEBAR_MAX_SECTIONS,
  SIDEBAR_WINDOW,
  articleWindow,
  breadcrumbs,
  buildSections,
  buildSidebar,
  paginate,
  prevNext,
  readingOrder,
  type Section,
} from '../../../src/lib/navigation';
import type { SectionMeta } from '../../../src/schemas/article';
import { makeArticle } from './helpers';

const meta = (entries: Record<string, Partial<SectionMeta> & { title: string }>) =>
  new Map(Object.entries(entries).map(([k, v]) => [k, { description: '', order: 100, ...v }]));

/** `count` articles in one section, ordered a-000, a-001, ... by `order`. */
function sectionArticles(section: string, count: number): Article[] {
  return Array.from({ length: count }, (_, i) =>
    makeArticle({ section, slug: `${section}-${String(i).padStart(4, '0')}`, title: `Article ${i}`, order: i }),
  );
}

/** A site of `sectionCount` sections with `perSection` articles each, via buildSections. */
function site(sectionCount: number, perSection: number): Section[] {
  const articles: Article[] = [];
  for (let s = 0; s < sectionCount; s++) articles.push(...sectionArticles(`s${String(s).padStart(3, '0')}`, perSection));
  return buildSections(articles);
}

const linkCount = (sidebar: ReturnType<typeof buildSidebar>) =>
  sidebar.sections.reduce((n, s) => n + s.links.length, 0);

describe('buildSections', () => {
  it('groups articles by their section folder', () => {
    const sections = buildSections([
      makeArticle({ section: 'alpha', slug: 'a1' }),
      makeArticle({ section: 'beta', slug: 'b1' }),
      makeArticle({ section: 'alpha', slug: 'a2' }),
    ]);
    expect(sections.map((s) => s.slug)).toEqual(['alpha', 'beta']);
    expect(sections[0]!.articles.map((a) => a.slug)).toEqual(['a1', 'a2']);
    expect(sections[1]!.articles.map((a) => a.slug)).toEqual(['b1']);
    expect(sections[0]!.url).toBe('/alpha/');
  });

  it('returns no sections for no articles', () => {
    expect(buildSections([])).toEqual([]);
  });

  it('sorts articles inside a section by order, then title', () => {
    const sections = buildSections([
      makeArticle({ slug: 'c', title: 'Zeta', order: 1 }),
      makeArticle({ slug: 'a', title: 'Beta', order: 2 }),
      makeArticle({ slug: 'b', title: 'Alpha', order: 2 }),
      makeArticle({ slug: 'd', title: 'Omega', order: 0 }),
    ]);
    expect(sections[0]!.articles.map((a) => a.title)).toEqual(['Omega', 'Zeta', 'Alpha', 'Beta']);
  });

  it('does not reorder the input array', () => {
    const input = [makeArticle({ slug: 'b', order: 2 }), makeArticle({ slug: 'a', order: 1 })];
    buildSections(input);
    expect(input.map((a) => a.slug)).toEqual(['b', 'a']);
  });

  it('uses section meta titles, descriptions and order', () => {
    const sections = buildSections(
      [makeArticle({ section: 'zz-last', slug: 'x' }), makeArticle({ section: 'aa-first', slug: 'y' })],
      meta({ 'zz-last': { title: 'Getting started', description: 'Begin here.', order: 1 } }),
    );
    expect(sections[0]).toMatchObject({ slug: 'zz-last', title: 'Getting started', description: 'Begin here.', order: 1 });
    // No meta: title from the folder name, empty description, default order 100.
    expect(sections[1]).toMatchObject({ slug: 'aa-first', title: 'Aa first', description: '', order: 100 });
  });

  it('falls back to a readable title from the folder slug', () => {
    const [section] = buildSections([makeArticle({ section: 'feature-stores', slug: 'x' })]);
    expect(section!.title).toBe('Feature stores');
  });

  it('sorts sections by order, then title', () => {
    const sections = buildSections(
      [
        makeArticle({ section: 'c', slug: 'c1' }),
        makeArticle({ section: 'b', slug: 'b1' }),
        makeArticle({ section: 'a', slug: 'a1' }),
        makeArticle({ section: 'd', slug: 'd1' }),
      ],
      meta({ a: { title: 'Zulu', order: 5 }, b: { title: 'Bravo', order: 5 }, c: { title: 'Charlie', order: 1 } }),
    );
    // c (1), b "Bravo" (5), a "Zulu" (5), d (default 100)
    expect(sections.map((s) => s.slug)).toEqual(['c', 'b', 'a', 'd']);
  });

  it('sorts sections without meta by their fallback title', () => {
    const sections = buildSections([
      makeArticle({ section: 'mlops', slug: 'm' }),
      makeArticle({ section: 'data', slug: 'd' }),
      makeArticle({ section: 'foundations', slug: 'f' }),
    ]);
    expect(sections.map((s) => s.title)).toEqual(['Data', 'Foundations', 'Mlops']);
  });
});

describe('readingOrder', () => {
  it('lists every article section by section, in sorted order', () => {
    const sections = buildSections(
      [
        makeArticle({ section: 'second', slug: 's2', order: 2 }),
        makeArticle({ section: 'first', slug: 'f2', order: 2 }),
        makeArticle({ section: 'second', slug: 's1', order: 1 }),
        makeArticle({ section: 'first', slug: 'f1', order: 1 }),
      ],
      meta({ first: { title: 'First', order: 1 }, second: { title: 'Second', order: 2 } }),
    );
    expect(readingOrder(sections).map((a) => a.slug)).toEqual(['f1', 'f2', 's1', 's2']);
  });

  it('is empty for no sections', () => {
    expect(readingOrder([])).toEqual([]);
  });
});

describe('prevNext', () => {
  const order = [
    makeArticle({ slug: 'one', title: 'One' }),
    makeArticle({ slug: 'two', title: 'Two' }),
    makeArticle({ slug: 'three', title: 'Three' }),
  ];

  it('has only next on the first article', () => {
    expect(prevNext(order, 'one')).toEqual({ prev: undefined, next: { title: 'Two', url: '/basics/two/' } });
  });

  it('has only prev on the last article', () => {
    expect(prevNext(order, 'three')).toEqual({ prev: { title: 'Two', url: '/basics/two/' }, next: undefined });
  });

  it('has both in the middle', () => {
    expect(prevNext(order, 'two')).toEqual({
      prev: { title: 'One', url: '/basics/one/' },
      next: { title: 'Three', url: '/basics/three/' },
    });
  });

  it('has neither for an unknown slug', () => {
    const result = prevNext(order, 'missing');
    expect(result).toEqual({});
    expect(result.prev).toBeUndefined();
    expect(result.next).toBeUndefined();
  });

  it('has neither for a single article', () => {
    expect(prevNext([order[0]!], 'one')).toEqual({ prev: undefined, next: undefined });
  });

  it('crosses section boundaries in reading order', () => {
    const sections = buildSections([makeArticle({ section: 'a', slug: 'a1' }), makeArticle({ section: 'b', slug: 'b1' })]);
    const nav = prevNext(readingOrder(sections), 'a1');
    expect(nav.next?.url).toBe('/b/b1/');
  });
});

describe('breadcrumbs', () => {
  const [section] = buildSections([makeArticle({ section: 'feature-stores', slug: 'intro', title: 'Intro' })]);

  it('is Home > Section on a section page', () => {
    expect(breadcrumbs('Home', section!)).toEqual([
      { title: 'Home', url: '/' },
      { title: 'Feature stores', url: '/feature-stores/' },
    ]);
  });

  it('ends with the article on an article page', () => {
    expect(breadcrumbs('Home', section!, section!.articles[0])).toEqual([
      { title: 'Home', url: '/' },
      { title: 'Feature stores', url: '/feature-stores/' },
      { title: 'Intro', url: '/feature-stores/intro/' },
    ]);
  });
});

describe('articleWindow', () => {
  const articles = sectionArticles('w', 30); // slugs w-0000 ... w-0029
  const slugs = (list: Article[]) => list.map((a) => a.slug);
  const at = (i: number) => `w-${String(i).padStart(4, '0')}`;

  it('returns every article when there are no more than the window size', () => {
    const few = articles.slice(0, 5);
    expect(articleWindow(few, at(2), 5)).toEqual(few);
    expect(articleWindow(few, at(2), 12)).toHaveLength(5);
  });

  it('starts at the beginning for the first article', () => {
    const window = articleWindow(articles, at(0), 10);
    expect(slugs(window)).toEqual(slugs(articles.slice(0, 10)));
  });

  it('ends at the end for the last article', () => {
    const window = articleWindow(articles, at(29), 10);
    expect(slugs(window)).toEqual(slugs(articles.slice(20, 30)));
  });

  it('keeps the current article near the middle', () => {
    const window = articleWindow(articles, at(15), 10);
    expect(slugs(window)).toEqual(slugs(articles.slice(10, 20)));
    expect(slugs(window).indexOf(at(15))).toBe(5);
  });

  it('clamps near the start and near the end', () => {
    expect(slugs(articleWindow(articles, at(3), 10))[0]).toBe(at(0));
    expect(slugs(articleWindow(articles, at(27), 10)).at(-1)).toBe(at(29));
  });

  it('always contains the current article and has exactly the window size', () => {
    for (let i = 0; i < articles.length; i++) {
      const window = articleWindow(articles, at(i), 7);
      expect(window).toHaveLength(7);
      expect(slugs(window)).toContain(at(i));
    }
  });

  it('starts at the beginning for an unknown or missing slug', () => {
    expect(slugs(articleWindow(articles, 'nope', 10))).toEqual(slugs(articles.slice(0, 10)));
    expect(slugs(articleWindow(articles, undefined, 10))).toEqual(slugs(articles.slice(0, 10)));
  });
});

describe('buildSidebar', () => {
  it('expands only the current section', () => {
    const sections = site(3, 4);
    const sidebar = buildSidebar(sections, 's001', 's001-0002');
    expect(sidebar.sections.map((s) => s.current)).toEqual([false, true, false]);
    expect(sidebar.sections[0]!.links).toEqual([]);
    expect(sidebar.sections[2]!.links).toEqual([]);
    expect(sidebar.sections[1]!.links.map((l) => l.url)).toEqual(sections[1]!.articles.map((a) => a.url));
    expect(sidebar.sections.map((s) => s.total)).toEqual([4, 4, 4]);
    expect(sidebar.sections.map((s) => s.hidden)).toEqual([0, 0, 0]);
    expect(sidebar.moreSections).toBe(0);
  });

  it('marks the current article link', () => {
    const sidebar = buildSidebar(site(1, 4), 's000', 's000-0002');
    const current = sidebar.sections[0]!.links.filter((l) => l.current);
    expect(current).toHaveLength(1);
    expect(current[0]!.url).toBe('/s000/s000-0002/');
  });

  it('expands nothing on a page outside any section', () => {
    const sidebar = buildSidebar(site(3, 4));
    expect(sidebar.sections.every((s) => !s.current && s.links.length === 0 && s.hidden === 0)).toBe(true);
    expect(sidebar.sections.map((s) => ({ title: s.title, url: s.url }))).toEqual([
      { title: 'S000', url: '/s000/' },
      { title: 'S001', url: '/s001/' },
      { title: 'S002', url: '/s002/' },
    ]);
  });

  it('shows a window of SIDEBAR_WINDOW articles around the current one and counts the rest as hidden', () => {
    const sections = site(1, 40);
    const sidebar = buildSidebar(sections, 's000', 's000-0020');
    const section = sidebar.sections[0]!;
    expect(section.links).toHaveLength(SIDEBAR_WINDOW);
    expect(section.hidden).toBe(40 - SIDEBAR_WINDOW);
    expect(section.total).toBe(40);
    expect(section.links.map((l) => l.url)).toContain('/s000/s000-0020/');
    expect(section.links.find((l) => l.current)?.url).toBe('/s000/s000-0020/');
  });

  it('honours a custom window size', () => {
    const sidebar = buildSidebar(site(1, 40), 's000', 's000-0039', 5);
    const section = sidebar.sections[0]!;
    expect(section.links.map((l) => l.url)).toEqual([35, 36, 37, 38, 39].map((i) => `/s000/s000-00${i}/`));
    expect(section.hidden).toBe(35);
  });

  it(`caps the list at SIDEBAR_MAX_SECTIONS (${SIDEBAR_MAX_SECTIONS}) and counts the rest`, () => {
    const sections = site(SIDEBAR_MAX_SECTIONS + 5, 1);
    const sidebar = buildSidebar(sections, 's002', 's002-0000');
    expect(sidebar.sections).toHaveLength(SIDEBAR_MAX_SECTIONS);
    expect(sidebar.moreSections).toBe(5);
    expect(sidebar.sections.map((s) => s.slug)).toEqual(sections.slice(0, SIDEBAR_MAX_SECTIONS).map((s) => s.slug));
  });

  it('keeps the current section visible when it is beyond the cap', () => {
    const sections = site(SIDEBAR_MAX_SECTIONS + 10, 2);
    const late = sections[SIDEBAR_MAX_SECTIONS + 7]!;
    const sidebar = buildSidebar(sections, late.slug, late.articles[1]!.slug);
    expect(sidebar.sections).toHaveLength(SIDEBAR_MAX_SECTIONS);
    expect(sidebar.moreSections).toBe(10);
    const last = sidebar.sections.at(-1)!;
    expect(last.slug).toBe(late.slug);
    expect(last.current).toBe(true);
    expect(last.links.map((l) => l.url)).toEqual(late.articles.map((a) => a.url));
    expect(sidebar.sections.slice(0, -1).map((s) => s.slug)).toEqual(
      sections.slice(0, SIDEBAR_MAX_SECTIONS - 1).map((s) => s.slug),
    );
    expect(sidebar.sections.filter((s) => s.current)).toHaveLength(1);
  });

  it('does not duplicate the current section when it is exactly the last one within the cap', () => {
    const sections = site(SIDEBAR_MAX_SECTIONS + 3, 1);
    const edge = sections[SIDEBAR_MAX_SECTIONS - 1]!;
    const sidebar = buildSidebar(sections, edge.slug, edge.articles[0]!.slug);
    expect(sidebar.sections).toHaveLength(SIDEBAR_MAX_SECTIONS);
    expect(sidebar.sections.at(-1)!.slug).toBe(edge.slug);
    expect(new Set(sidebar.sections.map((s) => s.slug)).size).toBe(SIDEBAR_MAX_SECTIONS);
    expect(sidebar.moreSections).toBe(3);
  });

  it('keeps the same size as the site grows from 10 to 5000 articles', () => {
    const sizes: number[] = [];
    for (const perSection of [10, 100, 1000, 5000]) {
      const sections = buildSections(sectionArticles('big', perSection));
      const middle = sections[0]!.articles[Math.floor(perSection / 2)]!;
      const sidebar = buildSidebar(sections, 'big', middle.slug);
      const links = linkCount(sidebar);
      expect(links).toBeLessThanOrEqual(SIDEBAR_WINDOW);
      expect(sidebar.sections[0]!.hidden).toBe(perSection - links);
      expect(sidebar.sections[0]!.links.some((l) => l.current && l.url === middle.url)).toBe(true);
      sizes.push(links);
    }
    expect(sizes).toEqual([10, SIDEBAR_WINDOW, SIDEBAR_WINDOW, SIDEBAR_WINDOW]);
  });

  it('bounds links and sections on a site of 5000 articles across many sections', () => {
    const sections = site(100, 50); // 5000 articles
    expect(readingOrder(sections)).toHaveLength(5000);
    const current = sections[73]!;
    const sidebar = buildSidebar(sections, current.slug, current.articles[25]!.slug);
    expect(sidebar.sections.length).toBeLessThanOrEqual(SIDEBAR_MAX_SECTIONS);
    expect(linkCount(sidebar)).toBeLessThanOrEqual(SIDEBAR_WINDOW);
    expect(sidebar.sections.length + linkCount(sidebar)).toBeLessThanOrEqual(SIDEBAR_MAX_SECTIONS + SIDEBAR_WINDOW);
    expect(sidebar.moreSections).toBe(100 - SIDEBAR_MAX_SECTIONS);
    expect(sidebar.sections.some((s) => s.slug === current.slug && s.current)).toBe(true);
  });
});

describe('paginate', () => {
  it('returns one empty page for no items', () => {
    expect(paginate([])).toEqual([[]]);
  });

  it('uses SECTION_PAGE_SIZE by default', () => {
    const items = Array.from({ length: SECTION_PAGE_SIZE * 2 + 1 }, (_, i) => i);
    const pages = paginate(items);
    expect(pages.map((p) => p.length)).toEqual([SECTION_PAGE_SIZE, SECTION_PAGE_SIZE, 1]);
    expect(pages.flat()).toEqual(items);
  });

  it('splits exactly at page boundaries', () => {
    expect(paginate([1, 2, 3, 4], 2)).toEqual([
      [1, 2],
      [3, 4],
    ]);
    expect(paginate([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
  });

  it('puts everything on one page when it fits', () => {
    expect(paginate([1, 2, 3], 10)).toEqual([[1, 2, 3]]);
  });
});
