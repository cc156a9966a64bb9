import type { SectionMeta } from '../schemas/article';
import { compareArticles, sectionUrl, type Article } from './articles';
import { titleFromSlug } from './slug';

/** How many sibling links the sidebar shows around the current article (the rest are on the section page). */
export const SIDEBAR_WINDOW = 12;
/** How many sections the sidebar lists before linking to the home page for the rest. */
export const SIDEBAR_MAX_SECTIONS = 20;
/** Articles listed per section on the home page, and per page on a section index. */
export const HOME_ARTICLES_PER_SECTION = 6;
export const SECTION_PAGE_SIZE = 50;

export interface Section {
  slug: string;
  title: string;
  description: string;
  order: number;
  url: string;
  articles: Article[];
}

export interface NavLink {
  title: string;
  url: string;
}

/** Groups articles into sections, each sorted by `order` then title; sections sorted the same way. */
export function buildSections(articles: Article[], meta: ReadonlyMap<string, SectionMeta> = new Map()): Section[] {
  const bySlug = new Map<string, Article[]>();
  for (const article of articles) {
    const list = bySlug.get(article.section) ?? [];
    list.push(article);
    bySlug.set(article.section, list);
  }
  return [...bySlug.entries()]
    .map(([slug, list]) => {
      const info = meta.get(slug);
      return {
        slug,
        title: info?.title ?? titleFromSlug(slug),
        description: info?.description ?? '',
        order: info?.order ?? 100,
        url: sectionUrl(slug),
        articles: [...list].sort(compareArticles),
      };
    })
    .sort((a, b) => a.order - b.order || a.title.localeCompare(b.title));
}

/** Every article in reading order: section by section. */
export function readingOrder(sections: Section[]): Article[] {
  return sections.flatMap((section) => section.articles);
}

export function prevNext(order: Article[], slug: string): { prev?: NavLink; next?: NavLink } {
  const index = order.findIndex((article) => article.slug === slug);
  if (index === -1) return {};
  const link = (article: Article | undefined) => (article ? { title: article.title, url: article.url } : undefined);
  return { prev: link(order[index - 1]), next: link(order[index + 1]) };
}

/** Home (named in the site's language), the section, then the article if any. */
export function breadcrumbs(home: string, section: Section, article?: Article): NavLink[] {
  const trail: NavLink[] = [{ title: home, url: '/' }, { title: section.title, url: section.url }];
  if (article) trail.push({ title: article.title, url: article.url });
  return trail;
}

export interface SidebarSection {
  slug: string;
  title: string;
  url: string;
  total: number;
  current: boolean;
  /** Only the current section is expanded, and only a window of it, so page size stays constant. */
  links: Array<NavLink & { current: boolean }>;
  /** Articles of the current section not listed in `links`. */
  hidden: number;
}

/**
 * The sidebar for one page: every section (up to a cap), with only the current section expanded
 * to a window of articles around the current one. Its size does not depend on the site's size.
 */
export function buildSidebar(
  sections: Section[],
  currentSection?: string,
  currentSlug?: string,
  window: number = SIDEBAR_WINDOW,
): { sections: SidebarSection[]; moreSections: number } {
  const currentIndex = sections.findIndex((s) => s.slug === currentSection);
  let shown = sections.slice(0, SIDEBAR_MAX_SECTIONS);
  if (currentIndex >= SIDEBAR_MAX_SECTIONS) shown = [...shown.slice(0, SIDEBAR_MAX_SECTIONS - 1), sections[currentIndex]!];
  return {
    moreSections: sections.length - shown.length,
    sections: shown.map((section) => {
      const current = section.slug === currentSection;
      const visible = current ? articleWindow(section.articles, currentSlug, window) : [];
      return {
        slug: section.slug,
        title: section.title,
        url: section.url,
        total: section.articles.length,
        current,
        links: visible.map((a) => ({ title: a.title, url: a.url, current: a.slug === currentSlug })),
        hidden: current ? section.articles.length - visible.length : 0,
      };
    }),
  };
}

/** Up to `size` consecutive articles, the current one as close to the middle as the ends allow. */
export function articleWindow(articles: Article[], currentSlug: string | undefined, size: number): Article[] {
  if (articles.length <= size) return articles;
  const index = Math.max(0, articles.findIndex((a) => a.slug === currentSlug));
  const start = Math.min(Math.max(0, index - Math.floor(size / 2)), articles.length - size);
  return articles.slice(start, start + size);
}

/** Splits a section's articles into pages for its index (`/section/`, `/section/2/`, ...). */
export function paginate<T>(items: T[], size: number = SECTION_PAGE_SIZE): T[][] {
  const pages: T[][] = [];
  for (let i = 0; i < items.length; i += size) pages.push(items.slice(i, i + size));
  return pages.length ? pages : [[]];
}
