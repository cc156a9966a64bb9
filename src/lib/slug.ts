import GithubSlugger from 'github-slugger';

/** Heading ids exactly as the Markdown processor makes them (GitHub's rules, deduplicated). */
export function headingSlugger(): (text: string) => string {
  const slugger = new GithubSlugger();
  return (text) => slugger.slug(text);
}

/** "feature-stores" -> "Feature stores": a readable fallback title for a section folder. */
export function titleFromSlug(slug: string): string {
  const words = slug.split('-').filter(Boolean).join(' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}
