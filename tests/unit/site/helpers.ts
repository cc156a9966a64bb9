import type { Article } from '../../../src/lib/articles';
import { articleUrl } from '../../../src/lib/articles';

/** A minimal Article for pure-function tests; `section` and `slug` drive `id`, `url` and `filePath`. */
export function makeArticle(overrides: Partial<Article> & { slug: string; section?: string }): Article {
  const section = overrides.section ?? 'basics';
  const slug = overrides.slug;
  const id = section ? `${section}/${slug}` : slug;
  return {
    id,
    section,
    url: articleUrl(section, slug),
    filePath: `content/articles/${id}.mdx`,
    title: overrides.title ?? slug,
    description: '',
    difficulty: 'beginner',
    order: 100,
    tags: [],
    related: [],
    draft: false,
    readingMinutes: 1,
    body: '',
    ...overrides,
  };
}
