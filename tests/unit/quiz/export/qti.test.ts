import { describe, expect, it } from 'vitest';
import { strFromU8, unzipSync } from 'fflate';
import { XMLParser } from 'fast-xml-parser';
import { choiceIdentifier, itemIdentifier, qtiItem, toQtiPackage } from '../../../../src/quiz/export/qti';
import { portable, solutionHtml } from '../../../../src/quiz/export/content';
import type { RenderedQuestion } from '../../../../src/quiz/core/types';
import { BANK, CONTEXT, QUESTIONS, byId } from './fixtures';
import { readQtiPackage } from './qti-check';

const zip = toQtiPackage({ bank: BANK, context: CONTEXT });
const pkg = readQtiPackage(zip);
const item = (id: string) => pkg.items.find((i) => i.identifier === itemIdentifier(id))!;

/** The correct response a question should declare, as QTI values. */
function expectedCorrect(q: RenderedQuestion): string[] {
  switch (q.type) {
    case 'single':
    case 'output':
      return [choiceIdentifier(q.answer)];
    case 'multiple':
    case 'order':
      return q.answer.map(choiceIdentifier);
    case 'truefalse':
      return [choiceIdentifier(String(q.answer))];
    case 'fill':
      return [q.accept[0]!];
  }
}

describe('toQtiPackage', () => {
  it('is a zip of well-formed XML: the manifest, the test and one item per question', () => {
    expect(pkg.invalid).toEqual([]);
    expect(pkg.files.sort()).toEqual(['assessment.xml', 'imsmanifest.xml', ...QUESTIONS.map((q) => `items/${q.id}.xml`)].sort());
  });

  it('lists every item in the manifest and, in the bank\'s order, in the test', () => {
    const hrefs = QUESTIONS.map((q) => `items/${q.id}.xml`);
    expect(pkg.itemHrefs).toEqual(hrefs);
    expect(pkg.testRefs).toEqual(hrefs);
  });

  it('declares the right answer of every question as its correct response', () => {
    for (const q of QUESTIONS) expect(item(q.id).correct, q.id).toEqual(expectedCorrect(q));
  });

  it('uses the interaction that fits each type', () => {
    expect(QUESTIONS.map((q) => [q.id, item(q.id).interaction, item(q.id).cardinality])).toEqual([
      ['q-single', 'choiceInteraction', 'single'],
      ['q-multiple', 'choiceInteraction', 'multiple'],
      ['q-truefalse', 'choiceInteraction', 'single'],
      ['q-false', 'choiceInteraction', 'single'],
      ['q-order', 'orderInteraction', 'ordered'],
      ['q-output', 'choiceInteraction', 'single'],
      ['q-fill', 'textEntryInteraction', 'single'],
    ]);
    expect(item('q-single').maxChoices).toBe('1');
    expect(item('q-multiple').maxChoices).toBe('0');
    expect(item('q-truefalse').choices).toEqual(['choice-true', 'choice-false']);
    // The steps in the order the reader first sees them (the correct order is only in the response).
    expect(item('q-order').choices).toEqual(['choice-deploy', 'choice-validate', 'choice-train']);
  });

  it('accepts every fill-in answer, ignoring case', () => {
    expect(item('q-fill').mapping).toEqual(['psi', 'a = b', 'wild*card'].map((key) => ({ key, caseSensitive: 'false' })));
  });

  it('titles each item with its prompt as one line of text', () => {
    expect(item('q-single').title).toBe('What does a = {b: c} #print ~here? Second line: see docs.');
  });

  it('gives the same bytes for the same bank (fixed dates in the zip)', () => {
    expect(toQtiPackage({ bank: BANK, context: CONTEXT })).toEqual(zip);
  });
});

describe('qtiItem', () => {
  const parser = new XMLParser({ ignoreAttributes: false, preserveOrder: false });

  it('writes the prompt and code as XHTML (void elements closed, no named entities beyond XML\'s)', () => {
    const xml = qtiItem(byId('q-output'), CONTEXT);
    expect(xml).toContain('<pre><code>const a = {x: 1};\n\n// a comment ~ # = : \\ end\nif (a &lt; b &amp;&amp; c) {}</code></pre>');
    expect(xml).not.toMatch(/&(?!lt;|gt;|amp;|quot;|apos;|#)/);
    const withBreak = qtiItem({ ...byId('q-single'), promptHtml: '<p>one<br>two</p>' }, CONTEXT);
    expect(withBreak).toContain('<p>one<br />two</p>');
  });

  it('shows the solution as modal feedback and each choice\'s explanation as inline feedback', () => {
    const body = parser.parse(qtiItem(byId('q-single'), CONTEXT)).assessmentItem;
    expect(body.modalFeedback['@_outcomeIdentifier']).toBe('SOLUTION');
    const xml = qtiItem(byId('q-single'), CONTEXT);
    expect(xml).toContain(`<modalFeedback outcomeIdentifier="SOLUTION" identifier="shown" showHide="show">${portable(solutionHtml(byId('q-single'), CONTEXT), CONTEXT, { xml: true })}</modalFeedback>`);
    expect(xml).toContain('<feedbackInline outcomeIdentifier="FEEDBACK" identifier="choice-a" showHide="show">Right: it is #1.</feedbackInline>');
  });

  it('makes identifiers valid XML names even for ids that start with a digit', () => {
    const xml = qtiItem({ ...byId('q-single'), id: '1st', choices: [{ id: '1', html: 'one' }, { id: '2', html: 'two' }], answer: '1' } as RenderedQuestion, CONTEXT);
    expect(xml).toContain('identifier="item-1st"');
    expect(xml).toContain('<simpleChoice identifier="choice-1">');
  });

  it('names the processing template and spells out its rules', () => {
    const files = unzipSync(zip);
    expect(strFromU8(files['items/q-fill.xml']!)).toContain('template="http://www.imsglobal.org/question/qti_v2p1/rptemplates/map_response"');
    expect(strFromU8(files['items/q-single.xml']!)).toContain('<match><variable identifier="RESPONSE"/><correct identifier="RESPONSE"/></match>');
  });
});
