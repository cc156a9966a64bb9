/**
 * Anki's plain-text import (docs.ankiweb.net/importing/text-files.html), with file headers so Anki
 * needs no settings: tab-separated, HTML fields, the Basic note type, and a GUID column, a deck column
 * and a tags column. The GUID is derived from the bank (or interview topic) and the question id, so
 * importing a newer file updates the cards already there instead of adding copies.
 *
 * One card per quiz question (front: the prompt and the choices; back: the answer and the solution)
 * and one per interview question (front: the question; back: the short, medium and long answers).
 * Fields are one line of HTML: line breaks in code are `<br>`, tabs are `&#9;`, and a field holding a
 * double quote is quoted (quotes doubled), as Anki's CSV reader expects.
 */
import type { RenderedQuestion } from '../core/types';
import { portable, promptHtml, solutionHtml, stepsInOrder, type ExportContext, type ExportInput } from './content';
import { EXPORT_STRINGS } from './strings';
import { STRINGS } from '../ui/strings';

export interface AnkiCard {
  /** Stable across builds and sites' edits: `studyforge:<kind>:<bank or topic>:<question id>`. */
  guid: string;
  /** Anki deck path, `::` between levels. */
  deck: string;
  front: string;
  back: string;
  tags: string[];
}

/** What a card needs of an interview topic (the shape of interview/render.ts's topics, which this pure module does not import). */
export interface InterviewTopicInput {
  name: string;
  title: string;
  questions: Array<{ id: string; question: string; shortHtml: string; mediumHtml: string; longHtml: string }>;
}

export const ANKI_COLUMNS = ['GUID', 'Deck', 'Front', 'Back', 'Tags'] as const;

export const quizGuid = (bank: string, questionId: string) => `studyforge:quiz:${bank}:${questionId}`;
export const interviewGuid = (topic: string, questionId: string) => `studyforge:interview:${topic}:${questionId}`;

/** A deck name from titles; `::` inside a title would make an unintended sub-deck. */
const deckPath = (...names: string[]) => names.map((name) => name.replace(/::/g, ':').replace(/[\r\n\t]+/g, ' ').trim()).join('::');

const oneLine = (html: string, context: ExportContext) => portable(html, context, { newlines: 'br' });
const heading = (text: string) => `<p><strong>${text}</strong></p>`;
const list = (tag: 'ol' | 'ul', items: string[], type = '') => `<${tag}${type}>${items.map((item) => `<li>${item}</li>`).join('')}</${tag}>`;

function front(question: RenderedQuestion): string {
  const prompt = promptHtml(question);
  switch (question.type) {
    case 'single':
    case 'output':
      return `${prompt}${list('ol', question.choices.map((c) => c.html), ' type="a"')}`;
    case 'multiple':
      return `${prompt}${heading(STRINGS.chooseAll)}${list('ol', question.choices.map((c) => c.html), ' type="a"')}`;
    case 'truefalse':
      return `${prompt}${heading(STRINGS.trueOrFalse)}`;
    case 'order':
      return `${prompt}${heading(STRINGS.putInOrder)}${list('ul', question.steps.map((s) => s.html))}`;
    case 'fill':
      return prompt;
  }
}

function answer(question: RenderedQuestion): string {
  switch (question.type) {
    case 'single':
    case 'output': {
      const choice = question.choices.find((c) => c.id === question.answer)!;
      return `<p>${choice.html}</p>${choice.explanationHtml ? `<p>${choice.explanationHtml}</p>` : ''}`;
    }
    case 'multiple':
      return list('ul', question.choices.filter((c) => question.answer.includes(c.id)).map((c) => c.html));
    case 'truefalse': {
      const explanation = question.explanationHtml[String(question.answer) as 'true' | 'false'];
      return `<p>${question.answer ? STRINGS.true : STRINGS.false}</p>${explanation ? `<p>${explanation}</p>` : ''}`;
    }
    case 'order':
      return list('ol', stepsInOrder(question).map((s) => s.html));
    case 'fill':
      return list('ul', question.accept.map(escapeText));
  }
}

const escapeText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** One card per question of a bank, in the bank's deck under the site's. */
export function quizCards({ bank, context }: ExportInput): AnkiCard[] {
  const deck = deckPath(context.siteTitle, bank.title);
  return bank.questions.map((question) => ({
    guid: quizGuid(bank.name, question.id),
    deck,
    front: oneLine(front(question), context),
    back: oneLine(`${heading(EXPORT_STRINGS.answer)}${answer(question)}${solutionHtml(question, context)}`, context),
    tags: [`bank::${bank.name}`, `difficulty::${question.difficulty}`, `category::${question.category}`, `type::${question.type}`],
  }));
}

/** One card per interview question, in a deck per topic under the site's interview deck. */
export function interviewCards(topics: InterviewTopicInput[], context: ExportContext): AnkiCard[] {
  return topics.flatMap((topic) =>
    topic.questions.map((q) => ({
      guid: interviewGuid(topic.name, q.id),
      deck: deckPath(context.siteTitle, EXPORT_STRINGS.interviewDeck, topic.title),
      front: `<p>${escapeText(q.question.replace(/\s+/g, ' ').trim())}</p>`,
      back: oneLine(
        [
          heading(EXPORT_STRINGS.shortAnswer),
          q.shortHtml,
          heading(EXPORT_STRINGS.mediumAnswer),
          q.mediumHtml,
          heading(EXPORT_STRINGS.longAnswer),
          q.longHtml,
        ].join('\n'),
        context,
      ),
      tags: [`interview::${topic.name}`],
    })),
  );
}

/** A field as Anki's CSV reader reads it back: one line, tabs as character references, quoted when it holds a quote. */
export function ankiField(value: string): string {
  const field = value.replace(/\t/g, '&#9;').replace(/\r?\n/g, '<br>');
  return field.includes('"') ? `"${field.replace(/"/g, '""')}"` : field;
}

/** Cards as an Anki import file: the headers, then one row per card. */
export function toAnkiTsv(cards: AnkiCard[]): string {
  const headers = [
    '#separator:tab',
    '#html:true',
    '#notetype:Basic',
    `#columns:${ANKI_COLUMNS.join('\t')}`,
    '#guid column:1',
    '#deck column:2',
    '#tags column:5',
  ];
  const rows = cards.map((card) => [card.guid, card.deck, card.front, card.back, card.tags.join(' ')].map(ankiField).join('\t'));
  return `${[...headers, ...rows].join('\n')}\n`;
}
