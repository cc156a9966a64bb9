/**
 * English UI text: the reference locale. Its shape is the `Strings` type every other locale must
 * satisfy (`de/`), key for key and function for function. Grouped by feature, each group a named
 * export; the groups that ship to the browser (search, quiz, challenge, mdx) are modules of their own, so
 * an island bundles only its groups (the quiz islands never get `site` or `search`).
 */
import { formatDate, formatNumber, plural } from '../format';

const LOCALE = 'en';
const count = (n: number, one: string, other: string) => plural(LOCALE, n, { one, other });
const num = (n: number) => formatNumber(LOCALE, n);

export { search } from './search';
export { quiz } from './quiz';
export { challenge } from './challenge';
export { copy } from './copy';
export { embed } from './embed';

/** The site's frame: header, sidebar, footer, home, section and 404 pages, article header and footer. */
export const site = {
  skipLink: 'Skip to content',
  /** Said only what is true of every Studyforge site. */
  footerDefault: 'A static study site: articles, questions and solutions read without JavaScript.',
  footerLinksLabel: 'Site links',
  repository: 'Source repository',
  editPage: 'Edit this page',
  theme: 'Theme',
  themes: { system: 'System', light: 'Light', dark: 'Dark' },
  /** The search shortcut as printed on keyboards (Mac shows ⌘ K instead). */
  searchShortcut: 'Ctrl K',
  menu: 'Menu',
  sectionsNav: 'Sections',
  articleCount: (n: number) => count(n, '{n} article', '{n} articles'),
  allArticlesIn: (n: number, section: string) => `All ${num(n)} articles in ${section}`,
  moreSections: (n: number) => count(n, '{n} more section', '{n} more sections'),
  breadcrumb: 'Breadcrumb',
  home: 'Home',
  prevNext: 'Previous and next article',
  previous: 'Previous',
  next: 'Next',
  difficultyPrefix: 'Difficulty: ',
  difficulty: { beginner: 'Beginner', intermediate: 'Intermediate', advanced: 'Advanced' },
  readingTimePrefix: 'Reading time: ',
  readingTime: (minutes: number) => `~${num(minutes)} min read`,
  updated: 'Updated',
  date: (date: Date) => formatDate(LOCALE, date),
  related: 'Related articles',
  tagsPrefix: 'Tags: ',
  sectionDescription: (section: string) => `Articles in ${section}.`,
  sectionPageTitle: (section: string, page: number, pages: number) => `${section} (page ${num(page)} of ${num(pages)})`,
  sectionPages: 'Pages of this section',
  previousPage: 'Previous page',
  nextPage: 'Next page',
  pageOf: (page: number, pages: number) => `Page ${num(page)} of ${num(pages)}`,
  homeSectionsHeading: 'Sections',
  homeStartWith: (title: string) => `Start with “${title}”`,
  homeNoArticles: 'No articles yet. Add MDX files under articles/<section>/ in the content folder.',
  homeInterviewHeading: 'Interview practice',
  homeInterviewText: 'Questions an interviewer might ask, with short, medium and long answers to reveal.',
  notFoundTitle: 'Page not found',
  notFoundDescription: 'This page does not exist.',
  notFoundText: 'There is no page at this address. It may have moved, or the link may have a typo.',
  notFoundHome: 'Go to the home page',
  notFoundHomeAfter: ' to browse all sections.',
  notFoundSearch: 'Search the site',
  notFoundSearchAfter: ' for what you were looking for.',
};

/** Interview practice pages. */
export const interview = {
  title: 'Interview practice',
  description: (n: number) => `${count(n, '{n} interview question', '{n} interview questions')} with short, medium and long answers.`,
  intro: (n: number) =>
    `${count(n, '{n} question', '{n} questions')} an interviewer might ask, each with a short answer (a sentence or two), a medium answer (a paragraph) and a long answer (a structured explanation). Try answering aloud before you reveal one.`,
  questionCount: (n: number) => count(n, '{n} question', '{n} questions'),
  topicTitle: (topic: string) => `Interview: ${topic}`,
  topicDescription: (n: number, topic: string) => `${count(n, '{n} interview question', '{n} interview questions')} on ${topic}, with answers of three lengths.`,
  background: 'Background reading:',
  lengths: {
    short: { label: 'Short answer', hint: 'one or two sentences' },
    medium: { label: 'Medium answer', hint: 'a paragraph' },
    long: { label: 'Long answer', hint: 'a structured explanation' },
  },
};

