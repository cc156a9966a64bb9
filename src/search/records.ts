/** Quiz questions become search results of their own: one record per question per page. */
export interface SearchRecord {
  url: string;
  content: string;
  meta: { title: string; section: string; difficulty: string; type: string };
  filters: { type: string[]; section: string[]; difficulty: string[] };
}

/** Written into the build by `pages/search-records.json.ts`, read and removed by the indexer. */
export const SEARCH_RECORDS_FILE = 'search-records.json';

/** Content types a result can have (the "type" filter). */
export const CONTENT_TYPES = { article: 'Article', question: 'Question', interview: 'Interview' } as const;

/** Question difficulty mapped onto the article scale, so one Difficulty filter covers both. */
export const QUESTION_LEVEL = { easy: 'Beginner', medium: 'Intermediate', hard: 'Advanced' } as const;

/** Visible text of build-rendered HTML, for indexing. */
export function htmlToText(html: string): string {
  return html
    .replace(/<(script|style)[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&#x27;/g, "'")
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A result title for a question: its prompt's first sentence, shortened. */
export function questionTitle(promptHtml: string, max = 90): string {
  const text = htmlToText(promptHtml);
  const first = /^(.+?[?.!])(\s|$)/.exec(text)?.[1] ?? text;
  return first.length > max ? `${first.slice(0, max - 1).trimEnd()}…` : first;
}
