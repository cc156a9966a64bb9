import GithubSlugger, { slug as githubSlug } from 'github-slugger';

/** Heading ids exactly as the Markdown processor makes them (GitHub's rules, deduplicated). */
export function headingSlugger(): (text: string) => string {
  const slugger = new GithubSlugger();
  return (text) => slugger.slug(text);
}

/** "error-handling" -> "Error handling": a readable fallback title for a section folder. */
export function titleFromSlug(slug: string): string {
  const words = slug.split('-').filter(Boolean).join(' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/**
 * The collection id of a file under `articles/` (path relative to it), by the rule of Astro's glob
 * loader: each folder and the file name slugified, extension dropped. `Setup.mdx` and `setup.mdx`
 * get the same id, so the preflight can tell the author before Astro drops one of them.
 */
export function articleIdFromPath(relativePath: string): string {
  return relativePath
    .replace(/\.[^./]+$/, '')
    .split('/')
    .map((segment) => githubSlug(segment))
    .join('/')
    .replace(/\/index$/, '');
}