/** The reading aids: scroll regions, the table of contents and its sticky bar, article links. */
export const reading = {
  /** Accessible name of a scrollable table; the column headings follow when the table has any. */
  table: 'Table',
  /** Accessible name of a diagram's scroll box; the diagram's title follows. */
  diagram: 'Diagram',
  /** Shown above a table or diagram while it is wider than its box (not read out: the region is named). */
  scrollHint: 'Scroll sideways to see all of it →',
  /** The table of contents' heading and its toggle on narrow screens. */
  tocTitle: 'On this page',
  /** Link from an article to its interview questions. */
  interviewLink: 'Practise interview questions on this topic',
  /** The label of a `<KeyConcept>`, `<CommonMistake>` or `<Note>` box. */
  callouts: { 'key-concept': 'Key concept', 'common-mistake': 'Common mistake', note: 'Note' },
  /** Accessible name of a `<Terminal>`'s output. */
  expectedOutput: 'Expected output',
  /** A `<Terminal>`'s caption when it has no `title`. */
  terminal: 'Terminal',
  /** The hidden name of a heading's "#" link. */
  headingLink: (heading: string) => `Link to section: ${heading}`,
  /** Accessible names of a Markdown task list's checkboxes. */
  taskDone: 'Done',
  taskOpen: 'To do',
};

/** The static quiz parts rendered at build (headings, the pages of a long quiz). */
export const quizPages = {
  /** A quiz's heading when its `title` is not set. */
  heading: (mode: 'practice' | 'challenge', bankTitle: string): string => `${mode === 'challenge' ? 'Challenge' : 'Practice'}: ${bankTitle}`,
  previous: 'Previous questions',
  next: 'Next questions',
  pagesOf: (heading: string) => `Pages of ${heading}`,
  page: (n: number) => `Page ${num(n)}`,
  range: (first: number, last: number, total: number) => `Questions ${num(first)}–${num(last)} of ${num(total)}`,
  pageTitle: (heading: string, page: number, pages: number) => `${heading} (page ${num(page)} of ${num(pages)})`,
  fromArticle: 'From the article',
};

/** The bank pages (`/quizzes/`, `/quizzes/<bank>/`) and the links to them (quiz/data/). */
export const bankPages = {
  banksTitle: 'Question banks',
  banksDescription: (banks: number, questions: number) => `All ${num(questions)} practice questions of this site, in ${count(banks, '{n} bank', '{n} banks')}.`,
  home: 'Home',
  questions: (n: number) => count(n, '{n} question', '{n} questions'),
  /** The bank page's title and heading. */
  pageTitle: (bankTitle: string) => `${bankTitle}: all questions`,
  filteredTitle: (bankTitle: string, filter: string) => `${bankTitle}: ${filter} questions`,
  pagedTitle: (title: string, page: number, pages: number) => `${title} (page ${num(page)} of ${num(pages)})`,
  description: (bankTitle: string, n: number) => `All ${num(n)} practice questions of the ${bankTitle} question bank, with hints and solutions.`,
  fromArticles: 'From the articles:',
  filtersLabel: 'Show questions',
  byDifficulty: 'By difficulty',
  byCategory: 'By category',
  all: (n: number) => `All (${num(n)})`,
  filterItem: (label: string, n: number) => `${label} (${num(n)})`,
  downloadsHeading: 'Download this bank',
  jsonDownload: 'JSON data',
  jsonFormat: 'The JSON format (JSON Schema)',
  /** Under a quiz in an article: the way to the bank page. */
  allQuestions: (n: number, bankTitle: string) => `All ${count(n, '{n} question', '{n} questions')} of the ${bankTitle} bank`,
  openBank: 'Open the bank',
  getData: 'JSON',
  dataOf: (bankTitle: string) => `${bankTitle} as JSON`,
  indexData: 'All banks as JSON',
  /** Names of the difficulties and categories in the filters. */
  labels: { easy: 'Easy', medium: 'Medium', hard: 'Hard', conceptual: 'Conceptual', workflow: 'Workflow', troubleshoot: 'Troubleshooting', 'best-practice': 'Best practice', 'command-output': 'Command output' } as Record<string, string>,
  noBanks: 'No question banks yet. Add YAML files under quizzes/ in the content folder.',
};

/** The "Embed this quiz" disclosure under each quiz (src/embed/snippets.ts writes the HTML) and the iframe page's no-JS fallback. */
export const embedSnippets = {
  summary: 'Embed this quiz',
  intro: 'Paste one of these into another page. The element works on most sites; the iframe works where scripts are not allowed (add the script line where they are, so the frame fits its content).',
  element: 'As an element (two lines of HTML)',
  iframe: 'As an iframe',
  iframeTitle: (heading: string) => `Quiz: ${heading}`,
  pageTitle: (bank: string) => `Quiz: ${bank}`,
  solution: 'Solution',
  allQuestions: (n: number) => `All ${count(n, '{n} question', '{n} questions')} of this bank`,
};
