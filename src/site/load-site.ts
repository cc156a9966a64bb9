import { relative } from 'node:path';
import { getCollection, type CollectionEntry } from 'astro:content';
import { toArticle, type Article } from '../lib/articles';
import { checkArticles } from '../lib/article-checks';
import { ContentError } from '../lib/content-problems';
import { buildSections, readingOrder, type Section } from '../lib/navigation';
import type { SectionMeta } from '../schemas/article';

export interface Site {
  sections: Section[];
  /** Every published article in reading order. */
  articles: Article[];
  bySlug: Map<string, Article>;
  /** The collection entry behind each article id, for `render()`. */
  entries: Map<string, CollectionEntry<'articles'>>;
}

/** Routes that exist besides articles and section pages (for internal-link checks). */
export const STATIC_ROUTES = new Set(['/', '/404/', '/search/']);

let cached: Promise<Site> | undefined;

/**
 * Loads and cross-checks all content once per build. Every page calls this; the first call does the
 * work and a content problem stops the build with one message listing every problem.
 */
export function loadSite(): Promise<Site> {
  cached ??= buildSite();
  return cached;
}

async function buildSite(): Promise<Site> {
  const showDrafts = import.meta.env.DEV;
  const entries = await getCollection('articles');
  const all = entries.map((entry) =>
    toArticle({
      id: entry.id,
      filePath: entry.filePath ? relative(process.cwd(), entry.filePath) : entry.id,
      data: entry.data,
      body: entry.body ?? '',
    }),
  );
  // Drafts are left out before checking, so a published page cannot link to one.
  const published = all.filter((article) => showDrafts || !article.draft);
  const declaredSections = new Map(entries.map((entry) => [entry.id, entry.data.section]));
  const problems = checkArticles(published, declaredSections, STATIC_ROUTES);
  if (problems.length) throw new ContentError(problems);

  const meta = new Map<string, SectionMeta>((await getCollection('sections')).map((s) => [s.id, s.data]));
  const sections = buildSections(published, meta);
  const articles = readingOrder(sections);
  return {
    sections,
    articles,
    bySlug: new Map(articles.map((a) => [a.slug, a])),
    entries: new Map(entries.map((entry) => [entry.id, entry])),
  };
}
