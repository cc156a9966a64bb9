/**
 * English UI text: the reference locale. Its shape is the `Strings` type every other locale must
 * satisfy (`de.ts`), key for key and function for function. Grouped by feature, each group a named
 * export, so a page or island bundles only the groups it uses (the quiz islands never get `site`).
 */
import { formatDate, formatNumber, formatPercent, plural } from './format';

const LOCALE = 'en';
const count = (n: number, one: string, other: string) => plural(LOCALE, n, { one, other });
const num = (n: number) => formatNumber(LOCALE, n);

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

/** The MDX components: callouts, code blocks and terminals, and their Copy buttons. */
export const mdx = {
  callouts: { 'key-concept': 'Key concept', 'common-mistake': 'Common mistake', note: 'Note' },
  copy: 'Copy',
  copyCommand: 'Copy command',
  copied: 'Copied',
  copyFailed: 'Copy failed',
  /** Announced when the clipboard refuses. */
  copyFailedMessage: 'Copy failed: select the text and copy it by hand',
  expectedOutput: 'Expected output',
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
};

const quoted = (query: string) => (query ? ` for “${query}”` : '');

/** The search dialog, the search page and its results. */
export const search = {
  dialogLabel: 'Search',
  inputLabel: 'Search the site',
  close: 'Close',
  placeholder: 'Search articles, questions and interview answers',
  filters: 'Filters',
  filterGroups: { type: 'Type', section: 'Section', difficulty: 'Difficulty' },
  /** A result's kind: the "Type" filter's values and the badge on each result. */
  types: { article: 'Article', question: 'Question', interview: 'Interview' },
  /** Before a question's title in the results. */
  questionPrefix: 'Question: ',
  results: 'Results',
  showMore: 'Show more results',
  recentTitle: 'Recent searches',
  clearRecent: 'Clear recent searches',
  didYouMean: 'Did you mean',
  devNoIndex: 'The search index is made by `npm run build`; in `npm run dev` there is none. Use `npm start` to try search.',
  loadFailed: 'Search could not load. Check your connection and reload the page.',
  searchFailed: 'This search could not run. Check your connection, then search again.',
  resultsFailed: 'Some results could not load. Check your connection, then show more results to try again.',
  filtersFailed: 'Filters could not load; search works without them.',
  pageTitle: 'Search',
  pageDescription: 'Search every article, quiz question and interview answer.',
  submit: 'Search',
  noJsBefore: 'Search runs in your browser and needs JavaScript. Without it, browse',
  noJsSections: 'all sections',
  noJsOr: 'or',
  noJsInterview: 'interview practice',
  /** "Filters", or "Filters (2 on)" when some are chosen: the one control that opens them on phones. */
  filtersSummary: (chosen: number): string => (chosen ? `Filters (${num(chosen)} on)` : 'Filters'),
  noResults: (query: string) => `No results${quoted(query)}. Try fewer words or remove a filter.`,
  /** The result count; `shown` below `total` says how many are listed so far. */
  resultCount: (total: number, shown: number, query: string, correction?: string) =>
    `${count(total, '{n} result', '{n} results')}${quoted(query)}${correction ? `, including “${correction}”` : ''}${shown < total ? `, showing ${num(shown)}` : ''}.`,
};

/** Every label a practice quiz shows (the challenge adds `challenge`). */
export const quiz = {
  check: 'Check',
  hint: 'Hint',
  hideHint: 'Hide hint',
  tryAgain: 'Try again',
  solution: 'Solution',
  quickCheck: 'Quick check',
  commonMistakes: 'Common mistakes',
  learnMore: 'Read the section on this',
  correct: 'Correct.',
  incorrect: 'Not quite.',
  emptyAnswer: 'Choose or type an answer first.',
  chooseOne: 'Choose one answer',
  chooseAll: 'Choose every correct answer',
  trueOrFalse: 'True or false?',
  putInOrder: 'Put the steps in order',
  typeAnswer: 'Your answer',
  moveUp: 'Move up',
  moveDown: 'Move down',
  true: 'True',
  false: 'False',
  progressOutdated: 'This question was changed since you last answered it, so your saved answer was cleared.',
  /** Shown in place of the attempts until the island runs; the buttons are disabled until then. */
  loading: 'Loading the quiz…',
  answered: 'Answered: ',
  questionsAnswered: 'Questions answered',
  correctMark: ' (correct answer)',
  yourAnswerMark: ' (your answer)',
  acceptedAnswer: 'Accepted answer:',
  noAttemptsLeft: 'No attempts left: the solution is below.',
  /** Next to "Try again" once the solution shows. */
  retryIsPractice: 'Trying again is practice: your result stays as it is.',
  practiceNotCounted: 'This practice round does not change your result.',
  /** Caption of an output question's code: shell commands run in a terminal, other code is a program. */
  terminal: 'Terminal',
  program: 'Program',
  /** A question's difficulty and category, shown above its prompt. */
  difficulties: { easy: 'easy', medium: 'medium', hard: 'hard' },
  categories: { conceptual: 'conceptual', workflow: 'workflow', troubleshoot: 'troubleshoot', 'best-practice': 'best practice', 'command-output': 'command output' },
  /** Why progress is not saved (lib/safe-storage.ts problems). */
  storage: {
    unavailable: 'Your browser does not allow saving here, so progress will not be kept after you leave this page.',
    full: 'Browser storage is full, so new progress will not be kept after you leave this page.',
    dropped: 'Some saved progress could not be read and was reset. Everything else is kept.',
  },
  attemptsLeft: (n: number) => `Attempts: ${num(n)} left`,
  practiceAttempts: (n: number) => `Practice round, not counted. Attempts: ${num(n)} left`,
  correctCount: (n: number) => `${num(n)} correct`,
  progress: (done: number, total: number) => `${num(done)} / ${num(total)}`,
  /** One sentence that starts with a capital whatever the step's text starts with (`dvc repro`...). */
  position: (stepText: string, position: number, total: number) => `Moved “${stepText}” to position ${num(position)} of ${num(total)}.`,
  stepsInPlace: (right: number, total: number) => `${num(right)} of ${num(total)} steps are in the right place.`,
  shouldBeStep: (n: number) => ` (should be step ${num(n)})`,
  questionOf: (n: number, total: number) => `Question ${num(n)} of ${num(total)}`,
};

