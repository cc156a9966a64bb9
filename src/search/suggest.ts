/**
 * "Did you mean …?" from the site's own vocabulary (see `vocabulary.ts`). Pure: no DOM, no fetch.
 */

/** The vocabulary's file name in the Pagefind output folder (a JSON array of words). */
export const VOCABULARY_FILE = 'vocabulary.json';

/** Typos in shorter words are too ambiguous to correct ("cat" is one letter from many words). */
export const MIN_CORRECTABLE_LENGTH = 4;

/** How many edits a word of this length may be away from its correction. */
export function maxEdits(length: number): number {
  if (length < MIN_CORRECTABLE_LENGTH) return 0;
  return length >= 8 ? 2 : 1;
}

/**
 * Edit distance with adjacent transpositions (optimal string alignment), giving up early: returns
 * `max + 1` as soon as the distance must exceed `max`, so scanning a large vocabulary stays cheap.
 */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let before = new Array<number>(b.length + 1).fill(0);
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, before[j - 2]! + 1);
      current[j] = value;
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > max) return max + 1;
    before = previous;
    previous = current;
  }
  return previous[b.length]!;
}

/** A vocabulary ready for look-ups: words ordered most frequent first, and a set of them. */
export interface Vocabulary {
  words: readonly string[];
  known: ReadonlySet<string>;
}

export function toVocabulary(words: readonly string[]): Vocabulary {
  return { words, known: new Set(words) };
}

/** True when the reader typed a word the site uses, or the start of one (still typing). */
function isKnown(word: string, vocabulary: Vocabulary): boolean {
  return vocabulary.known.has(word) || vocabulary.words.some((w) => w.startsWith(word));
}

/**
 * The closest site word to a word the site does not use, or undefined. Fewest edits wins; among
 * equals, the more frequent word (earlier in the vocabulary).
 */
export function suggestWord(word: string, vocabulary: Vocabulary): string | undefined {
  const limit = maxEdits(word.length);
  if (!limit || /\d/.test(word) || isKnown(word, vocabulary)) return undefined;
  let best: string | undefined;
  let bestDistance = limit + 1;
  for (const candidate of vocabulary.words) {
    const distance = editDistance(word, candidate, bestDistance - 1);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
      // The word itself is unknown, so one edit is the best possible; the vocabulary is by frequency.
      if (distance === 1) break;
    }
  }
  return best;
}

/**
 * The query with each unknown word replaced by its closest site word, or undefined when there is
 * nothing to correct. Words are matched lower-cased; the rest of the query is kept as typed.
 */
export function suggestQuery(query: string, vocabulary: Vocabulary): string | undefined {
  let changed = false;
  const corrected = query.replace(/[\p{L}\p{N}]+/gu, (word) => {
    const suggestion = suggestWord(word.toLowerCase(), vocabulary);
    if (!suggestion) return word;
    changed = true;
    return suggestion;
  });
  return changed ? corrected.trim() : undefined;
}

/** Lower-cased words of a text or query. */
export const wordsOf = (text: string): string[] => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/**
 * True when `word` is a near miss of `term`: a few edits away, and not merely a longer or shorter
 * form of it ("tables" for "table" is a stem match, which Pagefind finds anyway; "recieve" for
 * "receive" is a typo, which it does not).
 */
export function isNearMiss(term: string, word: string): boolean {
  const limit = maxEdits(term.length);
  if (!limit || word.startsWith(term) || term.startsWith(word)) return false;
  return editDistance(term, word, limit) <= limit;
}
