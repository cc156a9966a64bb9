/**
 * A bank file (`/quizzes/<bank>.json`, schema bank.v1) read into the questions the quiz islands
 * take. Pure and small: the element checks only what it relies on (full validation against the
 * JSON Schema is for authors' tools; bundling Zod would triple the script).
 */
import type { RenderedChoice, RenderedQuestion } from '../quiz/core/types';
import { CATEGORIES, QUESTION_DIFFICULTIES, QUESTION_TYPES } from '../quiz/core/vocabulary';
import { BANK_SCHEMA_VERSION } from '../quiz/data/version';


interface Text {
  html: string;
  text: string;
}

interface JsonChoice extends Text {
  id: string;
  explanation?: Text;
}

/** The parts of a bank.v1 question the element uses. */
interface JsonQuestion {
  id: string;
  type: string;
  category: string;
  difficulty: string;
  related: string;
  prompt: Text;
  hint: Text;
  solution: Text[];
  quickCheck: Text;
  commonMistakes: Text[];
  choices?: JsonChoice[];
  steps?: JsonChoice[];
  code?: Text & { language?: string };
  explanations?: { true?: Text; false?: Text };
  answer?: unknown;
  accept?: string[];
  pattern?: string;
  placeholder?: string;
}

export interface LoadedBank {
  name: string;
  title: string;
  url?: string;
  questions: RenderedQuestion[];
}

export class BankFormatError extends Error {}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isText = (value: unknown): value is Text => isObject(value) && typeof value.html === 'string';

function choices(list: unknown, where: string): RenderedChoice[] {
  if (!Array.isArray(list) || !list.every((c) => isObject(c) && typeof c.id === 'string' && typeof c.html === 'string')) {
    throw new BankFormatError(`${where} has no list of choices`);
  }
  return (list as JsonChoice[]).map((c) => ({ id: c.id, html: c.html, ...(c.explanation ? { explanationHtml: c.explanation.html } : {}) }));
}

function question(raw: unknown, index: number, bank: string): RenderedQuestion {
  const where = isObject(raw) && typeof raw.id === 'string' ? `question "${raw.id}"` : `question ${index + 1}`;
  if (!isObject(raw) || typeof raw.id !== 'string') throw new BankFormatError(`${where} has no id`);
  const q = raw as unknown as JsonQuestion;
  if (!(QUESTION_TYPES as readonly string[]).includes(q.type)) throw new BankFormatError(`${where} has an unknown type "${String(q.type)}"`);
  for (const field of ['prompt', 'hint', 'quickCheck'] as const) if (!isText(q[field])) throw new BankFormatError(`${where} has no ${field}`);
  if (!Array.isArray(q.solution) || !q.solution.every(isText)) throw new BankFormatError(`${where} has no solution steps`);
  const base = {
    id: q.id,
    bank,
    category: ((CATEGORIES as readonly string[]).includes(q.category) ? q.category : CATEGORIES[0]) as RenderedQuestion['category'],
    difficulty: ((QUESTION_DIFFICULTIES as readonly string[]).includes(q.difficulty) ? q.difficulty : 'medium') as RenderedQuestion['difficulty'],
    promptHtml: q.prompt.html,
    hintHtml: q.hint.html,
    solutionHtml: q.solution.map((s) => s.html),
    quickCheckHtml: q.quickCheck.html,
    commonMistakesHtml: Array.isArray(q.commonMistakes) ? q.commonMistakes.filter(isText).map((m) => m.html) : [],
    related: typeof q.related === 'string' ? q.related : '',
  };
  const stringAnswer = () => {
    if (typeof q.answer !== 'string') throw new BankFormatError(`${where} has no answer`);
    return q.answer;
  };
  const listAnswer = () => {
    if (!Array.isArray(q.answer) || !q.answer.every((a) => typeof a === 'string')) throw new BankFormatError(`${where} has no answer`);
    return q.answer as string[];
  };
  switch (q.type) {
    case 'single':
      return { ...base, type: 'single', choices: choices(q.choices, where), answer: stringAnswer() };
    case 'multiple':
      return { ...base, type: 'multiple', choices: choices(q.choices, where), answer: listAnswer() };
    case 'output':
      if (!isText(q.code)) throw new BankFormatError(`${where} has no code`);
      return { ...base, type: 'output', codeHtml: q.code.html, ...(q.code.language ? { language: q.code.language } : {}), choices: choices(q.choices, where), answer: stringAnswer() };
    case 'truefalse':
      if (typeof q.answer !== 'boolean') throw new BankFormatError(`${where} has no answer`);
      return { ...base, type: 'truefalse', answer: q.answer, explanationHtml: { true: q.explanations?.true?.html, false: q.explanations?.false?.html } };
    case 'order':
      return { ...base, type: 'order', steps: choices(q.steps, where), answer: listAnswer() };
    default:
      if (!Array.isArray(q.accept)) throw new BankFormatError(`${where} has no accepted answers`);
      return { ...base, type: 'fill', accept: q.accept, ...(q.pattern ? { pattern: q.pattern } : {}), ...(q.placeholder ? { placeholder: q.placeholder } : {}) };
  }
}

/** Reads parsed JSON as a bank; throws `BankFormatError` saying what is wrong. */
export function readBank(json: unknown): LoadedBank {
  if (!isObject(json)) throw new BankFormatError('the file is not a JSON object');
  if (json.schemaVersion !== BANK_SCHEMA_VERSION) {
    throw new BankFormatError(`its schemaVersion is ${JSON.stringify(json.schemaVersion)}; this script reads version ${BANK_SCHEMA_VERSION}`);
  }
  if (typeof json.name !== 'string' || !Array.isArray(json.questions)) throw new BankFormatError('it has no name or no questions');
  const name = json.name;
  return {
    name,
    title: typeof json.title === 'string' ? json.title : name,
    ...(typeof json.url === 'string' ? { url: json.url } : {}),
    questions: json.questions.map((q, i) => question(q, i, name)),
  };
}
