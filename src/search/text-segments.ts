/** A run of text, marked when it matched the search. */
export interface Segment {
  text: string;
  mark: boolean;
}

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&#x27;': "'", '&nbsp;': ' ' };
const decode = (text: string) => text.replace(/&(?:amp|lt|gt|quot|nbsp|#39|#x27);/g, (e) => ENTITIES[e] ?? e);

/**
 * Pagefind excerpts are text with `<mark>` around matched words. They become segments that the UI
 * turns into text nodes and <mark> elements, so no HTML string is ever inserted into the page.
 */
export function excerptSegments(excerpt: string): Segment[] {
  const segments: Segment[] = [];
  const pattern = /<mark>([\s\S]*?)<\/mark>/g;
  let last = 0;
  for (const match of excerpt.matchAll(pattern)) {
    if (match.index! > last) segments.push({ text: decode(excerpt.slice(last, match.index).replace(/<[^>]*>/g, '')), mark: false });
    segments.push({ text: decode(match[1]!.replace(/<[^>]*>/g, '')), mark: true });
    last = match.index! + match[0].length;
  }
  if (last < excerpt.length) segments.push({ text: decode(excerpt.slice(last).replace(/<[^>]*>/g, '')), mark: false });
  return segments.filter((s) => s.text.length > 0);
}

/** Signs of code, YAML or command lines in plain text: braces, assignments, `key: value`, list dashes, paths, snake_case, flags. */
const CODE_SIGN = /[{}=;<>$|\\[\]]|\w:\s|(?:^|\s)-\s|\w_\w|\w\/\w|--\w/g;
const SENTENCE_END = /[.!?]\s+/g;

/** Where code seems to start in a text: at its first sign, when there are two or more (one colon is prose). */
function codeStart(text: string): number | undefined {
  const signs = [...text.matchAll(CODE_SIGN)];
  return signs.length >= 2 ? signs[0]!.index : undefined;
}

/**
 * Pagefind centres an excerpt on the matched words, so it often starts or ends inside a code block
 * next to the sentence that matched. Where the context before the first match or after the last one
 * looks like code, it is cut at the nearest sentence boundary, keeping the prose that matched.
 */
export function tidyExcerpt(segments: readonly Segment[]): Segment[] {
  const first = segments.findIndex((s) => s.mark);
  if (first === -1) return [...segments];
  let last = segments.length - 1;
  while (!segments[last]!.mark) last--;
  const out = segments.map((s) => ({ ...s }));
  const lead = segments.slice(0, first).map((s) => s.text).join('');
  if (codeStart(lead) !== undefined) {
    const ends = [...lead.matchAll(SENTENCE_END)];
    const cut = ends.length ? ends[ends.length - 1]!.index! + ends[ends.length - 1]![0].length : lead.length;
    out.splice(0, first, { text: lead.slice(cut), mark: false });
  }
  const tailStart = out.length - (segments.length - 1 - last);
  const tail = out.slice(tailStart).map((s) => s.text).join('');
  const code = codeStart(tail);
  if (code !== undefined) {
    const ends = [...tail.slice(0, code).matchAll(SENTENCE_END)];
    const cut = ends.length ? ends[ends.length - 1]!.index! + 1 : 0;
    out.splice(tailStart, out.length - tailStart, { text: tail.slice(0, cut), mark: false });
  }
  return out.filter((s) => s.text.length > 0);
}

/** Search terms from a query: words of 2+ characters, lower-cased, unique. */
export function queryTerms(query: string): string[] {
  return [...new Set(query.toLowerCase().split(/[^\p{L}\p{N}_-]+/u).filter((t) => t.length >= 2))];
}

/** Splits text on whole-word-prefix matches of any term (as the search matched them). */
export function highlightSegments(text: string, terms: readonly string[]): Segment[] {
  if (!terms.length) return [{ text, mark: false }];
  const escaped = terms.map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).sort((a, b) => b.length - a.length);
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(${escaped.join('|')})[\\p{L}\\p{N}]*`, 'giu');
  const segments: Segment[] = [];
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    if (match.index! > last) segments.push({ text: text.slice(last, match.index), mark: false });
    segments.push({ text: match[0], mark: true });
    last = match.index! + match[0].length;
  }
  if (last < text.length) segments.push({ text: text.slice(last), mark: false });
  return segments;
}
