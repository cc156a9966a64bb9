import { describe, expect, it } from 'vitest';
import { currentSection } from '../../src/lib/current-section';

const at = (headingTops: number[], atEnd = false) => currentSection({ headingTops, threshold: 110, viewportHeight: 800, atEnd });

describe('currentSection', () => {
  it('is none before the first heading reaches the threshold', () => {
    expect(at([400, 1200, 2000])).toBe(-1);
    expect(at([])).toBe(-1);
  });

  it('is the last heading that has reached the threshold', () => {
    expect(at([110, 900, 2000])).toBe(0);
    expect(at([-500, 60, 700])).toBe(1);
    expect(at([-3000, -2000, -10])).toBe(2);
  });

  it('at the end of the page, picks the last heading in view even if it never reached the threshold', () => {
    expect(at([-900, 300, 600], true)).toBe(2);
    expect(at([-900, 300, 900], true)).toBe(1);
    expect(at([-900, -100, -50], true)).toBe(2);
  });
});
