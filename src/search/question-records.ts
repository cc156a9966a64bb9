/**
 * Search records for quiz questions, read from a built page: what the page shows is what search
 * finds, with no second computation of which questions a quiz shows. The quiz components mark
 * their server HTML for this:
 * - the quiz (`<Quiz>`, `<Question>`): `data-quiz-mode` and `data-search-section`;
 * - each question: its anchor `id`, `data-question-id`, `data-difficulty`, `data-question-type`;
 * - its parts: `data-search="prompt|choice|hint|solution|quick-check|mistake"`.
 */
import { fromHtml } from 'hast-util-from-html';
import type { Element, Root, RootContent } from 'hast';
import { CONTENT_TYPES, QUESTION_LEVEL, questionTitle, recordText, type SearchRecord } from './records';

/** Only pages containing this are parsed: most pages have no question. */
export const QUESTION_MARKER = 'data-question-id=';

type Part = 'prompt' | 'choice' | 'hint' | 'solution' | 'quick-check' | 'mistake';

interface PageQuestion {
  id: string;
  anchor: string;
  mode: 'practice' | 'challenge';
  section: string;
  difficulty: keyof typeof QUESTION_LEVEL;
  type: string;
  parts: Record<Part, string[]>;
}

/** The HTML between an element's tags, exactly as in the page (re-serialising would change entities). */
function innerHtml(html: string, element: Element): string {
  const start = element.position?.start.offset;
  const end = element.position?.end.offset;
  if (start === undefined || end === undefined) return '';
  const open = html.indexOf('>', start) + 1;
  const close = `</${element.tagName}>`;
  return html.slice(start, end).endsWith(close) ? html.slice(open, end - close.length) : html.slice(open, end);
}

const text = (value: unknown) => (typeof value === 'string' ? value : undefined);

/** The questions of one page, in page order. */
export function pageQuestions(html: string): PageQuestion[] {
  const tree: Root = fromHtml(html);
  const questions: PageQuestion[] = [];
  const visit = (node: Root | RootContent, quiz: { mode?: string; section?: string }, question: PageQuestion | undefined) => {
    if (node.type !== 'element' && node.type !== 'root') return;
    if (node.type === 'element') {
      const p = node.properties;
      if (text(p.dataQuizMode)) quiz = { mode: text(p.dataQuizMode), section: text(p.dataSearchSection) };
      const id = text(p.dataQuestionId);
      if (id && (quiz.mode === 'practice' || quiz.mode === 'challenge') && text(p.id)) {
        question = {
          id,
          anchor: text(p.id)!,
          mode: quiz.mode,
          section: quiz.section ?? '',
          difficulty: text(p.dataDifficulty) as PageQuestion['difficulty'],
          type: text(p.dataQuestionType) ?? '',
          parts: { prompt: [], choice: [], hint: [], solution: [], 'quick-check': [], mistake: [] },
        };
        questions.push(question);
      }
      const part = text(p.dataSearch) as Part | undefined;
      if (question && part && part in question.parts) {
        question.parts[part].push(innerHtml(html, node));
        return;
      }
    }
    for (const child of node.children) visit(child, quiz, question);
  };
  visit(tree, {}, undefined);
  return questions;
}

/**
 * One record per question per page. A practice record has the prompt, the choices (or steps) and the
 * study parts (hint, solution, quick check, mistakes). A challenge is a test: its record has the
 * prompt and the choices only, steps sorted, so search cannot give its answers away. A question in
 * both a practice quiz and a challenge on the page keeps only the practice record.
 */
export function questionRecords(html: string, pageUrl: string): SearchRecord[] {
  if (!html.includes(QUESTION_MARKER)) return [];
  const questions = pageQuestions(html);
  const practised = new Set(questions.filter((q) => q.mode === 'practice').map((q) => q.id));
  return questions
    .filter((q) => q.mode === 'practice' || !practised.has(q.id))
    .map((q) => {
      const level = QUESTION_LEVEL[q.difficulty] ?? q.difficulty;
      const prompt = q.parts.prompt[0] ?? '';
      // True/false choices are the words True and False, not the author's text.
      const choices = q.type === 'truefalse' ? [] : [...q.parts.choice];
      if (q.mode === 'challenge' && q.type === 'order') choices.sort();
      const study = q.mode === 'practice' ? [...q.parts.hint, ...q.parts.solution, ...q.parts['quick-check'], ...q.parts.mistake] : [];
      return {
        url: `${pageUrl}#${q.anchor}`,
        content: recordText([prompt, ...choices, ...study]),
        meta: { title: `Question: ${questionTitle(prompt)}`, section: q.section, difficulty: level, type: CONTENT_TYPES.question },
        filters: { type: [CONTENT_TYPES.question], section: [q.section], difficulty: [level] },
      };
    });
}
