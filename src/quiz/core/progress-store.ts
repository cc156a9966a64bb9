/**
 * Saved quiz progress (answers, attempts, scores, badges) behind the site's storage guard
 * (`lib/safe-storage.ts`), which handles unavailable, full and corrupt storage.
 *
 * Each question and each quiz is its own localStorage entry with a versioned shape, so one corrupt
 * or oversized entry is dropped on its own and never takes the rest (or the page) with it. When
 * storage is unavailable or full, everything keeps working in memory and `notice` says so.
 */
import { quiz } from 'virtual:studyforge/strings';
import { browserStorage, SafeStorage, type StorageLike, type StorageProblem } from '../../lib/safe-storage';
import type { QuizResponse } from './types';
import type { PracticeResult, PracticeStatus } from './attempts';

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

/** What the quiz says when progress cannot be kept, in the site's language (`quiz.storage`). */
export const NOTICES: Record<StorageProblem, string> = quiz.storage;

/** What a saved entry looks like in storage: the data with the version it was saved under. */
interface Envelope<T> {
  v: number;
  data: T;
}

export class ProgressStore {
  /** Unavailable, full and corrupt storage are handled there; this adds the version and the cache. */
  private readonly storage: SafeStorage;
  private readonly memory = new Map<string, unknown>();

  constructor(storage: StorageLike | null) {
    this.storage = new SafeStorage(storage, { probeKey: `${KEY_PREFIX}probe` });
  }

  /** Opens the browser's localStorage, which can itself throw (blocked cookies, sandboxed frames). */
  static fromBrowser(): ProgressStore {
    return new ProgressStore(browserStorage());
  }

  /** Progress survives a reload. */
  get persistent(): boolean {
    return this.storage.persistent;
  }

  /** What the reader should be told about storage, if anything. */
  get notice(): string | undefined {
    const problem = this.storage.problem;
    return problem ? NOTICES[problem] : undefined;
  }

  getQuestion(id: string): QuestionProgress | undefined {
    const saved = this.read(questionKey(id), isQuestionProgress);
    return saved && migrateQuestionProgress(saved);
  }

  saveQuestion(id: string, progress: QuestionProgress): void {
    this.write(questionKey(id), progress);
  }

  clearQuestion(id: string): void {
    this.memory.set(questionKey(id), undefined);
    this.storage.remove(questionKey(id));
  }

  /** Forgets cached values so the next read sees what another tab wrote. */
  refresh(key: string | null): void {
    if (key === null) this.memory.clear();
    else this.memory.delete(key);
  }

  /** Reads one entry; a corrupt, oversized or unknown-version entry is dropped (and only that one). */
  read<T>(key: string, guard: (v: unknown) => v is T): T | undefined {
    if (this.memory.has(key)) return this.memory.get(key) as T | undefined;
    const isEntry = (v: unknown): v is Envelope<T> => isObject(v) && v.v === STORAGE_VERSION && guard(v.data);
    const value = this.storage.getJson(key, isEntry, { maxChars: MAX_ENTRY_CHARS })?.data;
    this.memory.set(key, value);
    return value;
  }

  /** Keeps the entry in memory, and in storage when it can: one too large to be read back stays in memory only. */
  write(key: string, data: unknown): void {
    this.memory.set(key, data);
    this.storage.setJson(key, { v: STORAGE_VERSION, data }, { maxChars: MAX_ENTRY_CHARS });
  }
}
