/**
 * Compares a locale's text with the reference locale's, key by key: what is missing, what is extra,
 * and what has another kind (text, function, group) or a function taking another number of values.
 * Pure, for the locale test (the type check catches most of this too, but not a function's arity).
 */
export function shapeProblems(reference: unknown, candidate: unknown, path = ''): string[] {
  const kind = (value: unknown) => (typeof value === 'function' ? `function of ${value.length}` : Array.isArray(value) ? 'list' : typeof value);
  if (kind(reference) !== kind(candidate)) return [`${path || '(root)'}: is ${kind(candidate)}, should be ${kind(reference)}`];
  if (typeof reference !== 'object' || reference === null) return [];
  const ref = reference as Record<string, unknown>;
  const cand = candidate as Record<string, unknown>;
  const at = (key: string) => (path ? `${path}.${key}` : key);
  return [
    ...Object.keys(ref).filter((key) => !(key in cand)).map((key) => `${at(key)}: missing`),
    ...Object.keys(cand).filter((key) => !(key in ref)).map((key) => `${at(key)}: not in the reference locale`),
    ...Object.keys(ref).filter((key) => key in cand).flatMap((key) => shapeProblems(ref[key], cand[key], at(key))),
  ];
}
