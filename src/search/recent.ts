import type { StorageLike } from '../quiz/core/progress-store';

export const RECENT_KEY = 'studyforge:recent-searches';
export const RECENT_LIMIT = 8;

/** Recent searches, newest first; unreadable or unavailable storage simply means none. */
export function readRecent(storage: StorageLike | null): string[] {
  try {
    const parsed: unknown = JSON.parse(storage?.getItem(RECENT_KEY) ?? '[]');
    return Array.isArray(parsed) ? parsed.filter((q): q is string => typeof q === 'string' && q.length <= 200).slice(0, RECENT_LIMIT) : [];
  } catch {
    return [];
  }
}

export function rememberSearch(storage: StorageLike | null, query: string): string[] {
  const q = query.trim();
  if (!q) return readRecent(storage);
  const next = [q, ...readRecent(storage).filter((old) => old.toLowerCase() !== q.toLowerCase())].slice(0, RECENT_LIMIT);
  try {
    storage?.setItem(RECENT_KEY, JSON.stringify(next));
  } catch {
    // Not kept: storage is full or blocked. Search itself is unaffected.
  }
  return next;
}

export function clearRecent(storage: StorageLike | null): void {
  try {
    storage?.removeItem(RECENT_KEY);
  } catch {
    // Nothing stored to clear.
  }
}
