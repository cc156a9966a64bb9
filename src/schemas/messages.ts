import type { z } from 'astro/zod';

/**
 * Zod error callbacks that read like advice to an author: what is wrong with the field and how
 * to fix it. Astro prefixes each message with the file and field name, so messages start with
 * what the field "is" or "must be".
 */
type Issue = z.core.$ZodRawIssue;

function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (typeof value === 'string') return `"${value}"`;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? 'a date that does not exist' : value.toISOString().slice(0, 10);
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  return String(value);
}

/** Message for a required field: missing vs. present but of the wrong kind. */
export function required(field: string, expected: string, example: string, place = 'the front matter') {
  return (issue: Issue): string =>
    issue.input === undefined
      ? `is missing. Add \`${field}: ${example}\` to ${place}.`
      : `must be ${expected}, but got ${describe(issue.input)}. Example: \`${field}: ${example}\`.${quoteHint(issue.input)}`;
}

/** YAML reads `- Step one: do this` as an object; the usual fix is quoting. */
function quoteHint(value: unknown): string {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date)
    ? ' If the text contains ": ", put it in quotes or use a `|` block.'
    : '';
}

/** Message for a field limited to a fixed set of values. */
export function oneOf(field: string, allowed: readonly string[]) {
  return (issue: Issue): string =>
    issue.input === undefined
      ? `is missing. Add \`${field}: ${allowed[0]}\` (one of: ${allowed.join(', ')}).`
      : `is ${describe(issue.input)}, which is not allowed. Use one of: ${allowed.join(', ')}.`;
}

/** Message for an optional field given a value of the wrong kind. */
export function optional(field: string, expected: string, example: string) {
  return (issue: Issue): string =>
    `must be ${expected}, but got ${describe(issue.input)}. Example: \`${field}: ${example}\`, or remove the line.`;
}
