import { withBase } from '../lib/url';

/**
 * Sätteri hast plugin: authors write site links from the root (`/section/slug/`), and the link
 * checker checks them that way; on a site served under a sub-path, this puts the base in front
 * (`/my-notes/section/slug/`) wherever Markdown is rendered (articles, banks, interview files).
 * `base` defaults to Astro's base as Vite sees it.
 */
export function baseLinks(base: string = import.meta.env?.BASE_URL ?? '/') {
  return {
    name: 'base-links',
    element: {
      filter: ['a'],
      visit(node: any, ctx: any) {
        const href = node.properties?.href;
        if (typeof href === 'string' && withBase(base, href) !== href) ctx.setProperty(node, 'href', withBase(base, href));
      },
    },
  };
}
