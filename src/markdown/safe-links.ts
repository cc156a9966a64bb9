import { isUnsafeUrl } from '../lib/safe-url';
import { URL_ATTRIBUTES, URL_ELEMENTS } from '../lib/unsafe-links';

/**
 * Sätteri hast plugin: a Markdown link (or element) with a `javascript:`, `data:` or `vbscript:`
 * URL loses the URL and keeps its text, wherever Markdown is rendered. An article with such a link
 * also fails the build with the file and the fix (lib/unsafe-links.ts), and HTML from question banks
 * goes through the allow-list sanitiser (lib/sanitize-html.ts); this is the last line for both.
 */
export function safeLinks() {
  return {
    name: 'safe-links',
    element: {
      filter: URL_ELEMENTS,
      visit(node: any, ctx: any) {
        for (const [name, value] of Object.entries(node.properties ?? {})) {
          if (URL_ATTRIBUTES.has(name) && typeof value === 'string' && isUnsafeUrl(value)) ctx.setProperty(node, name, undefined);
        }
      },
    },
  };
}
