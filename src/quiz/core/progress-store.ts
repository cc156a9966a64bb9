/**
 * Saved quiz progress (answers, attempts, scores, badges) behind a tiny storage interface.
 *
 * Each question and each quiz is its own localStorage entry with a versioned shape, so one corrupt
 * or oversized entry is dropped on its own and never takes the rest (or the page) with it. When
 * storage is unavailable or full, everything keeps working in memory and `notice` says so.
 */
import type { QuizResponse } from './types';
import type { PracticeResult, PracticeStatus } from './attempts';

/** The subset of the Web Storage API the store needs; tests pass a fake. */
export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export const STORAGE_VERSION = 1;
export const KEY_PREFIX = `studyforge:v${STORAGE_VERSION}:`;
/** Entries larger than this are treated as corrupt: no legitimate entry comes close. */
export const MAX_ENTRY_CHARS = 8_000;

export interface QuestionProgress {
  status: PracticeStatus;
  attemptsUsed: number;
  response: QuizResponse;
  hintShown: boolean;
  updatedAt: number;
  /** The question's answer shape when this was saved (`answerFingerprint`); absent in entries saved before it existed. */
  fingerprint?: string;
  /**
   * The counted outcome and the practice round (see attempts.ts). Added without a version bump:
   * the change is additive, entries saved before it are migrated on read (`migrateQuestionProgress`),
   * and an older page reading a newer entry simply ignores the two fields.
   */
  result?: PracticeResult;
  round?: number;
}

export const questionKey = (id: string) => `${KEY_PREFIX}question:${id}`;
export const isProgressKey = (key: string | null) => key === null || key.startsWith(KEY_PREFIX);

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;
const isStringList = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');

export function isResponse(v: unknown): v is QuizResponse {
  if (!isObject(v)) return false;
  switch (v.type) {
    case 'choice':
      return v.choice === null || typeof v.choice === 'string';
    case 'choices':
      return isStringList(v.choices);
    case 'boolean':
      return v.value === null || typeof v.value === 'boolean';
    case 'order':
      return isStringList(v.order);
    case 'text':
      return typeof v.text === 'string';
    default:
      return false;
  }
}

export function isQuestionProgress(v: unknown): v is QuestionProgress {
  return (
    isObject(v) &&
    (v.status === 'open' || v.status === 'correct' || v.status === 'failed') &&
    isCount(v.attemptsUsed) &&
    typeof v.hintShown === 'boolean' &&
    isCount(v.updatedAt) &&
    (v.fingerprint === undefined || typeof v.fingerprint === 'string') &&
    isResponse(v.response) &&
    (v.result === undefined || v.result === 'correct' || v.result === 'failed') &&
    (v.round === undefined || isCount(v.round))
  );
}

/**
 * Entries saved before `result` existed had one round only, so a locked entry's status is its
 * result. Without this, an upgrade would drop every answered question from the progress tally.
 */
export function migrateQuestionProgress(saved: QuestionProgress): QuestionProgress {
  const result = saved.result ?? (saved.status === 'open' ? undefined : saved.status);
  return { ...saved, result, round: saved.round ?? 0 };
}

export type StorageProblem = 'unavailable' | 'full' | 'dropped';

export const NOTICES: Record<StorageProblem, string> = {
  unavailable: 'Your browser does not allow saving here, so progress will not be kept after you leave this page.',
  full: 'Browser storage is full, so new progress will not be kept after you leave this page.',
  dropped: 'Some saved progress could not be read and was reset. Everything else is kept.',
};

export class ProgressStore {
  private storage: StorageLike | null;
  /** False once a write failed (quota): entries can still be read, new ones live in memory. */
  private writable = true;
  private readonly memory = new Map<string, unknown>();
  private problem: StorageProblem | undefined;

  constructor(storage: StorageLike | null) {
    this.storage = storage && probe(storage) ? storage : null;
    if (!this.storage) this.problem = 'unavailable';
  }

  /** Opens the browser's localStorage, which can itself throw (blocked cookies, sandboxed frames). */
  static fromBrowser(): ProgressStore {
    let storage: StorageLike | null = null;
    try {
      storage = window.localStorage;
    } catch {
      storage = null;
    }
    return new ProgressStore(storage);
  }

  /** Progress survives a reload. */
  get persistent(): boolean {
    return this.storage !== null && this.writable;
  }

  /** What the reader should be told about storage, if anything. */
  get notice(): string | undefined {
    return this.problem ? NOTICES[this.problem] : undefined;
  }

  getQuestion(id: string): QuestionProgress | undefined {
    const saved = this.read(questionKey(id), isQuestionProgress);
    return saved && migrateQuestionProgress(saved);
  }

  saveQuestion(id: string, progress: QuestionProgress): void {
    this.write(questionKey(id), progress);
  }

  clearQuestion(id: string): void {
    this.remove(questionKey(id));
  }

  /** Forgets cached values so the next read sees what another tab wrote. */
  refresh(key: string | null): void {
    if (key === null) this.memory.clear();
    else this.memory.delete(key);
  }

  /** Reads one entry; a corrupt, oversized or unknown-version entry is dropped (and only that one). */
  read<T>(key: string, guard: (v: unknown) => v is T): T | undefined {
    if (this.memory.has(key)) return this.memory.get(key) as T | undefined;
    let value: T | undefined;
    const raw = this.safeGet(key);
    if (raw !== null) {
      const parsed = raw.length <= MAX_ENTRY_CHARS ? parseJson(raw) : undefined;
      if (isObject(parsed) && parsed.v === STORAGE_VERSION && guard(parsed.data)) {
        value = parsed.data;
      } else {
        // Corrupt, oversized or from an unknown version: drop this entry only.
        this.problem ??= 'dropped';
        this.safeRemove(key);
      }
    }
    this.memory.set(key, value);
    return value;
  }

  write(key: string, data: unknown): void {
    this.memory.set(key, data);
    if (!this.storage || !this.writable) return;
    const text = JSON.stringify({ v: STORAGE_VERSION, data });
    // An entry too large to be read back is kept for this page only, never saved half-usable.
    if (text.length > MAX_ENTRY_CHARS) return;
    try {
      this.storage.setItem(key, text);
    } catch {
      // Quota exceeded (or storage revoked): keep going in memory and say so.
      this.problem = 'full';
      this.writable = false;
    }
  }

  private remove(key: string): void {
    this.memory.set(key, undefined);
    this.safeRemove(key);
  }

  private safeGet(key: string): string | null {
    try {
      return this.storage ? this.storage.getItem(key) : null;
    } catch {
      this.problem = 'unavailable';
      this.storage = null;
      return null;
    }
  }

  private safeRemove(key: string): void {
    try {
      this.storage?.removeItem(key);
    } catch {
      // Nothing to do: the entry is ignored from now on either way.
    }
  }
}

function parseJson(raw: string): unknown {
  try {
    return JSON.parse(raw);
  } catch {
    return undefined;
  }
}

/** Storage that throws on write (Safari private mode, disabled storage) counts as unavailable. */
function probe(storage: StorageLike): boolean {
  const key = `${KEY_PREFIX}probe`;
  try {
    storage.setItem(key, '1');
    storage.removeItem(key);
    return true;
  } catch {
    return false;
  }
}
