/**
 * Which section of a page the reader is in, from where its headings are. Pure: the table of
 * contents script measures the page and passes plain numbers, so this is tested without a browser.
 */
export interface SectionPositions {
  /** Top of each heading relative to the viewport, in document order (pixels; negative = above). */
  headingTops: number[];
  /** How far down the viewport a heading counts as reached: the sticky bars' height plus a little. */
  threshold: number;
  /** Viewport height, for the end of the page. */
  viewportHeight: number;
  /** The page is scrolled to its end (it cannot scroll any further). */
  atEnd: boolean;
}

/**
 * Index of the current section's heading, or -1 before the first heading. The current section is
 * the last heading that has reached the threshold. At the end of the page a short last section may
 * never reach it, so there the last heading in view wins.
 */
export function currentSection({ headingTops, threshold, viewportHeight, atEnd }: SectionPositions): number {
  let current = -1;
  headingTops.forEach((top, index) => {
    if (top <= threshold) current = index;
  });
  if (atEnd) {
    for (let index = headingTops.length - 1; index > current; index--) {
      if (headingTops[index]! < viewportHeight) return index;
    }
  }
  return current;
}
