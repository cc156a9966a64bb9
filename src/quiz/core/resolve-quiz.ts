/**
 * Which questions a `<Quiz>` shows, in which order, with which choice order, on how many pages, with
 * how many attempts and which badge: decided once, here. The component, the quiz pages, the sitemap
 * and the build checks all call `resolveQuiz`, so they cannot disagree. Browser-safe: no Zod, no Astro.
 */
import { ContentError, didYouMean, type ContentProblem } from '../../lib/content-problems';
import { DEFAULT_ATTEMPTS } from './attempts';
import { badgeNameProblem } from './badge-name';
import { pageCount, DEFAULT_PAGE_SIZE } from './quiz-pages';
import { quizIdFor, selectionSeed, type QuizSelection } from './quiz-id';
import { selectQuestions } from './select';
import { seededShuffle } from './shuffle';
import type { RenderedBank, RenderedQuestion } from './types';
import { QUESTION_DIFFICULTIES, type QuestionDifficulty } from './vocabulary';

export const QUIZ_MODES = ['practice', 'challenge'] as const;
export type QuizMode = (typeof QUIZ_MODES)[number];

/**
 * The props of a `<Quiz>` as an author wrote them. Values are unchecked (`unknown`): they come from
 * MDX or from a page, and `resolveQuiz` is what checks them.
 */
export interface QuizProps {
  bank?: unknown;
  mode?: unknown;
  /** Question ids to show, in this order (default: the whole bank). */
  questions?: unknown;
  difficulty?: unknown;
  limit?: unknown;
  /** Shuffle questions and choices (seeded: every build and visit shows the same order). */
  shuffle?: unknown;
  /** Questions per page; the rest continue on pages of their own. */
  pageSize?: unknown;
  /** Attempts per question in practice mode. */
  attempts?: unknown;
  /** Heading above the quiz; defaults to one built from the bank's title. */
  title?: unknown;
  /** Challenge only: the badge a perfect run earns. */
  badge?: unknown;
}

/** Every prop an author may write on `<Quiz>`. */
export const QUIZ_PROP_NAMES: readonly (keyof QuizProps)[] = ['bank', 'mode', 'questions', 'difficulty', 'limit', 'shuffle', 'pageSize', 'attempts', 'title', 'badge'];

/** UI text the resolver needs but does not own (it lives in the strings modules). */
export interface QuizResolveText {
  /** The badge of a challenge when neither the `<Quiz>` nor its bank names one. */
  defaultBadgeName: (bankTitle: string) => string;
}

export interface ResolvedQuiz {
  bank: RenderedBank;
  quizId: string;
  mode: QuizMode;
  /** Every question the quiz shows, across all its pages, in order, choices shuffled when asked. */
  questions: RenderedQuestion[];
  pageSize: number;
  pageCount: number;
  /** Attempts per question (practice). */
  attempts: number;
  /** The author's heading, if any. */
  title?: string;
  /** The badge a perfect challenge run earns: the prop, else the bank's, else the default name. */
  badge: string;
}

/** A problem with one prop, without the file (the caller knows which file the tag is in). */
export type QuizPropProblem = Omit<ContentProblem, 'file' | 'line'>;

const isWhole = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value) && value >= 1;

