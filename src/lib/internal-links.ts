import { headingSlugger } from './slug';

const FENCE = /^\s*(```|~~~)/;
const MARKDOWN_LINK = /\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g;
const HREF_ATTRIBUTE = /\bhref\s*=\s*["']([^"']+)["']/g;
const HEADING = /^(#{1,6})\s+(.+?)\s*#*\s*$/;

/** Lines of an MDX body outside fenced code blocks (links in code samples are not links). */
function proseLines(body: string): string[] {
  const lines: string[] = [];
  let inFence = false;
  for (const line of body.split('\n')) {
    if (FENCE.test(line)) inFence = !inFence;
    else if (!inFence) lines.push(line.replace(/`[^`]*`/g, ''));
  }
  return lines;
}

/** Site-internal link targets in an MDX body: Markdown links and `href` attributes, no external URLs. */
export function extractInternalLinks(body: string): string[] {
  const links: string[] = [];
  for (const line of proseLines(body)) {
    for (const pattern of [MARKDOWN_LINK, HREF_ATTRIBUTE]) {
      for (const match of line.matchAll(pattern)) {
        const target = match[1]!;
        if (!/^[a-z][a-z0-9+.-]*:/i.test(target) && !target.startsWith('//')) links.push(target);
      }
    }
  }
  return links;
}

/** The `id`s the Markdown processor gives this body's headings. */
export function headingIds(body: string): string[] {
  const slug = headingSlugger();
  const ids: string[] = [];
  for (const line of proseLines(body)) {
    const match = HEADING.exec(line);
    if (match) ids.push(slug(match[2]!.replace(/[*_`]/g, '').replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')));
  }
  return ids;
}

/** Resolves a link written in the page at `fromUrl` to a site path and an optional `#anchor`. */
export function resolveLink(link: string, fromUrl: string): { path: string; anchor?: string } {
  const url = new URL(link, `https://site.invalid${fromUrl}`);
  const anchor = url.hash ? decodeURIComponent(url.hash.slice(1)) : undefined;
  let path = decodeURIComponent(url.pathname);
  if (!path.endsWith('/') && !/\.[a-z0-9]+$/i.test(path)) path += '/';
  return { path, anchor };
}
