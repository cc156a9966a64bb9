/** Words a reader gets through per minute in prose, and in code (read slower, line by line). */
export const PROSE_WORDS_PER_MINUTE = 220;
export const CODE_WORDS_PER_MINUTE = 110;

const FENCE = /^(```|~~~)/;
const MDX_STATEMENT = /^(import|export)\s/;
const TAG = /<\/?[A-Za-z][^>]*>/g;
const MARKDOWN_PUNCTUATION = /[#>*_`|[\]()!-]+/g;

function countWords(text: string): number {
  const words = text.replace(TAG, ' ').replace(MARKDOWN_PUNCTUATION, ' ').match(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu);
  return words ? words.length : 0;
}

/**
 * Estimated minutes to read an MDX body: prose and code are counted separately because code is
 * read more slowly; MDX import/export lines and tag names are not read at all. Never below 1.
 */
export function estimateReadingMinutes(body: string): number {
  let proseWords = 0;
  let codeWords = 0;
  let inFence = false;
  for (const line of body.split('\n')) {
    const trimmed = line.trim();
    if (FENCE.test(trimmed)) {
      inFence = !inFence;
      continue;
    }
    if (inFence) codeWords += countWords(line);
    else if (!MDX_STATEMENT.test(trimmed)) proseWords += countWords(line);
  }
  const minutes = proseWords / PROSE_WORDS_PER_MINUTE + codeWords / CODE_WORDS_PER_MINUTE;
  return Math.max(1, Math.round(minutes));
}
