/**
 * A rendered bank as published data (`/quizzes/<bank>.json`) and the manifest of all banks
 * (`/quizzes/index.json`). Pure: the caller gives the URL maker (base path, origin) and the articles
 * that show each bank's questions. Every HTML field also comes as plain text (`lib/html-to-text.ts`).
 */
import type { RenderedBank, RenderedChoice, RenderedQuestion } from '../core/types';
import { QUESTION_DIFFICULTIES } from '../core/vocabulary';
import { BANK_SCHEMA_VERSION, type BankData, type BankIndexData, type BankQuestionData, type BankSummary, type BankText } from './schema';
import { bankQuestionUrl } from './bank-pages';
import { bankDataPath, bankPagePath, EXPORT_FORMATS, type ExportFormat } from './formats';
import { htmlToText } from '../../lib/html-to-text';

/** Turns a path from the site root into the URL written in the data (base path; origin when known). */
export type Href = (path: string) => string;

/** An article that shows questions of a bank. */
export interface PageLink {
  title: string;
  /** Path from the site root. */
  url: string;
}

export interface BankDataContext {
  href: Href;
  /** URL of the JSON Schema the file follows. */
  schema: string;
  /** The articles that show the bank's questions. */
  articles: readonly PageLink[];
  /** Formats besides JSON (default: the registry). */
  formats?: readonly ExportFormat[];
}

const text = (html: string): BankText => ({ html, text: htmlToText(html) });
const choice = (c: RenderedChoice) => ({ id: c.id, html: c.html, text: htmlToText(c.html), ...(c.explanationHtml !== undefined && { explanation: text(c.explanationHtml) }) });

export function questionData(bank: RenderedBank, q: RenderedQuestion, href: Href): BankQuestionData {
  const base = {
    id: q.id,
    category: q.category,
    difficulty: q.difficulty,
    url: href(bankQuestionUrl(bank, q.id)),
    prompt: text(q.promptHtml),
    hint: text(q.hintHtml),
    solution: q.solutionHtml.map(text),
    quickCheck: text(q.quickCheckHtml),
    commonMistakes: q.commonMistakesHtml.map(text),
    related: href(q.related),
  };
  switch (q.type) {
    case 'single':
      return { ...base, type: 'single', choices: q.choices.map(choice), answer: q.answer };
    case 'multiple':
      return { ...base, type: 'multiple', choices: q.choices.map(choice), answer: q.answer };
    case 'output':
      return { ...base, type: 'output', code: { ...text(q.codeHtml), ...(q.language && { language: q.language }) }, choices: q.choices.map(choice), answer: q.answer };
    case 'truefalse': {
      const { true: ifTrue, false: ifFalse } = q.explanationHtml;
      const explanations = { ...(ifTrue !== undefined && { true: text(ifTrue) }), ...(ifFalse !== undefined && { false: text(ifFalse) }) };
      return { ...base, type: 'truefalse', answer: q.answer, explanations };
    }
    case 'order':
      return { ...base, type: 'order', steps: q.steps.map(choice), answer: q.answer };
    case 'fill':
      return { ...base, type: 'fill', accept: q.accept, ...(q.pattern !== undefined && { pattern: q.pattern }), ...(q.placeholder !== undefined && { placeholder: q.placeholder }) };
  }
}

/** What the manifest and the bank's own file say about a bank. */
export function bankSummary(bank: RenderedBank, context: Omit<BankDataContext, 'schema'>): BankSummary {
  const { href, articles, formats = EXPORT_FORMATS } = context;
  const difficulties = Object.fromEntries(QUESTION_DIFFICULTIES.map((d) => [d, bank.questions.filter((q) => q.difficulty === d).length])) as BankSummary['difficulties'];
  return {
    name: bank.name,
    title: bank.title,
    url: href(bankPagePath(bank.name)),
    data: href(bankDataPath(bank.name)),
    questionCount: bank.questions.length,
    difficulties,
    articles: articles.map((a) => ({ title: a.title, url: href(a.url) })),
    exports: Object.fromEntries(formats.map((format) => [format.id, href(format.path(bank.name))])),
  };
}

/** `/quizzes/<bank>.json`: the bank's summary and every question, HTML and plain text. */
export function bankData(bank: RenderedBank, context: BankDataContext): BankData {
  return {
    $schema: context.schema,
    schemaVersion: BANK_SCHEMA_VERSION,
    ...bankSummary(bank, context),
    questions: bank.questions.map((q) => questionData(bank, q, context.href)),
  };
}

/** `/quizzes/index.json`: every bank's summary, in name order. */
export function bankIndex(
  banks: Iterable<RenderedBank>,
  context: { href: Href; schema: string; bankSchema: string; site: { title: string }; articles: (bank: string) => readonly PageLink[]; formats?: readonly ExportFormat[] },
): BankIndexData {
  const sorted = [...banks].sort((a, b) => a.name.localeCompare(b.name));
  return {
    $schema: context.schema,
    schemaVersion: BANK_SCHEMA_VERSION,
    site: { title: context.site.title, url: context.href('/') },
    bankSchema: context.bankSchema,
    banks: sorted.map((bank) => bankSummary(bank, { href: context.href, articles: context.articles(bank.name), formats: context.formats })),
  };
}

/** The articles that show questions of each bank (any quiz or single question), in reading order, each once. */
export function articlesByBank(placements: ReadonlyArray<{ article: PageLink; question: { bank: string } }>): Map<string, PageLink[]> {
  const byBank = new Map<string, PageLink[]>();
  for (const { article, question } of placements) {
    const list = byBank.get(question.bank) ?? [];
    if (!list.some((a) => a.url === article.url)) list.push({ title: article.title, url: article.url });
    byBank.set(question.bank, list);
  }
  return byBank;
}
