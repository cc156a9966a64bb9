/**
 * IMS QTI 2.1 content package: a zip with `imsmanifest.xml`, one `assessmentItem` per question under
 * `items/` and an `assessmentTest` listing them in the bank's order. Canvas, Blackboard and other LMSs
 * import it. Choice, true/false and output questions are `choiceInteraction`s, fill-in is a
 * `textEntryInteraction` (accepted answers in a case-insensitive mapping) and ordering is an
 * `orderInteraction`. Each item names its template (`match_correct` / `map_response`) for importers
 * that only read that, and also spells the rules out, adding two outcomes the templates do not set:
 * FEEDBACK (the chosen answers, which show their explanation) and SOLUTION (shows the solution).
 */
import { strToU8, zipSync } from 'fflate';
import type { RenderedChoice, RenderedQuestion } from '../core/types';
import { htmlToLine } from '../../lib/html-to-text';
import { portable, promptHtml, solutionHtml, type ExportContext, type ExportInput } from './content';
import { EXPORT_STRINGS } from './strings';
import { xmlEscape, xmlId } from './xml';

const QTI_NS = 'http://www.imsglobal.org/xsd/imsqti_v2p1';
const QTI_XSD = 'http://www.imsglobal.org/xsd/qti/qtiv2p1/imsqti_v2p1.xsd';
const TEMPLATES = 'http://www.imsglobal.org/question/qti_v2p1/rptemplates';
/** Zip entries carry a fixed date, so the same bank always gives the same bytes. */
const ZIP_DATE = new Date(2000, 0, 1);

/** The QTI identifier of a question's item (also its file name under items/). */
export const itemIdentifier = (questionId: string) => xmlId('item', questionId);
/** The QTI identifier of a choice or step. */
export const choiceIdentifier = (choiceId: string) => xmlId('choice', choiceId);
export const itemHref = (questionId: string) => `items/${questionId}.xml`;

const xhtml = (fragment: string, context: ExportContext) => portable(fragment, context, { xml: true });

interface Interaction {
  cardinality: 'single' | 'multiple' | 'ordered';
  baseType: 'identifier' | 'string';
  correct: string[];
  /** Extra content of the responseDeclaration (a mapping). */
  mapping?: string;
  body: string;
  template: 'match_correct' | 'map_response';
  /** Whether FEEDBACK echoes the response (choices with explanations). */
  choiceFeedback: boolean;
}

function simpleChoice(choice: RenderedChoice, context: ExportContext, feedback = true): string {
  const explanation =
    feedback && choice.explanationHtml
      ? `<feedbackInline outcomeIdentifier="FEEDBACK" identifier="${choiceIdentifier(choice.id)}" showHide="show">${xhtml(choice.explanationHtml, context)}</feedbackInline>`
      : '';
  return `      <simpleChoice identifier="${choiceIdentifier(choice.id)}">${xhtml(choice.html, context)}${explanation}</simpleChoice>`;
}

