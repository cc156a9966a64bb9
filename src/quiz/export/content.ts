/**
 * What every export takes from a rendered question, decided once: the prompt (an output question's
 * code included), the general feedback (solution steps, quick check, a link to the article), the
 * weights of a multiple-answer question and the category a bank goes into.
 */
import type { RenderedBank, RenderedQuestion } from '../core/types';
import { url } from '../../lib/url';
import { portableHtml, type PortableHtmlOptions } from './portable-html';
import { EXPORT_STRINGS } from './strings';

export interface ExportContext {
  /** The site's title: the top category (Moodle) or deck (Anki) the banks go under. */
  siteTitle: string;
  /** The site's public URL, when known: links become absolute and feedback links back to the article. */
  siteUrl?: string | URL;
}

/** An export's input: one rendered bank and where it comes from. */
export interface ExportInput {
  bank: RenderedBank;
  context: ExportContext;
}

export type HtmlMode = Pick<PortableHtmlOptions, 'newlines' | 'xml'>;

/** A fragment of the question's HTML, made portable for the given format. */
export const portable = (html: string, context: ExportContext, mode: HtmlMode = {}) => portableHtml(html, { ...mode, siteUrl: context.siteUrl });

/** The question as the reader sees it above the answers: the prompt, and an output question's code. */
export function promptHtml(question: RenderedQuestion): string {
  return question.type === 'output' ? `${question.promptHtml}\n${question.codeHtml}` : question.promptHtml;
}

/** The absolute address of the article section a question links to, when the site's URL is known. */
export function relatedUrl(question: RenderedQuestion, context: ExportContext): string | undefined {
  return context.siteUrl ? new URL(url(question.related), context.siteUrl).href : undefined;
}

const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** General feedback, shown after answering: the solution steps, the one line to remember and a link to the article. */
export function solutionHtml(question: RenderedQuestion, context: ExportContext): string {
  const steps = question.solutionHtml;
  const parts = [
    `<p><strong>${EXPORT_STRINGS.solution}</strong></p>`,
    steps.length === 1 ? `<p>${steps[0]}</p>` : `<ol>${steps.map((step) => `<li>${step}</li>`).join('')}</ol>`,
    `<p><strong>${EXPORT_STRINGS.quickCheck}:</strong> ${question.quickCheckHtml}</p>`,
  ];
  const link = relatedUrl(question, context);
  if (link) parts.push(`<p><a href="${escapeAttribute(link)}">${EXPORT_STRINGS.learnMore}</a></p>`);
  return parts.join('\n');
}

/**
 * Credit per correct choice of a multiple-answer question, in percent, summing to exactly 100 at five
 * decimals (the last one takes the rounding): 3 correct -> 33.33333, 33.33333, 33.33334.
 */
export function correctWeights(count: number): number[] {
  const each = Math.floor((100 / count) * 1e5) / 1e5;
  const last = Math.round((100 - each * (count - 1)) * 1e5) / 1e5;
  return Array.from({ length: count }, (_, i) => (i === count - 1 ? last : each));
}

/** A percentage as Moodle writes it: up to five decimals, no trailing zeros. */
export const percent = (value: number) => String(Number(value.toFixed(5)));

/**
 * The Moodle question-bank category for a bank: `$course$/top/<site>/<bank title>`. A `/` inside a
 * name is doubled, which is how Moodle tells it from the separator between categories.
 */
export function categoryPath(bank: RenderedBank, context: ExportContext): string {
  const name = (text: string) => text.replace(/[\r\n]+/g, ' ').trim().replace(/\//g, '//');
  return `$course$/top/${name(context.siteTitle)}/${name(bank.title)}`;
}

/** The steps of an ordering question in the correct order. */
export function stepsInOrder(question: Extract<RenderedQuestion, { type: 'order' }>) {
  return question.answer.map((id) => question.steps.find((step) => step.id === id)!);
}
