/** Text of the static quiz parts rendered at build (pages of a long quiz). */
export const QUIZ_PAGE_STRINGS = {
  /** A quiz's heading when its `title` is not set. */
  heading: (mode: 'practice' | 'challenge', bankTitle: string) => `${mode === 'challenge' ? 'Challenge' : 'Practice'}: ${bankTitle}`,
  previous: 'Previous questions',
  next: 'Next questions',
  pagesOf: (heading: string) => `Pages of ${heading}`,
  page: (n: number) => `Page ${n}`,
  range: (first: number, last: number, total: number) => `Questions ${first}–${last} of ${total}`,
  pageTitle: (heading: string, page: number, count: number) => `${heading} (page ${page} of ${count})`,
  fromArticle: 'From the article',
};
