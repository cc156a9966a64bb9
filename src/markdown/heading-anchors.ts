import GithubSlugger from 'github-slugger';
import type { ReadingStrings } from '../lib/reading-strings';
import { reading as englishReading } from '../i18n/en';

/** Heading levels that get a visible "#" link (the levels the table of contents lists, plus h4). */
const LEVELS = ['h2', 'h3', 'h4'];

/**
 * Sätteri hast plugin: gives h2-h4 an id (the same GitHub-style slug Astro would assign) and puts a
 * "#" permalink next to each, wrapped with the heading so they sit on one line. The link sits
 * outside the heading so heading text (table of contents, search) stays clean.
 */
export function headingAnchors(strings: ReadingStrings = englishReading) {
  return () => {
    const slugger = new GithubSlugger();
    return {
      name: 'heading-anchors',
      element: {
        filter: ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'],
        visit(node: any, ctx: any) {
          const text: string = ctx.textContent(node);
          const existing = node.properties?.id;
          const id = typeof existing === 'string' ? existing : slugger.slug(text);
          if (typeof existing !== 'string') ctx.setProperty(node, 'id', id);
          // Visually hidden headings (the footnotes label) get no visible link.
          const hidden = String(node.properties?.className ?? '').includes('sr-only');
          if (!LEVELS.includes(node.tagName) || hidden) return;
          const anchor = {
            type: 'element',
            tagName: 'a',
            properties: { className: ['sf-heading-anchor'], href: `#${id}` },
            children: [
              { type: 'element', tagName: 'span', properties: { ariaHidden: 'true' }, children: [{ type: 'text', value: '#' }] },
              {
                type: 'element',
                tagName: 'span',
                properties: { className: ['sf-visually-hidden'] },
                children: [{ type: 'text', value: strings.headingLink(text) }],
              },
            ],
          };
          ctx.wrapNode(node, {
            type: 'element',
            tagName: 'div',
            properties: { className: ['sf-heading-wrapper', `sf-level-${node.tagName}`] },
            children: [anchor],
          });
        },
      },
    };
  };
}
