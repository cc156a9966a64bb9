import { headingSlugger } from './slug';

const FENCE = /^\s{0,3}(`{3,}|~{3,})/;
const MARKDOWN_LINK = /\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g;
const HREF_ATTRIBUTE = /\bhref\s*=\s*["']([^"']+)["']/g;
const HEADING = /^(#{1,6})\s+(.+?)\s*#*\s*$/;

/**
 * Lines of an MDX body outside fenced code blocks (links and headings in code samples are not
 * real). A fence closes only with the same character, at least as long as the one that opened it.
 */
export function proseLines(body: string): string[] {
  const lines: string[] = [];
  let open: string | undefined;
  for (const line of body.split('\n')) {
    const fence = FENCE.exec(line)?.[1];
    if (open) {
      if (fence && fence[0] === open[0] && fence.length >= open.length && line.trim() === fence) open = undefined;
    } else if (fence) {
      open = fence;
    } else {
      lines.push(line);
    }
  }
  return lines;
}

export const withoutInlineCode = (line: string) => line.replace(/`[^`]*`/g, '');

/** The text a heading renders to: Markdown emphasis, code ticks and link syntax removed. */
function headingText(markdown: string): string {
  return markdown
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/`/g, '')
    .replace(/\*+/g, '')
    .replace(/(?<![\p{L}\p{N}])_+|_+(?![\p{L}\p{N}])/gu, '');
}

/** Site-internal link targets in an MDX body: Markdown links and `href` attributes, no external URLs. */
export function extractInternalLinks(body: string): string[] {
  const links: string[] = [];
  for (const line of proseLines(body).map(withoutInlineCode)) {
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
    if (match) ids.push(slug(headingText(match[2]!)));
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
