import type { SafeStorage } from '../lib/safe-storage';

export const RECENT_KEY = 'studyforge:recent-searches';
export const RECENT_LIMIT = 8;

const isList = (value: unknown): value is unknown[] => Array.isArray(value);

/** Recent searches, newest first; unreadable or unavailable storage simply means none. */
export function readRecent(storage: SafeStorage): string[] {
  const saved = storage.getJson(RECENT_KEY, isList) ?? [];
  return saved.filter((q): q is string => typeof q === 'string' && q.length <= 200).slice(0, RECENT_LIMIT);
}

/** Adds the query in front; when storage is full or blocked it is not kept, and search itself is unaffected. */
export function rememberSearch(storage: SafeStorage, query: string): string[] {
  const q = query.trim();
  if (!q) return readRecent(storage);
  const next = [q, ...readRecent(storage).filter((old) => old.toLowerCase() !== q.toLowerCase())].slice(0, RECENT_LIMIT);
  storage.setJson(RECENT_KEY, next);
  return next;
}

export function clearRecent(storage: SafeStorage): void {
  storage.remove(RECENT_KEY);
}
