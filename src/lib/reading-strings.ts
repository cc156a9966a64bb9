/** UI text of the reading aids: scroll regions, the table of contents and its sticky bar, article links. */
export const READING_STRINGS = {
  /** Accessible name of a scrollable table; the column headings follow when the table has any. */
  table: 'Table',
  /** Accessible name of a diagram's scroll box; the diagram's title follows. */
  diagram: 'Diagram',
  /** Shown above a table or diagram while it is wider than its box (not read out: the region is named). */
  scrollHint: 'Scroll sideways to see all of it →',
  /** The table of contents' heading and its toggle on narrow screens. */
  tocTitle: 'On this page',
  /** Link from an article to its interview questions. */
  interviewLink: 'Practise interview questions on this topic',
} as const;

/** `Table: Option, Type, Default`, or just `Table` when it has no header row. */
export function tableLabel(headers: string[]): string {
  const names = headers.map((h) => h.trim()).filter(Boolean);
  return names.length ? `${READING_STRINGS.table}: ${names.join(', ')}` : READING_STRINGS.table;
}

/** `Diagram: <title>`, or just `Diagram` when it has no title. */
export function diagramLabel(title: string | undefined): string {
  const text = title?.trim();
  return text ? `${READING_STRINGS.diagram}: ${text}` : READING_STRINGS.diagram;
}
