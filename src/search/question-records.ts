/**
 * Search records for quiz questions, read from a built page: what the page shows is what search
 * finds, with no second computation of which questions a quiz shows. The quiz components mark
 * their server HTML for this:
 * - the quiz (`<Quiz>`, `<Question>`): `data-quiz-mode` and `data-search-section`; on the bank pages,
 *   `data-search-place="bank"` (the bank page) or `"copy"` (a filtered copy of it, never a record);
 * - each question: its anchor `id`, `data-question-id`, `data-difficulty`, `data-question-type`;
 * - its parts: `data-search="prompt|choice|hint|solution|quick-check|mistake"`.
 */
import { QUESTION_LEVEL, questionTitle, recordText, type SearchRecord } from './records';
import type { Strings } from '../i18n/strings';
import * as english from '../i18n/en';

/** Only pages containing this are read further: most pages have no question. */
export const QUESTION_MARKER = 'data-question-id=';

type Part = 'prompt' | 'choice' | 'hint' | 'solution' | 'quick-check' | 'mistake';

interface PageQuestion {
  id: string;
  anchor: string;
  mode: 'practice' | 'challenge';
  /** `article` (any quiz in an article or its quiz pages), `bank` (the bank page) or `copy` (a filtered bank page). */
  place: string;
  section: string;
  difficulty: keyof typeof QUESTION_LEVEL;
  type: string;
  parts: Record<Part, string[]>;
}

/*
 * A scan, not a full HTML parse: pages carry the islands' props (every question, escaped) and are
 * large, and parsing them all took seconds. The marked elements are written by our components, so
 * opening tags are found by their attribute (text content has its `<` escaped, so cannot match).
 */
const QUIZ = /<[a-z]+\s[^<>]*\bdata-quiz-mode="[^"]*"[^<>]*>/g;
const QUESTION = /<([a-z]+)\s[^<>]*\bdata-question-id="[^"]*"[^<>]*>/g;
const PART = /<([a-z]+)\s[^<>]*\bdata-search="([a-z-]+)"[^<>]*>/g;

