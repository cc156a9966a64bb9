import type { Article } from './articles';
import { didYouMean, type ContentProblem } from './content-problems';
import { extractInternalLinks, headingIds, resolveLink } from './internal-links';

/** Every page and `#anchor` a link inside the site may point to. */
export interface LinkTargets {
  anchorsByPath: Map<string, Set<string>>;
  pages: Set<string>;
}

const ASSET = /\.(png|jpe?g|svg|gif|webp|avif|pdf|txt|xml|json)$/i;

export function linkTargets(articles: Article[], staticRoutes: Iterable<string>): LinkTargets {
  const anchorsByPath = new Map<string, Set<string>>();
  for (const article of articles) anchorsByPath.set(article.url, new Set(headingIds(article.body)));
  const pages = new Set<string>([...anchorsByPath.keys(), ...staticRoutes]);
  for (const article of articles) if (article.section) pages.add(`/${article.section}/`);
  return { anchorsByPath, pages };
}

/** What is wrong with a link written on the page at `fromUrl`, or undefined when it resolves. */
export function checkLink(link: string, fromUrl: string, targets: LinkTargets): string | undefined {
  let resolved: ReturnType<typeof resolveLink>;
  try {
    resolved = resolveLink(link, fromUrl);
  } catch {
    // decodeURIComponent throws "URI malformed" on a broken escape such as %E0%A4%A.
    return 'has a malformed %-escape. Write a literal % as %25, or complete the escape (each % takes two hex digits, e.g. %E0%A4%A4).';
  }
  const { path, anchor } = resolved;
  if (ASSET.test(path)) return undefined;
  if (!targets.pages.has(path)) {
    return `points to ${path}, which is not a page of this site.${didYouMean(path, targets.pages)} Link to an article as /<section>/<slug>/.`;
  }
  const anchors = targets.anchorsByPath.get(path);
  if (anchor && anchors && !anchors.has(anchor)) {
    return `points to #${anchor}, but ${path} has no heading with that id.${didYouMean(anchor, anchors)} Headings get ids from their text, lower-cased with hyphens.`;
  }
  return undefined;
}

/**
 * Cross-file checks the schema cannot make: articles outside a section folder, a `section` field
 * that contradicts the folder, duplicate slugs, `related` entries and internal links that point
 * nowhere (including `#anchors` to headings that do not exist).
 */
export function checkArticles(
  articles: Article[],
  declaredSections: ReadonlyMap<string, string | undefined>,
  targets: LinkTargets,
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

  for (const article of articles) {
    article.related.forEach((slug, index) => {
      if (bySlug.has(slug)) return;
      problems.push({
        file: article.filePath,
        where: `related[${index}]`,
        message: `"${slug}" is not an article slug.${didYouMean(slug, bySlug.keys())} Use the file name of an existing article (without .mdx) or remove the entry.`,
      });
    });
    problems.push(...checkPageLinks(article, article.url, targets));
  }
  return problems;
}

/** Internal links and `#anchors` of one MDX page (an article, or the author's home page at `/`) that point nowhere. */
export function checkPageLinks(page: Pick<Article, 'filePath' | 'body'>, url: string, targets: LinkTargets): ContentProblem[] {
  return extractInternalLinks(page.body).flatMap((link) => {
    const problem = checkLink(link, url, targets);
    return problem ? [{ file: page.filePath, where: `link "${link}"`, message: problem }] : [];
  });
}
