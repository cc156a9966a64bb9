/**
 * Allow-list sanitiser for HTML rendered from data files (question banks, interview answers).
 * Their Markdown may contain raw HTML, which the Markdown processor passes through; that text is
 * data, shown on our pages and, once banks are published, inside other people's pages, so only
 * the HTML that ordinary Markdown and Shiki produce survives. Articles (MDX) are code and are not
 * sanitised; see safe-links.ts for the link check they get.
 */
import { fromHtml } from 'hast-util-from-html';
import { defaultSchema, sanitize, type Schema } from 'hast-util-sanitize';
import { toHtml } from 'hast-util-to-html';

/** Shiki's token colours as classes (markdown/shiki-classes.ts), e.g. `sf-shiki-dark-f0f3f6`. */
const SHIKI_CLASS = /^sf-shiki-[a-z]+(?:-[a-z]+)*-[0-9a-z-]+$/;
/** Class tokens only (Shiki's `astro-code` and theme names). */
const CLASS_TOKEN = /^[\w-]+$/;

/** Elements removed with everything inside them (their text would be garbage, or worse, as text). */
const STRIP = ['script', 'style', 'iframe', 'frame', 'frameset', 'object', 'embed', 'noscript', 'noembed', 'noframes', 'template', 'textarea', 'title', 'xmp', 'svg', 'math', 'select'];

/** Attributes every allowed element may keep: GitHub's list without `name` (it can clobber globals). */
const GLOBAL_ATTRIBUTES = (defaultSchema.attributes?.['*'] ?? []).filter((attribute) => attribute !== 'name');

/** An element's allowed attributes less its className rule (the first rule for a name wins). */
function withoutClassName(attributes: NonNullable<Schema['attributes']>[string] = []) {
  return attributes.filter((attribute) => (typeof attribute === 'string' ? attribute : attribute[0]) !== 'className');
}

/**
 * GitHub's schema (what GitHub lets through in a README) plus what our own Markdown pipeline emits:
 * Shiki code blocks, heading anchors, task-list labels, table alignment and scroll regions. Links keep only
 * http(s), mailto and relative URLs, so `javascript:` and `data:` links lose their `href`.
 */
export const SANITIZE_SCHEMA: Schema = {
  ...defaultSchema,
  // Ids come from our pipeline (heading slugs, footnotes); prefixing them would break their links.
  clobber: [],
  strip: STRIP,
  protocols: { ...defaultSchema.protocols, href: ['http', 'https', 'mailto'] },
  attributes: {
    ...defaultSchema.attributes,
    '*': GLOBAL_ATTRIBUTES,
    a: [...withoutClassName(defaultSchema.attributes?.['a']), ['className', 'data-footnote-backref', 'sf-heading-anchor']],
    // Wide tables scroll in a named, focusable region (markdown/scroll-regions.ts).
    div: [['className', 'sf-heading-wrapper', /^sf-level-h[1-6]$/, 'sf-scroll-region'], ['role', 'region'], ['tabIndex', 0], 'ariaLabel', 'dataScrollHint'],
    input: [...(defaultSchema.attributes?.['input'] ?? []), 'ariaLabel'],
    pre: [['className', CLASS_TOKEN], 'dataLanguage'],
    span: [['className', 'line', 'sf-visually-hidden', SHIKI_CLASS], ['ariaHidden', 'true']],
    // GFM column alignment as a class (markdown/table-alignment.ts).
    td: [['className', 'sf-align-left', 'sf-align-center', 'sf-align-right']],
    th: [['className', 'sf-align-left', 'sf-align-center', 'sf-align-right']],
  },
};

/** Keeps only allow-listed elements, attributes and URL schemes of an HTML fragment. */
export function sanitizeHtml(html: string): string {
  const tree = sanitize(fromHtml(html, { fragment: true }), SANITIZE_SCHEMA);
  return toHtml(tree);
}