const ENTITIES: Record<string, string> = { amp: '&', quot: '"', lt: '<', gt: '>', '#39': "'", '#x27': "'" };
function attributes(tag: string): Map<string, string> {
  return new Map([...tag.matchAll(/([\w-]+)="([^"]*)"/g)].map((m) => [m[1]!, m[2]!.replace(/&(amp|quot|lt|gt|#39|#x27);/g, (_, e: string) => ENTITIES[e]!)]));
}

/** Where the element whose opening tag ends at `from` closes (same-name elements nested inside are counted). */
function closeOf(html: string, tagName: string, from: number): { contentEnd: number; end: number } {
  const tags = new RegExp(`<(/?)${tagName}\\b[^>]*>`, 'g');
  tags.lastIndex = from;
  let depth = 1;
  for (let m = tags.exec(html); m; m = tags.exec(html)) {
    depth += m[1] ? -1 : 1;
    if (depth === 0) return { contentEnd: m.index, end: m.index + m[0].length };
  }
  return { contentEnd: html.length, end: html.length };
}

/** The questions of one page, in page order, with the HTML of their marked parts exactly as in the page. */
export function pageQuestions(html: string): PageQuestion[] {
  const quizzes = [...html.matchAll(QUIZ)].map((m) => ({ at: m.index, attrs: attributes(m[0]) }));
  const questions: PageQuestion[] = [];
  for (const match of html.matchAll(QUESTION)) {
    const attrs = attributes(match[0]);
    // The quiz a question is in is the last one opened before it (quizzes do not nest).
    const quiz = quizzes.filter((q) => q.at < match.index).at(-1)?.attrs;
    const mode = quiz?.get('data-quiz-mode');
    const anchor = attrs.get('id');
    if ((mode !== 'practice' && mode !== 'challenge') || !anchor) continue;
    const start = match.index + match[0].length;
    const body = html.slice(start, closeOf(html, match[1]!, start).contentEnd);
    const question: PageQuestion = {
      id: attrs.get('data-question-id')!,
      anchor,
      mode,
      place: quiz?.get('data-search-place') ?? 'article',
      section: quiz?.get('data-search-section') ?? '',
      difficulty: attrs.get('data-difficulty') as PageQuestion['difficulty'],
      type: attrs.get('data-question-type') ?? '',
      parts: { prompt: [], choice: [], hint: [], solution: [], 'quick-check': [], mistake: [] },
    };
    PART.lastIndex = 0;
    for (let part = PART.exec(body); part; part = PART.exec(body)) {
      const from = part.index + part[0].length;
      const { contentEnd, end } = closeOf(body, part[1]!, from);
      question.parts[part[2] as Part]?.push(body.slice(from, contentEnd));
      // A part's own HTML is the author's: nothing inside it is another part.
      PART.lastIndex = end;
    }
    questions.push(question);
  }
  return questions;
}

/** A question's record with where it comes from, to choose one record per question across pages. */
export interface PlacedRecord {
  questionId: string;
  /** Lower wins: practice in an article, then a challenge in an article, then the bank page. */
  rank: number;
  record: SearchRecord;
}

/**
 * One record per question per page. A practice record has the prompt, the choices (or steps) and the
 * study parts (hint, solution, quick check, mistakes). A challenge is a test: its record has the
 * prompt and the choices only, steps sorted, so search cannot give its answers away. A question in
 * both a practice quiz and a challenge on the page keeps only the practice record. Filtered copies
 * of a bank page give none.
 */
/** `strings`: the site's locale, for the type, difficulty and title prefix shown with each result. */
export function placedQuestionRecords(html: string, pageUrl: string, strings: Pick<Strings, 'search' | 'site'> = english): PlacedRecord[] {
  if (!html.includes(QUESTION_MARKER)) return [];
  const questions = pageQuestions(html).filter((q) => q.place !== 'copy');
  const practised = new Set(questions.filter((q) => q.mode === 'practice').map((q) => q.id));
  return questions
    .filter((q) => q.mode === 'practice' || !practised.has(q.id))
    .map((q) => {
      const level = strings.site.difficulty[QUESTION_LEVEL[q.difficulty]] ?? q.difficulty;
      const type = strings.search.types.question;
      const prompt = q.parts.prompt[0] ?? '';
      // True/false choices are the words True and False, not the author's text.
      const choices = q.type === 'truefalse' ? [] : [...q.parts.choice];
      if (q.mode === 'challenge' && q.type === 'order') choices.sort();
      const study = q.mode === 'practice' ? [...q.parts.hint, ...q.parts.solution, ...q.parts['quick-check'], ...q.parts.mistake] : [];
      return {
        questionId: q.id,
        rank: q.place === 'bank' ? 2 : q.mode === 'practice' ? 0 : 1,
        record: {
          url: `${pageUrl}#${q.anchor}`,
          content: recordText([prompt, ...choices, ...study]),
          meta: { title: `${strings.search.questionPrefix}${questionTitle(prompt)}`, section: q.section, difficulty: level, type },
          filters: { type: [type], section: [q.section], difficulty: [level] },
        },
      };
    });
}

/**
 * One record per question for the whole site, pointing at its canonical place: the article that
 * practises it, else the article's challenge that shows it, else its bank page (every question has
 * one). Among equals the first one given wins, so callers pass pages in a stable order.
 */
export function canonicalQuestionRecords(placed: Iterable<PlacedRecord>): SearchRecord[] {
  const best = new Map<string, PlacedRecord>();
  for (const candidate of placed) {
    const kept = best.get(candidate.questionId);
    if (!kept || candidate.rank < kept.rank) best.set(candidate.questionId, candidate);
  }
  return [...best.values()].map((placed) => placed.record);
}
