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

/** Text of the bank pages (`/quizzes/`, `/quizzes/<bank>/`) and the links to them (quiz/data/). */
export const BANK_PAGE_STRINGS = {
  banksTitle: 'Question banks',
  banksDescription: (banks: number, questions: number) => `All ${questions} practice questions of this site, in ${banks} ${banks === 1 ? 'bank' : 'banks'}.`,
  home: 'Home',
  questions: (n: number) => `${n} ${n === 1 ? 'question' : 'questions'}`,
  /** The bank page's title and heading. */
  pageTitle: (bankTitle: string) => `${bankTitle}: all questions`,
  filteredTitle: (bankTitle: string, filter: string) => `${bankTitle}: ${filter} questions`,
  pagedTitle: (title: string, page: number, count: number) => `${title} (page ${page} of ${count})`,
  description: (bankTitle: string, n: number) => `All ${n} practice questions of the ${bankTitle} question bank, with hints and solutions.`,
  fromArticles: 'From the articles:',
  filtersLabel: 'Show questions',
  byDifficulty: 'By difficulty',
  byCategory: 'By category',
  all: (n: number) => `All (${n})`,
  filterItem: (label: string, n: number) => `${label} (${n})`,
  downloadsHeading: 'Download this bank',
  jsonDownload: 'JSON data',
  jsonFormat: 'The JSON format (JSON Schema)',
  /** Under a quiz in an article: the way to the bank page. */
  allQuestions: (n: number, bankTitle: string) => `All ${n} questions of the ${bankTitle} bank`,
  openBank: 'Open the bank',
  getData: 'JSON',
  dataOf: (bankTitle: string) => `${bankTitle} as JSON`,
  indexData: 'All banks as JSON',
  /** Names of the difficulties and categories in the filters. */
  labels: { easy: 'Easy', medium: 'Medium', hard: 'Hard', conceptual: 'Conceptual', workflow: 'Workflow', troubleshoot: 'Troubleshooting', 'best-practice': 'Best practice', 'command-output': 'Command output' } as Record<string, string>,
  noBanks: 'No question banks yet. Add YAML files under quizzes/ in the content folder.',
};

/** The "Embed this quiz" disclosure under each quiz (src/embed/snippets.ts writes the HTML). */
export const EMBED_SNIPPET_STRINGS = {
  summary: 'Embed this quiz',
  intro: 'Paste one of these into another page. The element works on most sites; the iframe works where scripts are not allowed (add the script line where they are, so the frame fits its content).',
  element: 'As an element (two lines of HTML)',
  iframe: 'As an iframe',
  iframeTitle: (heading: string) => `Quiz: ${heading}`,
};
