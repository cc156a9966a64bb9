/**
 * Our rendered HTML made fit for other platforms (Moodle, Canvas, Anki): their pages have none of our
 * CSS, so classes, Shiki's token spans and our data attributes are noise there, and a site-relative
 * link would point into the platform. What stays is plain, meaningful HTML: paragraphs, code blocks,
 * lists, tables, emphasis and links (absolute when the site's public URL is known).
 */
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import type { Element, ElementContent, Root, RootContent } from 'hast';

export interface PortableHtmlOptions {
  /** The site's public URL (`site` in astro.config): site links become absolute. Without it they stay as they are. */
  siteUrl?: string | URL;
  /**
   * `keep`: line breaks stay as they are (XML files keep them in CDATA). `br`: the result is one line,
   * for line-based formats: line breaks in code become `<br>`, others a space (HTML treats them as one).
   */
  newlines?: 'keep' | 'br';
  /** Serialise as XHTML (void elements closed, `<br />`), for XML formats such as QTI. */
  xml?: boolean;
}

/** Attributes that carry meaning on another platform; everything else (classes, data-*, tabindex, role...) goes. */
const KEPT_ATTRIBUTES = new Set(['href', 'src', 'alt', 'title', 'start', 'colSpan', 'rowSpan', 'lang', 'dir', 'type']);
/** Elements dropped with their content: interactive or decorative leftovers that mean nothing elsewhere. */
const DROPPED = new Set(['input', 'button', 'script', 'style', 'template', 'svg']);

const isHidden = (node: Element) => {
  const classes = node.properties['className'];
  return (Array.isArray(classes) && classes.includes('sf-visually-hidden')) || node.properties['ariaHidden'] === 'true';
};

function absolute(value: unknown, siteUrl: string | URL | undefined): unknown {
  if (typeof value !== 'string' || !siteUrl || !value.startsWith('/') || value.startsWith('//')) return value;
  return new URL(value, siteUrl).href;
}

function clean(children: Array<RootContent | ElementContent>, options: PortableHtmlOptions, inPre: boolean): ElementContent[] {
  const out: ElementContent[] = [];
  for (const node of children) {
    if (node.type === 'comment' || node.type === 'doctype') continue;
    if (node.type === 'text') {
      if (options.newlines !== 'br') out.push(node);
      else if (!inPre) out.push({ type: 'text', value: node.value.replace(/[\r\n]+/g, ' ') });
      else {
        // Code keeps its lines as <br> elements, so the whole fragment fits on one line.
        node.value.split('\n').forEach((part, i) => {
          if (i > 0) out.push({ type: 'element', tagName: 'br', properties: {}, children: [] });
          if (part) out.push({ type: 'text', value: part });
        });
      }
      continue;
    }
    if (node.type !== 'element') continue;
    if (DROPPED.has(node.tagName) || isHidden(node)) continue;
    const pre = inPre || node.tagName === 'pre';
    const children = clean(node.children, options, pre);
    const properties: Element['properties'] = {};
    for (const [name, value] of Object.entries(node.properties)) {
      if (KEPT_ATTRIBUTES.has(name)) properties[name] = name === 'href' || name === 'src' ? (absolute(value, options.siteUrl) as string) : value;
    }
    // Shiki's token spans and our layout wrappers, once bare, add nothing: keep their content only.
    if ((node.tagName === 'span' || node.tagName === 'div') && Object.keys(properties).length === 0) {
      out.push(...children);
      continue;
    }
    out.push({ type: 'element', tagName: node.tagName, properties, children });
  }
  return out;
}

/** A fragment of our rendered HTML as plain, portable HTML. */
export function portableHtml(html: string, options: PortableHtmlOptions = {}): string {
  const tree = fromHtml(html, { fragment: true });
  const root: Root = { type: 'root', children: clean(tree.children, options, false) };
  // Only `<`, `&` and `"` are ever encoded, so named references stay within XML's predefined five.
  const out = toHtml(root, { characterReferences: { useNamedReferences: true }, ...(options.xml ? { closeSelfClosing: true } : {}) });
  return options.newlines === 'br' ? out.replace(/[\r\n]+/g, ' ').trim() : out.trim();
}
