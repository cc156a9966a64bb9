import { describe, expect, it } from 'vitest';
import { estimateReadingMinutes, PROSE_WORDS_PER_MINUTE } from '../../src/lib/reading-time';

const words = (n: number) => Array.from({ length: n }, () => 'word').join(' ');

describe('reading time', () => {
  it('is at least one minute', () => {
    expect(estimateReadingMinutes('')).toBe(1);
    expect(estimateReadingMinutes('Hello.')).toBe(1);
  });

  it('counts prose at the prose rate', () => {
    expect(estimateReadingMinutes(words(PROSE_WORDS_PER_MINUTE * 12))).toBe(12);
  });

  it('reads code at half speed', () => {
    const code = '```python\n' + words(110 * 4) + '\n```';
    expect(estimateReadingMinutes(code)).toBe(4);
  });

  it('ignores MDX import and export lines and tag names', () => {
    const body = `import X from './x.astro';\nexport const meta = {};\n<KeyConcept title="a">\n${words(440)}\n</KeyConcept>`;
    expect(estimateReadingMinutes(body)).toBe(2);
  });
});
