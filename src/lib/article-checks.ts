import type { Article } from './articles';
import { didYouMean, type ContentProblem } from './content-problems';
import { extractInternalLinks, headingIds, resolveLink } from './internal-links';

/**
 * Cross-file checks the schema cannot make: articles outside a section folder, a `section` field
 * that contradicts the folder, duplicate slugs, `related` entries and internal links that point
 * nowhere (including `#anchors` to headings that do not exist).
 *
 * `staticRoutes` are pages that are not articles (home, search, ...), e.g. `/search/`.
 */
export function checkArticles(
  articles: Article[],
  declaredSections: ReadonlyMap<string, string | undefined>,
  staticRoutes: ReadonlySet<string> = new Set(['/']),
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const bySlug = new Map<string, Article[]>();
  for (const article of articles) bySlug.set(article.slug, [...(bySlug.get(article.slug) ?? []), article]);

  for (const article of articles) {
    if (!article.section) {
      problems.push({
        file: article.filePath,
        where: 'location',
        message: 'is not inside a section folder. Move it to articles/<section>/, e.g. articles/foundations/.',
      });
    }
    const declared = declaredSections.get(article.id);
    if (declared && article.section && declared !== article.section) {
      problems.push({
        file: article.filePath,
        where: 'section',
        message: `is "${declared}" but the file is in the "${article.section}" folder. Move the file to articles/${declared}/ or change the field to \`section: ${article.section}\` (or remove it).`,
      });
    }
  }

  for (const [slug, same] of bySlug) {
    if (same.length < 2) continue;
    for (const article of same) {
      const others = same.filter((a) => a !== article).map((a) => a.filePath);
      problems.push({
        file: article.filePath,
        where: 'slug',
        message: `"${slug}" is also used by ${others.join(', ')}. Slugs must be unique across the site: rename one file or set a different \`slug:\` in its front matter.`,
      });
    }
  }

  const anchorsByPath = new Map<string, Set<string>>();
  for (const article of articles) anchorsByPath.set(article.url, new Set(headingIds(article.body)));
  const sectionPaths = new Set(articles.filter((a) => a.section).map((a) => `/${a.section}/`));
  const knownSlugs = [...bySlug.keys()];
  const knownPaths = [...anchorsByPath.keys(), ...sectionPaths, ...staticRoutes];

  for (const article of articles) {
    article.related.forEach((slug, index) => {
      if (bySlug.has(slug)) return;
      problems.push({
        file: article.filePath,
        where: `related[${index}]`,
        message: `"${slug}" is not an article slug.${didYouMean(slug, knownSlugs)} Use the file name of an existing article (without .mdx) or remove the entry.`,
      });
    });

    for (const link of extractInternalLinks(article.body)) {
      const { path, anchor } = resolveLink(link, article.url);
      const target = path === article.url || link.startsWith('#') ? article.url : path;
      if (/\.(png|jpe?g|svg|gif|webp|avif|pdf|txt|xml|json)$/i.test(path)) continue;
      if (!anchorsByPath.has(target) && !sectionPaths.has(target) && !staticRoutes.has(target)) {
        problems.push({
          file: article.filePath,
          where: `link "${link}"`,
          message: `points to ${target}, which is not a page of this site.${didYouMean(target, knownPaths)} Link to an article as /<section>/<slug>/.`,
        });
        continue;
      }
      const anchors = anchorsByPath.get(target);
      if (anchor && anchors && !anchors.has(anchor)) {
        problems.push({
          file: article.filePath,
          where: `link "${link}"`,
          message: `points to #${anchor}, but ${target} has no heading with that id.${didYouMean(anchor, anchors)} Headings get ids from their text, lower-cased with hyphens.`,
        });
      }
    }
  }
  return problems;
}
