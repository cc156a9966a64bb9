/** A badge name has to fit on one line next to its star, on a phone too. */
export const MAX_BADGE_CHARS = 60;

/**
 * What is wrong with the name of a badge (a bank's `badge` field or a `<Quiz mode="challenge" badge>`
 * prop), worded for the author; undefined when it is fine. Plain code, so the browser-safe quiz
 * resolver and the bank schema share one rule.
 */
export function badgeNameProblem(value: unknown): string | undefined {
  if (typeof value !== 'string') return 'must be text, e.g. badge: "Sharp Eye". Remove it to use the default.';
  const name = value.trim();
  if (!name) return 'is empty. Name the badge in a few words (e.g. "Sharp Eye"), or leave it out to use the default name.';
  if (name.length > MAX_BADGE_CHARS) return `is longer than ${MAX_BADGE_CHARS} characters. A badge name is a few words that fit on one line.`;
  if (/[\r\n]/.test(name)) return 'spans several lines. Write the badge name on one line.';
  return undefined;
}