function interactionOf(question: RenderedQuestion, context: ExportContext): Interaction {
  switch (question.type) {
    case 'single':
    case 'output':
    case 'multiple': {
      const multiple = question.type === 'multiple';
      return {
        cardinality: multiple ? 'multiple' : 'single',
        baseType: 'identifier',
        correct: (multiple ? question.answer : [question.answer]).map(choiceIdentifier),
        body: [
          `    <choiceInteraction responseIdentifier="RESPONSE" shuffle="true" maxChoices="${multiple ? 0 : 1}">`,
          ...question.choices.map((choice) => simpleChoice(choice, context)),
          '    </choiceInteraction>',
        ].join('\n'),
        template: 'match_correct',
        choiceFeedback: true,
      };
    }
    case 'truefalse': {
      const choices: RenderedChoice[] = [
        { id: 'true', html: EXPORT_STRINGS.true, explanationHtml: question.explanationHtml.true },
        { id: 'false', html: EXPORT_STRINGS.false, explanationHtml: question.explanationHtml.false },
      ];
      return {
        cardinality: 'single',
        baseType: 'identifier',
        correct: [choiceIdentifier(String(question.answer))],
        body: ['    <choiceInteraction responseIdentifier="RESPONSE" shuffle="false" maxChoices="1">', ...choices.map((c) => simpleChoice(c, context)), '    </choiceInteraction>'].join('\n'),
        template: 'match_correct',
        choiceFeedback: true,
      };
    }
    case 'order':
      return {
        cardinality: 'ordered',
        baseType: 'identifier',
        correct: question.answer.map(choiceIdentifier),
        body: ['    <orderInteraction responseIdentifier="RESPONSE" shuffle="true">', ...question.steps.map((step) => simpleChoice(step, context, false)), '    </orderInteraction>'].join('\n'),
        template: 'match_correct',
        choiceFeedback: false,
      };
    case 'fill': {
      const longest = Math.max(...question.accept.map((answer) => answer.length));
      return {
        cardinality: 'single',
        baseType: 'string',
        correct: [question.accept[0]!],
        mapping: [
          '    <mapping defaultValue="0" lowerBound="0" upperBound="1">',
          ...question.accept.map((answer) => `      <mapEntry mapKey="${xmlEscape(answer)}" mappedValue="1" caseSensitive="false"/>`),
          '    </mapping>',
        ].join('\n'),
        body: `    <p><textEntryInteraction responseIdentifier="RESPONSE" expectedLength="${Math.max(longest, 10)}"/></p>`,
        template: 'map_response',
        choiceFeedback: false,
      };
    }
  }
}

const setOutcome = (identifier: string, value: string) => `<setOutcomeValue identifier="${identifier}">${value}</setOutcomeValue>`;
const float = (value: number) => `<baseValue baseType="float">${value}</baseValue>`;

function responseProcessing(interaction: Interaction): string {
  const score =
    interaction.template === 'map_response'
      ? `<responseCondition><responseIf><isNull><variable identifier="RESPONSE"/></isNull>${setOutcome('SCORE', float(0))}</responseIf><responseElse>${setOutcome('SCORE', '<mapResponse identifier="RESPONSE"/>')}</responseElse></responseCondition>`
      : `<responseCondition><responseIf><match><variable identifier="RESPONSE"/><correct identifier="RESPONSE"/></match>${setOutcome('SCORE', float(1))}</responseIf><responseElse>${setOutcome('SCORE', float(0))}</responseElse></responseCondition>`;
  return [
    `  <responseProcessing template="${TEMPLATES}/${interaction.template}">`,
    `    ${score}`,
    ...(interaction.choiceFeedback ? [`    ${setOutcome('FEEDBACK', '<variable identifier="RESPONSE"/>')}`] : []),
    `    ${setOutcome('SOLUTION', '<baseValue baseType="identifier">shown</baseValue>')}`,
    '  </responseProcessing>',
  ].join('\n');
}

/** One question as a QTI 2.1 assessmentItem. */
export function qtiItem(question: RenderedQuestion, context: ExportContext): string {
  const interaction = interactionOf(question, context);
  const values = interaction.correct.map((value) => `<value>${xmlEscape(value)}</value>`).join('');
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<assessmentItem xmlns="${QTI_NS}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="${QTI_NS} ${QTI_XSD}"`,
    `  identifier="${itemIdentifier(question.id)}" title="${xmlEscape(htmlToLine(question.promptHtml, 100) || question.id)}" adaptive="false" timeDependent="false">`,
    `  <responseDeclaration identifier="RESPONSE" cardinality="${interaction.cardinality}" baseType="${interaction.baseType}">`,
    `    <correctResponse>${values}</correctResponse>`,
    ...(interaction.mapping ? [interaction.mapping] : []),
    '  </responseDeclaration>',
    '  <outcomeDeclaration identifier="SCORE" cardinality="single" baseType="float"><defaultValue><value>0</value></defaultValue></outcomeDeclaration>',
    ...(interaction.choiceFeedback ? [`  <outcomeDeclaration identifier="FEEDBACK" cardinality="${interaction.cardinality === 'multiple' ? 'multiple' : 'single'}" baseType="identifier"/>`] : []),
    '  <outcomeDeclaration identifier="SOLUTION" cardinality="single" baseType="identifier"/>',
    '  <itemBody>',
    `    <div>${xhtml(promptHtml(question), context)}</div>`,
    interaction.body,
    '  </itemBody>',
    responseProcessing(interaction),
    `  <modalFeedback outcomeIdentifier="SOLUTION" identifier="shown" showHide="show">${xhtml(solutionHtml(question, context), context)}</modalFeedback>`,
    '</assessmentItem>',
    '',
  ].join('\n');
}

