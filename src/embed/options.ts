/**
 * The attributes of `<study-quiz>`, read into checked options. Pure: no DOM, so the rules are
 * unit-tested. A wrong value is an error shown in the element, never a silent fallback.
 */
import { DEFAULT_ATTEMPTS } from '../quiz/core/attempts';
import { QUESTION_DIFFICULTIES, type QuestionDifficulty } from '../quiz/core/vocabulary';
import { EMBED_STRINGS } from './strings';

export const MODES = ['practice', 'challenge'] as const;
export const THEMES = ['auto', 'light', 'dark'] as const;
export const STORAGES = ['local', 'memory'] as const;

export interface EmbedOptions {
  src: string;
  /** Explicit question ids, in the order given (empty: the whole bank). */
  questions: string[];
  mode: (typeof MODES)[number];
  difficulty?: QuestionDifficulty;
  limit?: number;
  shuffle: boolean;
  seed?: string;
  attempts: number;
  theme: (typeof THEMES)[number];
  storage: (typeof STORAGES)[number];
  lang?: string;
}

export const EMBED_ATTRIBUTES = ['src', 'questions', 'mode', 'difficulty', 'limit', 'shuffle', 'seed', 'attempts', 'theme', 'storage', 'lang'] as const;
export type EmbedAttribute = (typeof EMBED_ATTRIBUTES)[number];

type Read = (name: EmbedAttribute) => string | null;

const listed = (values: readonly string[]) => values.map((v) => `"${v}"`).join(' or ');

function oneOf<T extends string>(read: Read, name: EmbedAttribute, values: readonly T[], fallback: T | undefined): T | undefined {
  const value = read(name)?.trim();
  if (!value) return fallback;
  if ((values as readonly string[]).includes(value)) return value as T;
  throw new EmbedOptionError(EMBED_STRINGS.badAttribute(name, value, listed(values)));
}

function positiveInteger(read: Read, name: EmbedAttribute): number | undefined {
  const value = read(name)?.trim();
  if (!value) return undefined;
  const number = Number(value);
  if (Number.isInteger(number) && number > 0) return number;
  throw new EmbedOptionError(EMBED_STRINGS.badAttribute(name, value, 'a whole number above 0'));
}

export class EmbedOptionError extends Error {}

/** Reads the options from the element's attributes (`read` is `el.getAttribute`). Throws `EmbedOptionError`. */
export function readOptions(read: Read): EmbedOptions {
  const src = read('src')?.trim();
  if (!src) throw new EmbedOptionError(EMBED_STRINGS.noSource);
  const shuffle = read('shuffle');
  return {
    src,
    questions: (read('questions') ?? '').split(/[\s,]+/).filter(Boolean),
    mode: oneOf(read, 'mode', MODES, 'practice')!,
    difficulty: oneOf(read, 'difficulty', QUESTION_DIFFICULTIES, undefined),
    limit: positiveInteger(read, 'limit'),
    // A boolean attribute: present means on, except an explicit "false".
    shuffle: shuffle !== null && shuffle.trim() !== 'false',
    seed: read('seed')?.trim() || undefined,
    attempts: positiveInteger(read, 'attempts') ?? DEFAULT_ATTEMPTS,
    theme: oneOf(read, 'theme', THEMES, 'auto')!,
    storage: oneOf(read, 'storage', STORAGES, 'local')!,
    lang: read('lang')?.trim() || undefined,
  };
}
