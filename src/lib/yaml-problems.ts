import yaml from 'js-yaml';
import type { ContentProblem } from './content-problems';

/** `key: value` on one line, optionally as a list item; the key may be quoted. */
const KEY_LINE = /^(\s*(?:-\s+)?)(["']?)([^\s:"'#][^:"']*)\2\s*:(?:\s+(.*))?$/;

/** A value YAML would read as text, but which holds ": " and so starts a second key. */
function unquotedColon(line: string): { key: string; value: string } | undefined {
  const match = KEY_LINE.exec(line);
  const value = match?.[4]?.trim();
  if (!match || !value || /^["'[{|>&*!]/.test(value) || !value.includes(': ')) return undefined;
  return { key: match[3]!.trim(), value };
}

/**
 * A YAML syntax error as a problem an author can act on: the line in the file, the key, and the
 * fix. `firstLine` is the file line the YAML text starts on (front matter starts on line 2).
 */
export function yamlProblem(file: string, text: string, error: unknown, firstLine = 1): ContentProblem {
  const mark = (error as { mark?: { line: number; column: number } }).mark;
  const reason = (error as { reason?: string }).reason ?? String(error);
  if (!mark) return { file, where: 'YAML', message: `could not be read as YAML (${reason}).` };
  const lines = text.split('\n');
  const line = mark.line + firstLine;

  if (reason.startsWith('duplicated mapping key')) {
    const match = KEY_LINE.exec(lines[mark.line] ?? '');
    if (match) {
      const [, indent, , rawKey] = match;
      const key = rawKey!.trim();
      const first = lines.findIndex((l, i) => i < mark.line && KEY_LINE.exec(l)?.[1] === indent && KEY_LINE.exec(l)?.[3]?.trim() === key);
      const also = first === -1 ? '' : ` (first on line ${first + firstLine})`;
      return { file, line, where: key, message: `is set twice${also}. Keep one \`${key}:\` line and delete the other.` };
    }
  }

  // An unquoted ": " makes js-yaml stop at the line itself or just after it.
  for (const index of [mark.line, mark.line - 1]) {
    const found = unquotedColon(lines[index] ?? '');
    if (found) {
      return {
        file,
        line: index + firstLine,
        where: found.key,
        message: `has a value containing ": ", which YAML reads as a new key. Quote this value: \`${found.key}: "${found.value.replace(/"/g, '\\"')}"\`.`,
      };
    }
  }

  return {
    file,
    line,
    where: 'YAML',
    message: `is not valid YAML (${reason} at column ${mark.column + 1}). Check the indentation, and quote text that contains ": " or starts with a special character.`,
  };
}

/** Parses YAML text, or returns the syntax error as a problem. */
export function parseYaml(
  file: string,
  text: string,
  options: { firstLine?: number; schema?: yaml.Schema } = {},
): { data: unknown; problem?: undefined } | { data?: undefined; problem: ContentProblem } {
  try {
    return { data: yaml.load(text, { schema: options.schema }) };
  } catch (error) {
    return { problem: yamlProblem(file, text, error, options.firstLine) };
  }
}
