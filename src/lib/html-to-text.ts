/**
 * HTML to plain text, for places that cannot show HTML: titles in course platforms, plain-text
 * exports, previews. Paragraphs and other blocks are separated by a blank line, list items start on
 * their own line with "- " (or their number), `<pre>` keeps its lines exactly, and runs of whitespace
 * elsewhere become one space, as a browser would show them. Generic: it knows HTML, not our markup.
 */
import { fromHtml } from 'hast-util-from-html';
import type { Element, Nodes, Root } from 'hast';

/** Blocks set off by a blank line. */
const PARAGRAPH_BLOCKS = new Set(['p', 'pre', 'ul', 'ol', 'blockquote', 'table', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'figure', 'dl', 'details', 'hr']);
/** Blocks that start on a new line. */
const LINE_BLOCKS = new Set(['div', 'li', 'tr', 'dt', 'dd', 'summary', 'section', 'article', 'header', 'footer', 'figcaption', 'caption', 'address']);
/** Elements whose content is never text a reader sees. */
const SKIPPED = new Set(['script', 'style', 'template', 'head', 'noscript']);

class TextWriter {
  private out = '';

  /** Ensures the text ends with at least `count` line breaks (none at the very start). */
  breakLines(count: number): void {
    if (!this.out) return;
    const trailing = /\n*$/.exec(this.out)![0].length;
    if (trailing < count) this.out = this.out.replace(/ +$/, '') + '\n'.repeat(count - trailing);
  }

  /** Appends flowing text: whitespace collapses, and none is added at the start of a line. */
  text(value: string): void {
    let text = value.replace(/[ \t\r\n\f]+/g, ' ');
    if (!this.out || this.out.endsWith('\n') || this.out.endsWith(' ')) text = text.replace(/^ /, '');
    this.out += text;
  }

  /** Appends text exactly as it is (preformatted). */
  raw(value: string): void {
    this.out += value;
  }

  toString(): string {
    return this.out
      .split('\n')
      .map((line) => line.replace(/[ \t]+$/, ''))
      .join('\n')
      .replace(/\n{3,}/g, '\n\n')
      .trim();
  }
}

function textContent(node: Nodes): string {
  if (node.type === 'text') return node.value;
  if ('children' in node) return node.children.map((child) => textContent(child)).join('');
  return '';
}

function listMarker(item: Element, parent: Element | Root | undefined, index: number): string {
  if (parent?.type !== 'element' || parent.tagName !== 'ol') return '- ';
  const start = Number(parent.properties['start'] ?? 1);
  return `${(Number.isFinite(start) ? start : 1) + index}. `;
}

function walk(node: Nodes, writer: TextWriter, parent?: Element | Root): void {
  if (node.type === 'text') return writer.text(node.value);
  if (node.type === 'root') return node.children.forEach((child) => walk(child, writer, node));
  if (node.type !== 'element' || SKIPPED.has(node.tagName)) return;
  const tag = node.tagName;
  if (tag === 'br') {
    writer.raw('\n');
    return;
  }
  if (tag === 'pre') {
    writer.breakLines(2);
    writer.raw(textContent(node).replace(/\n$/, ''));
    writer.breakLines(2);
    return;
  }
  if (tag === 'img') return writer.text(String(node.properties['alt'] ?? ''));
  const paragraph = PARAGRAPH_BLOCKS.has(tag);
  const line = LINE_BLOCKS.has(tag);
  // A list inside a list item is part of that item: one line break, not a paragraph.
  const nested = (tag === 'ul' || tag === 'ol') && parent?.type === 'element' && parent.tagName === 'li';
  if (paragraph && !nested) writer.breakLines(2);
  else if (line || nested) writer.breakLines(1);
  if (tag === 'li') {
    const items = parent && 'children' in parent ? parent.children.filter((child) => child.type === 'element' && child.tagName === 'li') : [];
    writer.text(listMarker(node, parent, items.indexOf(node)));
  }
  const cells = node.children.filter((child): child is Element => child.type === 'element' && (child.tagName === 'td' || child.tagName === 'th'));
  node.children.forEach((child) => {
    // Table cells on one line, separated by a bar, as in a Markdown table.
    if (child.type === 'element' && cells.includes(child) && cells.indexOf(child) > 0) writer.text(' | ');
    walk(child, writer, node);
  });
  if (paragraph && !nested) writer.breakLines(2);
  else if (line || nested) writer.breakLines(1);
}

/** The text a reader sees in an HTML fragment, laid out in plain lines. */
export function htmlToText(html: string): string {
  const writer = new TextWriter();
  walk(fromHtml(html, { fragment: true }), writer);
  return writer.toString();
}

/** The text of an HTML fragment on one line (titles, names), cut at `max` characters with an ellipsis. */
export function htmlToLine(html: string, max = Infinity): string {
  const line = htmlToText(html).replace(/\s+/g, ' ').trim();
  return line.length > max ? `${line.slice(0, Math.max(0, max - 1)).trimEnd()}…` : line;
}
