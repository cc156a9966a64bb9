/**
 * Moodle XML (docs.moodle.org/en/Moodle_XML_format): every question type, with per-choice feedback,
 * general feedback (the solution), the hint (`<hint>`) and tags for difficulty and category. Single and
 * multiple choice and output questions are `multichoice`, true/false is `truefalse`, fill-in is
 * `shortanswer` (case-insensitive, as on the site) and ordering is Moodle's `ordering` question (part of
 * Moodle since 4.4; a plugin before). HTML goes into CDATA sections, everything else is escaped.
 */
import type { RenderedQuestion } from '../core/types';
import { categoryPath, correctWeights, percent, portable, promptHtml, solutionHtml, stepsInOrder, type ExportContext, type ExportInput } from './content';
import { EXPORT_STRINGS } from './strings';
import { cdata, xmlComment, xmlEscape } from './xml';

const html = (fragment: string, context: ExportContext) => cdata(portable(fragment, context));

/** `<tag format="html"><text>…</text></tag>`, or nothing for empty text. */
function htmlText(tag: string, fragment: string | undefined, context: ExportContext, indent = '    '): string {
  return fragment ? `${indent}<${tag} format="html"><text>${html(fragment, context)}</text></${tag}>` : '';
}

function answer(fraction: string, fragment: string, feedback: string | undefined, context: ExportContext): string {
  return [
    `    <answer fraction="${fraction}" format="html">`,
    `      <text>${html(fragment, context)}</text>`,
    htmlText('feedback', feedback, context, '      '),
    '    </answer>',
  ]
    .filter(Boolean)
    .join('\n');
}

/** Moodle short answers treat `*` as a wildcard; a literal one is written `\*`. */
const shortAnswer = (text: string) => xmlEscape(text.replace(/\*/g, '\\*'));

const combinedFeedback = (context: ExportContext) =>
  [
    htmlText('correctfeedback', EXPORT_STRINGS.correct, context),
    htmlText('partiallycorrectfeedback', EXPORT_STRINGS.incorrect, context),
    htmlText('incorrectfeedback', EXPORT_STRINGS.incorrect, context),
  ].join('\n');

function moodleType(question: RenderedQuestion): string {
  switch (question.type) {
    case 'single':
    case 'multiple':
    case 'output':
      return 'multichoice';
    case 'truefalse':
      return 'truefalse';
    case 'fill':
      return 'shortanswer';
    case 'order':
      return 'ordering';
  }
}

/** The part of a question that depends on its type: options and answers. */
function typeBody(question: RenderedQuestion, context: ExportContext): string[] {
  switch (question.type) {
    case 'single':
    case 'output':
      return [
        '    <single>true</single>',
        '    <shuffleanswers>true</shuffleanswers>',
        '    <answernumbering>abc</answernumbering>',
        combinedFeedback(context),
        ...question.choices.map((c) => answer(c.id === question.answer ? '100' : '0', c.html, c.explanationHtml, context)),
      ];
    case 'multiple': {
      // Each correct choice earns its share; any wrong choice takes the whole mark away (Moodle keeps the total at 0 or more).
      const weights = correctWeights(question.answer.length);
      return [
        '    <single>false</single>',
        '    <shuffleanswers>true</shuffleanswers>',
        '    <answernumbering>abc</answernumbering>',
        combinedFeedback(context),
        ...question.choices.map((c) => {
          const index = question.answer.indexOf(c.id);
          return answer(index === -1 ? '-100' : percent(weights[index]!), c.html, c.explanationHtml, context);
        }),
      ];
    }
    case 'truefalse':
      // Moodle reads the answers' text "true" and "false" to know which is which.
      return ([true, false] as const).map((value) =>
        [
          `    <answer fraction="${value === question.answer ? '100' : '0'}" format="moodle_auto_format">`,
          `      <text>${value}</text>`,
          htmlText('feedback', question.explanationHtml[String(value) as 'true' | 'false'], context, '      '),
          '    </answer>',
        ]
          .filter(Boolean)
          .join('\n'),
      );
    case 'fill':
      return [
        ...(question.pattern ? [`    ${xmlComment(EXPORT_STRINGS.patternNotExported(question.pattern))}`] : []),
        '    <usecase>0</usecase>',
        ...question.accept.map((text) => `    <answer fraction="100" format="moodle_auto_format">\n      <text>${shortAnswer(text)}</text>\n    </answer>`),
      ];
    case 'order':
      // Answers in the correct order; the reader gets them shuffled. All or nothing, as on the site.
      return [
        '    <layouttype>VERTICAL</layouttype>',
        '    <selecttype>ALL</selecttype>',
        `    <selectcount>${question.steps.length}</selectcount>`,
        '    <gradingtype>ALL_OR_NOTHING</gradingtype>',
        '    <showgrading>SHOW</showgrading>',
        '    <numberingstyle>none</numberingstyle>',
        combinedFeedback(context),
        ...stepsInOrder(question).map((step, i) => `    <answer fraction="${i + 1}" format="html">\n      <text>${html(step.html, context)}</text>\n    </answer>`),
      ];
  }
}

function moodleQuestion(question: RenderedQuestion, context: ExportContext): string {
  return [
    `  <question type="${moodleType(question)}">`,
    `    <name><text>${xmlEscape(question.id)}</text></name>`,
    htmlText('questiontext', promptHtml(question), context),
    htmlText('generalfeedback', solutionHtml(question, context), context),
    '    <defaultgrade>1</defaultgrade>',
    '    <penalty>0.3333333</penalty>',
    '    <hidden>0</hidden>',
    `    <idnumber>${xmlEscape(question.id)}</idnumber>`,
    ...typeBody(question, context),
    htmlText('hint', question.hintHtml, context),
    `    <tags><tag><text>${xmlEscape(question.difficulty)}</text></tag><tag><text>${xmlEscape(question.category)}</text></tag></tags>`,
    '  </question>',
  ]
    .filter(Boolean)
    .join('\n');
}

/** A bank as a Moodle XML file: its category, then every question. */
export function toMoodleXml({ bank, context }: ExportInput): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    xmlComment(EXPORT_STRINGS.generatedBy(context.siteTitle, bank.title)),
    '<quiz>',
    '  <question type="category">',
    `    <category><text>${xmlEscape(categoryPath(bank, context))}</text></category>`,
    '  </question>',
    ...bank.questions.map((question) => moodleQuestion(question, context)),
    '</quiz>',
    '',
  ].join('\n');
}
