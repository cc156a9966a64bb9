/**
 * Long quizzes are split into pages: a page's HTML, its island's props and the work per Check stay
 * the same size whatever the size of the bank. Page 1 is the `<Quiz>` in its article; the other
 * pages are static pages of their own under the article's address.
 */

/** Questions per page when `<Quiz>` does not set `pageSize`. */
export const DEFAULT_PAGE_SIZE = 20;

export function pageCount(total: number, pageSize: number): number {
  return Math.max(1, Math.ceil(total / pageSize));
}

/** The questions of page `page` (1-based), and the number of the first one (1-based). */
export function pageOf<T>(items: readonly T[], page: number, pageSize: number): { items: T[]; first: number } {
  const start = (page - 1) * pageSize;
  return { items: items.slice(start, start + pageSize), first: start + 1 };
}

/** DOM id of a quiz page (page 1 keeps the quiz's own id); also the key a challenge's record is saved under. */
export function quizPageId(quizId: string, page: number): string {
  return page === 1 ? quizId : `${quizId}-page-${page}`;
}

/** Where page `page` of a quiz lives: page 1 in the article, the others at `<article>/<quiz id>/<page>/`. */
export function quizPageUrl(articleUrl: string, quizId: string, page: number): string {
  return page === 1 ? `${articleUrl}#${quizId}` : `${articleUrl}${quizId}/${page}/`;
}

/** Page numbers a pager links to: the first, the last, and a window around the current one. */
export function pagerPages(current: number, count: number, radius = 2): Array<number | 'gap'> {
  const pages: Array<number | 'gap'> = [];
  for (let n = 1; n <= count; n++) {
    if (n === 1 || n === count || Math.abs(n - current) <= radius) pages.push(n);
    else if (pages.at(-1) !== 'gap') pages.push('gap');
  }
  return pages;
}
