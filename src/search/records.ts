/** Quiz questions become search results of their own: one record per question per page. */
export interface SearchRecord {
  url: string;
  content: string;
  meta: { title: string; section: string; difficulty: string; type: string };
  filters: { type: string[]; section: string[]; difficulty: string[] };
}

/** Question difficulty mapped onto the article scale, so one Difficulty filter covers both (labels: `site.difficulty` of the locale). */
export const QUESTION_LEVEL = { easy: 'beginner', medium: 'intermediate', hard: 'advanced' } as const;

/**
 * Pagefind weight of code blocks and terminals (prose is 1): a match in a sentence outranks one in
 * code, and excerpts show the sentence when both match. Code stays searchable.
 */
export const CODE_SEARCH_WEIGHT = '0.2';

/** Elements that separate words; any other tag (code, em, a...) sits inside a sentence. */
const BLOCK_TAG = /<\/?(p|div|br|hr|li|ul|ol|dl|dt|dd|h[1-6]|pre|table|thead|tbody|tr|td|th|blockquote|figure|figcaption|section|details|summary)\b[^>]*>/gi;

/** Visible text of build-rendered HTML, for indexing. Inline tags leave no space behind ("`x`." stays "x."). */
export function htmlToText(html: string): string {
  return html
    .replace(/<(script|style)[\s\S]*?<\/\1>/gi, ' ')
    .replace(BLOCK_TAG, ' ')
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&#x27;/g, "'")
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Text for a question's search record: prose first and code blocks last, so that Pagefind's
 * excerpt (the first densest match) shows a sentence rather than code when both match.
 */
export function recordText(htmlParts: readonly string[]): string {
  const html = htmlParts.join(' ');
  const code: string[] = [];
  const prose = html.replace(/<pre\b[\s\S]*?<\/pre>/gi, (block) => {
    code.push(block);
    return ' ';
  });
  return htmlToText([prose, ...code].join(' '));
}

/** A result title for a question: its prompt's first sentence, shortened. */
export function questionTitle(promptHtml: string, max = 90): string {
  const text = htmlToText(promptHtml);
  const first = /^(.+?[?.!])(\s|$)/.exec(text)?.[1] ?? text;
  return first.length > max ? `${first.slice(0, max - 1).trimEnd()}…` : first;
}
