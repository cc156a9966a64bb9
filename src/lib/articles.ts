import type { ArticleFrontmatter, Difficulty } from '../schemas/article';
import { estimateReadingMinutes } from './reading-time';

/** What the content layer hands over for one MDX file (plain data, no Astro types). */
export interface ArticleSource {
  /** Collection id, e.g. `basics/getting-started`. */
  id: string;
  /** Path of the file relative to the project (or absolute), for error messages. */
  filePath: string;
  data: ArticleFrontmatter;
  /** Raw MDX body without front matter. */
  body: string;
}

/** An article as pages use it: resolved slug, section, URL and reading time. */
export interface Article {
  id: string;
  slug: string;
  /** Folder under `articles/`; empty when the file is not inside a section folder. */
  section: string;
  url: string;
  filePath: string;
  title: string;
  description: string;
  difficulty: Difficulty;
  order: number;
  tags: string[];
  updated?: Date;
  related: string[];
  draft: boolean;
  readingMinutes: number;
  body: string;
}

/** The section folder and file name of an entry, from its collection id. */
export function splitArticleId(id: string): { folder: string; fileSlug: string } {
  const parts = id.split('/');
  const fileSlug = parts.pop() ?? id;
  return { folder: parts.join('/'), fileSlug };
}

export function articleUrl(section: string, slug: string): string {
  return `/${section}/${slug}/`;
}

export function sectionUrl(section: string): string {
  return `/${section}/`;
}

export function toArticle(source: ArticleSource): Article {
  const { folder, fileSlug } = splitArticleId(source.id);
  const slug = source.data.slug ?? fileSlug;
  return {
    id: source.id,
    slug,
    section: folder,
    url: articleUrl(folder, slug),
    filePath: source.filePath,
    title: source.data.title,
    description: source.data.description,
    difficulty: source.data.difficulty,
    order: source.data.order,
    tags: source.data.tags,
    updated: source.data.updated,
    related: source.data.related,
    draft: source.data.draft,
    readingMinutes: estimateReadingMinutes(source.body),
    body: source.body,
  };
}

/** Sort key inside a section: `order`, then title. */
export function compareArticles(a: Article, b: Article): number {
  return a.order - b.order || a.title.localeCompare(b.title);
}
