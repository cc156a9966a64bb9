/**
 * The one way into the browser's localStorage, for everything the site remembers there (quiz
 * progress, recent searches, the theme). Storage fails in three ways, and none may break a page:
 *
 * - unavailable: reading `window.localStorage`, or any call on it, throws (blocked cookies,
 *   sandboxed frames, some private modes);
 * - full: a write throws a quota error;
 * - corrupt: an entry is not JSON, or not the shape expected (an older version, a hand edit).
 *
 * Every method here returns instead of throwing, and `problem` says what went wrong so a feature
 * can tell the reader. Browser-safe and DOM-free apart from the Storage API, so tests pass a fake.
 * (`client/theme-init.js` runs before any module can load, so it keeps its own try/catch.)
 */

/** The subset of the Web Storage API used; tests pass a fake. */
export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** What went wrong, worst first: nothing can be kept, new things cannot be kept, an entry was dropped. */
export type StorageProblem = 'unavailable' | 'full' | 'dropped';

/** `window.localStorage`, or null where merely reading it throws. */
export function browserStorage(): StorageLike | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/** Firefox names its quota error differently from the standard one. */
function isQuotaError(error: unknown): boolean {
  return error instanceof DOMException && (error.name === 'QuotaExceededError' || error.name === 'NS_ERROR_DOM_QUOTA_REACHED');
}

function parseJson(raw: string): unknown {
  try {
    return JSON.parse(raw);
  } catch {
    return undefined;
  }
}

export interface SafeStorageOptions {
  /**
   * Writes and removes this key once at the start, so storage that throws on every write (a
   * read-only private mode) counts as unavailable from the beginning, not as full on first save.
   */
  probeKey?: string;
}

export interface JsonOptions {
  /** An entry longer than this is treated as corrupt on read and never written. */
  maxChars?: number;
}

export class SafeStorage {
  private storage: StorageLike | null;
  /** False once a write failed: entries can still be read, nothing new is kept. */
  private writable = true;
  private worst: StorageProblem | undefined;

  constructor(storage: StorageLike | null, options: SafeStorageOptions = {}) {
    this.storage = storage;
    if (storage && options.probeKey !== undefined && !probe(storage, options.probeKey)) this.storage = null;
    if (!this.storage) this.worst = 'unavailable';
  }

  /** Over the browser's localStorage. */
  static local(options?: SafeStorageOptions): SafeStorage {
    return new SafeStorage(browserStorage(), options);
  }

  /** What is written now survives a reload. */
  get persistent(): boolean {
    return this.storage !== null && this.writable;
  }

  /** The worst problem met so far, if any. */
  get problem(): StorageProblem | undefined {
    return this.worst;
  }

  /** The stored text, or null when there is none or storage cannot be read. */
  getText(key: string): string | null {
    try {
      return this.storage ? this.storage.getItem(key) : null;
    } catch {
      // Unreachable, not damaged: the entry is left alone and nothing else is read.
      this.storage = null;
      this.worst = 'unavailable';
      return null;
    }
  }

  /**
   * The parsed entry when it passes `guard`. A corrupt one (not JSON, the wrong shape, too long)
   * is removed, only that one, and reported as `dropped`.
   */
  getJson<T>(key: string, guard: (value: unknown) => value is T, options: JsonOptions = {}): T | undefined {
    const raw = this.getText(key);
    if (raw === null) return undefined;
    const parsed = options.maxChars === undefined || raw.length <= options.maxChars ? parseJson(raw) : undefined;
    if (guard(parsed)) return parsed;
    this.worst ??= 'dropped';
    this.remove(key);
    return undefined;
  }

  /** Stores the text; false when it was not kept (storage unavailable or full). */
  setText(key: string, value: string): boolean {
    if (!this.storage || !this.writable) return false;
    try {
      this.storage.setItem(key, value);
      return true;
    } catch (error) {
      // Stop writing: later writes would fail the same way, and the feature keeps its state in memory.
      this.writable = false;
      this.worst = isQuotaError(error) ? 'full' : 'unavailable';
      return false;
    }
  }

  /** Stores the value as JSON; one too long to be read back is not written at all (not a problem: never half-kept). */
  setJson(key: string, value: unknown, options: JsonOptions = {}): boolean {
    const text = JSON.stringify(value);
    if (options.maxChars !== undefined && text.length > options.maxChars) return false;
    return this.setText(key, text);
  }

  remove(key: string): void {
    try {
      this.storage?.removeItem(key);
    } catch {
      // Nothing to do: a failed remove leaves an entry that is ignored or dropped again on read.
    }
  }
}

function probe(storage: StorageLike, key: string): boolean {
  try {
    storage.setItem(key, '1');
    storage.removeItem(key);
    return true;
  } catch {
    return false;
  }
}