/** Everything wrong with a `<Quiz>`'s props, worded for the author: the tag, the prop, and the fix. */
export function quizPropProblems(banks: ReadonlyMap<string, RenderedBank>, props: QuizProps): QuizPropProblem[] {
  const problems: QuizPropProblem[] = [];
  const { bank: name } = props;
  if (typeof name !== 'string' || !name) {
    const what = name === undefined || name === '' ? 'has no bank.' : `has bank=${JSON.stringify(name)}, which is not a name.`;
    return [{ where: '<Quiz>', message: `${what} Write \`<Quiz bank="my-bank" />\`, naming a file in content/quizzes/ without .yaml.` }];
  }
  const bank = banks.get(name);
  if (!bank) {
    return [{ where: `<Quiz bank="${name}">`, message: `names a bank that does not exist.${didYouMean(name, banks.keys())} Banks are the files in content/quizzes/ (without .yaml).` }];
  }
  const push = (prop: string, message: string) => problems.push({ where: `<Quiz bank="${name}"${prop ? ` ${prop}` : ''}>`, message });
  const { mode, questions, difficulty, limit, shuffle, pageSize, attempts, title, badge } = props;
  if (mode !== undefined && !(QUIZ_MODES as readonly unknown[]).includes(mode)) push('mode', `is ${JSON.stringify(mode)}. Use mode="practice" or mode="challenge".`);
  if (difficulty !== undefined && !(QUESTION_DIFFICULTIES as readonly unknown[]).includes(difficulty)) {
    push('difficulty', `is ${JSON.stringify(difficulty)}. Use "easy", "medium" or "hard", or leave it out for all questions.`);
  }
  if (pageSize !== undefined && !isWhole(pageSize)) push('pageSize', 'must be a whole number of questions per page written as a number, e.g. `pageSize={20}`.');
  if (limit !== undefined && !isWhole(limit)) push('limit', `is ${JSON.stringify(limit)}. Give the most questions to show as a whole number, e.g. \`limit={5}\`, or leave it out for all.`);
  if (attempts !== undefined && !isWhole(attempts)) push('attempts', `is ${JSON.stringify(attempts)}. Give the attempts per question as a whole number, e.g. \`attempts={3}\`.`);
  if (shuffle !== undefined && typeof shuffle !== 'boolean') push('shuffle', `is ${JSON.stringify(shuffle)}. Write \`shuffle\` (or \`shuffle={true}\`) to shuffle, or leave it out.`);
  if (title !== undefined && (typeof title !== 'string' || !title.trim())) push('title', 'must be text, e.g. `title="Warm-up"`, or left out for the default heading.');
  if (badge !== undefined) {
    if ((mode ?? 'practice') !== 'challenge') push('badge', 'only applies to a challenge. Add mode="challenge", or remove the badge prop.');
    else {
      const problem = badgeNameProblem(badge);
      if (problem) push('badge', problem);
    }
  }
  if (questions !== undefined) {
    if (!Array.isArray(questions) || questions.some((id) => typeof id !== 'string')) {
      push('questions', 'must be a list of question ids, e.g. `questions={["first-id", "second-id"]}`.');
    } else {
      const ids = new Set(bank.questions.map((q) => q.id));
      const owner = new Map([...banks.values()].flatMap((b) => b.questions.map((q) => [q.id, b.name] as const)));
      for (const id of questions as string[]) {
        if (ids.has(id)) continue;
        const elsewhere = owner.get(id);
        problems.push({ where: `<Quiz bank="${name}"> questions`, message: `lists "${id}", which is not in that bank.${didYouMean(id, ids)}${elsewhere ? ` It is in the "${elsewhere}" bank.` : ''}` });
      }
    }
  }
  return problems;
}

/**
 * Resolves a `<Quiz>`: checks its props (a problem stops the build with a `ContentError` naming
 * `file`, the tag, the prop and the fix), then selects, orders and shuffles its questions.
 */
export function resolveQuiz(banks: ReadonlyMap<string, RenderedBank>, props: QuizProps, context: { file: string; text: QuizResolveText }): ResolvedQuiz {
  const problems = quizPropProblems(banks, props);
  if (problems.length) throw new ContentError(problems.map((problem) => ({ file: context.file, ...problem })));
  const bank = banks.get(props.bank as string)!;
  const mode = (props.mode ?? 'practice') as QuizMode;
  const ids = props.questions as string[] | undefined;
  const selection: QuizSelection = {
    bank: bank.name,
    mode,
    // An empty list means the whole bank, as no list does (and gives the same quiz id).
    questions: ids?.length ? ids : undefined,
    difficulty: props.difficulty as QuestionDifficulty | undefined,
    limit: props.limit as number | undefined,
  };
  const shuffle = props.shuffle === true;
  const seed = selectionSeed(selection);
  const selected = selectQuestions(bank.questions, { ...selection, shuffle, seed });
  // Choices are shuffled per question, seeded by the quiz and the question, so the page and the island agree.
  const questions = shuffle ? selected.map((q) => ('choices' in q ? { ...q, choices: seededShuffle(q.choices, `${seed}:${q.id}`) } : q)) : selected;
  const pageSize = (props.pageSize as number | undefined) ?? DEFAULT_PAGE_SIZE;
  const badge = typeof props.badge === 'string' ? props.badge.trim() : (bank.badge ?? context.text.defaultBadgeName(bank.title));
  return {
    bank,
    quizId: quizIdFor(selection),
    mode,
    questions,
    pageSize,
    pageCount: pageCount(questions.length, pageSize),
    attempts: (props.attempts as number | undefined) ?? DEFAULT_ATTEMPTS,
    title: props.title as string | undefined,
    badge,
  };
}
