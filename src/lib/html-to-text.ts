/**
 * Plain text of a rendered HTML fragment (a question's prompt, a choice, a solution step), for
 * consumers that cannot show HTML: flashcard apps, LMS imports, screen-reader-only summaries, search.
 * Works on the HTML syntax tree (hast), so entities, nesting and code are handled by a real parser:
 * code keeps its exact text and line breaks, prose has its whitespace collapsed, block elements
 * become lines, list items get a "- " marker. Build-time only (no DOM).
 */
import { fromHtml } from 'hast-util-from-html';
import type { Element, Nodes, Parents } from 'hast';

/** Elements that start a new line in text. */
const BLOCKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'dd', 'details', 'div', 'dl', 'dt', 'figcaption', 'figure', 'footer',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary',
  'table', 'tr', 'ul',
]);
/** Elements whose text is not content (drawings keep their `<title>`: see below). */
const SKIPPED = new Set(['script', 'style', 'template', 'button']);

/** A run of text with whether its whitespace is significant (inside `<pre>`). */
type Piece = { text: string; pre: boolean } | { block: true };

function collect(node: Nodes, pre: boolean, out: Piece[]): void {
  if (node.type === 'text') {
    out.push({ text: node.value, pre });
    return;
  }
  if (node.type !== 'root' && node.type !== 'element') return;
  if (node.type === 'element') {
    const element = node as Element;
    if (SKIPPED.has(element.tagName) || element.properties.hidden || element.properties.ariaHidden === 'true') return;
    if (element.tagName === 'br') {
      out.push({ text: '\n', pre: true });
      return;
    }
    if (element.tagName === 'img') {
      const alt = element.properties.alt;
      if (typeof alt === 'string' && alt) out.push({ text: alt, pre: false });
      return;
    }
    // A drawing's text is its accessible name, not its scattered labels.
    if (element.tagName === 'svg') {
      const title = element.children.find((child): child is Element => child.type === 'element' && child.tagName === 'title');
      if (title) collect(title, false, out);
      return;
    }
    if (BLOCKS.has(element.tagName)) out.push({ block: true });
    if (element.tagName === 'li') out.push({ text: '- ', pre: true });
    for (const child of (node as Parents).children) collect(child as Nodes, pre || element.tagName === 'pre', out);
    if (BLOCKS.has(element.tagName)) out.push({ block: true });
    return;
  }
  for (const child of node.children) collect(child as Nodes, pre, out);
}

/** The plain text of an HTML fragment: one line per block, code exactly as written, no markup. */
export function htmlToText(html: string): string {
  const pieces: Piece[] = [];
  collect(fromHtml(html, { fragment: true }), false, pieces);
  const lines: string[] = [];
  let line = '';
  const endLine = () => {
    const trimmed = line.replace(/[ \t]+$/, '');
    if (trimmed.trim()) lines.push(trimmed);
    line = '';
  };
  for (const piece of pieces) {
    if ('block' in piece) {
      endLine();
    } else if (piece.pre) {
      // Code keeps its own line breaks and indentation.
      const parts = piece.text.split('\n');
      parts.forEach((part, i) => {
        if (i > 0) {
          lines.push(line.replace(/[ \t]+$/, ''));
          line = '';
        }
        line += part;
      });
    } else {
      const text = piece.text.replace(/\s+/g, ' ');
      line += line === '' || line.endsWith(' ') ? text.replace(/^ /, '') : text;
    }
  }
  endLine();
  // A code block's trailing newline leaves an empty last line.
  return lines.join('\n').replace(/^\n+|\n+$/g, '');
}

/** The text of an HTML fragment on one line (titles, names), cut at `max` characters with an ellipsis. */
export function htmlToLine(html: string, max = Infinity): string {
  const line = htmlToText(html).replace(/\s+/g, ' ').trim();
  return line.length > max ? `${line.slice(0, Math.max(0, max - 1)).trimEnd()}…` : line;
}
