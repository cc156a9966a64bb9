import type { Strings } from '../i18n/strings';

/** The reading aids' text in one locale (`reading` in src/i18n/<locale>.ts). */
export type ReadingStrings = Strings['reading'];

/** `Table: Option, Type, Default`, or just `Table` when it has no header row. */
export function tableLabel(headers: string[], strings: ReadingStrings): string {
  const names = headers.map((h) => h.trim()).filter(Boolean);
  return names.length ? `${strings.table}: ${names.join(', ')}` : strings.table;
}

/** `Diagram: <title>`, or just `Diagram` when it has no title. */
export function diagramLabel(title: string | undefined, strings: ReadingStrings): string {
  const text = title?.trim();
  return text ? `${strings.diagram}: ${text}` : strings.diagram;
}