/** The assessmentTest: every item of the bank, in order, in one section; the score is their sum. */
export function qtiTest({ bank }: ExportInput): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<assessmentTest xmlns="${QTI_NS}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="${QTI_NS} ${QTI_XSD}"`,
    `  identifier="${xmlId('test', bank.name)}" title="${xmlEscape(bank.title)}">`,
    '  <outcomeDeclaration identifier="SCORE" cardinality="single" baseType="float"><defaultValue><value>0</value></defaultValue></outcomeDeclaration>',
    '  <testPart identifier="part-1" navigationMode="nonlinear" submissionMode="individual">',
    `    <assessmentSection identifier="section-1" title="${xmlEscape(bank.title)}" visible="true">`,
    ...bank.questions.map((q) => `      <assessmentItemRef identifier="${itemIdentifier(q.id)}" href="${xmlEscape(itemHref(q.id))}"/>`),
    '    </assessmentSection>',
    '  </testPart>',
    '  <outcomeProcessing><setOutcomeValue identifier="SCORE"><sum><testVariables variableIdentifier="SCORE"/></sum></setOutcomeValue></outcomeProcessing>',
    '</assessmentTest>',
    '',
  ].join('\n');
}

export const TEST_HREF = 'assessment.xml';

/** The package manifest (IMS Content Packaging 1.1): the test and every item, each a resource with its file. */
export function qtiManifest({ bank }: ExportInput): string {
  const resource = (identifier: string, type: string, href: string, dependencies: string[] = []) =>
    [
      `    <resource identifier="${identifier}" type="${type}" href="${xmlEscape(href)}">`,
      `      <file href="${xmlEscape(href)}"/>`,
      ...dependencies.map((ref) => `      <dependency identifierref="${ref}"/>`),
      '    </resource>',
    ].join('\n');
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<manifest xmlns="http://www.imsglobal.org/xsd/imscp_v1p1" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"`,
    '  xsi:schemaLocation="http://www.imsglobal.org/xsd/imscp_v1p1 http://www.imsglobal.org/xsd/qti/qtiv2p1/qtiv2p1_imscpv1p2_v1p0.xsd"',
    `  identifier="${xmlId('manifest', bank.name)}">`,
    '  <metadata><schema>QTIv2.1 Package</schema><schemaversion>1.0.0</schemaversion></metadata>',
    '  <organizations/>',
    '  <resources>',
    resource(xmlId('resource-test', bank.name), 'imsqti_test_xmlv2p1', TEST_HREF, bank.questions.map((q) => xmlId('resource', q.id))),
    ...bank.questions.map((q) => resource(xmlId('resource', q.id), 'imsqti_item_xmlv2p1', itemHref(q.id))),
    '  </resources>',
    '</manifest>',
    '',
  ].join('\n');
}

/** The whole package as zip bytes. */
export function toQtiPackage(input: ExportInput): Uint8Array {
  const files: Record<string, Uint8Array> = {
    'imsmanifest.xml': strToU8(qtiManifest(input)),
    [TEST_HREF]: strToU8(qtiTest(input)),
  };
  for (const question of input.bank.questions) files[itemHref(question.id)] = strToU8(qtiItem(question, input.context));
  return zipSync(files, { level: 9, mtime: ZIP_DATE });
}
