import type { BankSource, QuestionSource } from './schema';
import type { RenderedBank, RenderedChoice, RenderedQuestion } from '../core/types';

import type { RenderMarkdown } from '../../lib/render-markdown';

/** Short items (choices, steps, hints) render as inline HTML: one paragraph is unwrapped. */
export function unwrapParagraph(html: string): string {
  const trimmed = html.trim();
  const match = /^<p>([\s\S]*)<\/p>$/.exec(trimmed);
  return match && !match[1]!.includes('<p>') ? match[1]! : trimmed;
}

const fence = (code: string, language: string) => `\`\`\`${language}\n${code.replace(/\n+$/, '')}\n\`\`\``;
const isMultiline = (text: string) => text.trim().includes('\n') && !text.includes('```');

/** Renders every Markdown field of a bank to HTML with the site's Markdown pipeline (Shiki included). */
export async function renderBank(name: string, bank: BankSource, render: RenderMarkdown): Promise<RenderedBank> {
  const inline = async (markdown: string) => unwrapParagraph(await render(markdown));
  const optionalInline = async (markdown?: string) => (markdown ? inline(markdown) : undefined);
  const renderChoices = (choices: Array<{ id: string; text: string; explanation?: string }>): Promise<RenderedChoice[]> =>
    Promise.all(choices.map(async (c) => ({ id: c.id, html: await inline(c.text), explanationHtml: await optionalInline(c.explanation) })));

  const renderQuestion = async (q: QuestionSource): Promise<RenderedQuestion> => {
    const base = {
      id: q.id,
      bank: name,
      category: q.category,
      difficulty: q.difficulty,
      promptHtml: await render(q.prompt),
      hintHtml: await inline(q.hint),
      solutionHtml: await Promise.all(q.solution.map(inline)),
      quickCheckHtml: await inline(q.quickCheck),
      commonMistakesHtml: await Promise.all(q.commonMistakes.map(inline)),
      related: q.related,
    };
    switch (q.type) {
      case 'single':
      case 'multiple':
        return { ...base, type: q.type, choices: await renderChoices(q.choices), answer: q.answer } as RenderedQuestion;
      case 'output':
        return {
          ...base,
          type: 'output',
          codeHtml: await render(fence(q.code, q.language)),
          language: q.language,
          // Multi-line outputs are shown as preformatted blocks, as a terminal would print them.
          choices: await renderChoices(q.choices.map((c) => (isMultiline(c.text) ? { ...c, text: fence(c.text, 'text') } : c))),
          answer: q.answer,
        };
      case 'truefalse':
        return {
          ...base,
          type: 'truefalse',
          answer: q.answer,
          explanationHtml: { true: await optionalInline(q.explanations?.true), false: await optionalInline(q.explanations?.false) },
        };
      case 'order':
        return { ...base, type: 'order', steps: await renderChoices(q.steps), answer: q.answer };
      case 'fill':
        return { ...base, type: 'fill', accept: q.accept, pattern: q.pattern, placeholder: q.placeholder };
    }
  };

  return { name, title: bank.title, article: bank.article, badge: bank.badge, questions: await Promise.all(bank.questions.map(renderQuestion)) };
}