/** Text only the challenge uses (its own group, so practice-only pages do not ship it). */
export const challenge = {
  startChallenge: 'Start challenge',
  timer: 'Timer',
  useTimer: 'Use a time limit',
  timeAllowed: 'Time allowed per question',
  standardTime: 'Standard',
  timeLeft: 'Time left',
  noTimeLimit: 'No time limit',
  addTime: 'Add time',
  submitAnswer: 'Submit answer',
  submitAndFinish: 'Submit answer and see results',
  skip: 'Skip question',
  next: 'Next question',
  finish: 'See results',
  restart: 'Restart challenge',
  emptyAnswer: 'Choose or type an answer first, or use Skip question to move on without answering.',
  badgeEarned: 'Badge earned:',
  yourAnswer: 'Your answer:',
  noAnswer: 'none',
  correctAnswer: 'Correct answer:',
  timeRanOut: ' (time ran out)',
  outcome: { correct: 'Correct', incorrect: 'Incorrect', unanswered: 'Unanswered' },
  previewNote: 'This question is part of the challenge: start the challenge to answer it. Answers are shown at the end.',
  /** Heading of the question a link named, shown before the challenge starts. */
  previewTitle: (n: number, total: number) => `Question ${num(n)} of ${num(total)} in this challenge`,
  /** `limits` is e.g. "2:00 easy, 2:30 medium, 3:00 hard". */
  rules: (n: number, limits: string) =>
    `${count(n, '{n} question', '{n} questions')}, one at a time. Each has a time limit (${limits}); you can turn it off, make it up to ten times longer, or add time while you answer. When time runs out the question counts as unanswered and your answer is kept.`,
  /** One difficulty's limit in the rules: "2:00 easy". */
  limit: (clock: string, difficulty: string) => `${clock} ${difficulty}`,
  /** The goal shown before a run, around the badge name: "Goal: answer all 5 questions correctly to earn <name>." */
  goal: (n: number): [before: string, after: string] => [`Goal: answer ${n === 1 ? 'the question' : `all ${num(n)} questions`} correctly to earn the badge `, '.'],
  /** The badge name when the content names none: derived from the bank title. */
  defaultBadgeName: (bankTitle: string) => `${bankTitle} mastery`,
  multiplier: (multiplier: number) => `${num(multiplier)} times longer`,
  addTimeBy: (clock: string) => `Add time (+${clock})`,
  /** "2 minutes 5 seconds", for screen readers. */
  duration: (minutes: number, seconds: number) =>
    [minutes ? count(minutes, '{n} minute', '{n} minutes') : '', seconds || !minutes ? count(seconds, '{n} second', '{n} seconds') : ''].filter(Boolean).join(' '),
  /** A countdown warning, shown by the clock and announced once: "30 seconds left." */
  warning: (duration: string) => `${duration} left.`,
  /** Announced once, and shown, when the countdown runs out; one sentence. */
  timeUp: (answered: boolean): string =>
    answered ? 'Time is up: this question counts as unanswered, and your answer above is kept for the review.' : 'Time is up: this question counts as unanswered.',
  best: (correct: number, total: number) => `Best so far: ${num(correct)} / ${num(total)} correct.`,
  score: (correct: number, total: number, percent: number) => `Score: ${num(correct)} / ${num(total)} (${formatPercent(LOCALE, percent)})`,
  timeTaken: (duration: string, incorrect: number, unanswered: number) => `Time taken: ${duration}. ${num(incorrect)} incorrect, ${num(unanswered)} unanswered.`,
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
