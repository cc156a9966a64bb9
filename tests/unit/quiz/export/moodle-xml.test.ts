import { describe, expect, it } from 'vitest';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { toMoodleXml } from '../../../../src/quiz/export/moodle-xml';
import { portable, promptHtml, solutionHtml } from '../../../../src/quiz/export/content';
import { cdata, xmlComment, xmlEscape } from '../../../../src/quiz/export/xml';
import { BANK, CONTEXT, QUESTIONS, byId } from './fixtures';

interface Text {
  text: string | number | boolean;
}
interface Answer extends Text {
  '@_fraction': string;
  feedback?: Text;
}
interface MoodleQuestion {
  '@_type': string;
  name: Text;
  questiontext: Text;
  generalfeedback: Text;
  hint?: Text;
  answer?: Answer[];
  single?: boolean;
  usecase?: number;
  category?: Text;
  gradingtype?: string;
  idnumber?: string;
}

const xml = toMoodleXml({ bank: BANK, context: CONTEXT });
const parser = new XMLParser({ ignoreAttributes: false, parseTagValue: true, isArray: (name) => name === 'question' || name === 'answer' });
const questions = (parser.parse(xml).quiz.question as MoodleQuestion[]).slice(1);
const byName = (id: string) => questions.find((q) => q.name.text === id)!;
const html = (fragment: string) => portable(fragment, CONTEXT);

describe('xml helpers', () => {
  it('escapes the five XML special characters and drops characters XML forbids', () => {
    expect(xmlEscape(`<a href="x">'&'</a>\u0001`)).toBe('&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;');
  });

  it('splits "]]>" across two CDATA sections', () => {
    const parsed = new XMLParser().parse(`<t>${cdata('a ]]> b')}</t>`);
    expect(parsed.t).toBe('a ]]> b');
  });

  it('keeps "--" out of comments', () => {
    expect(xmlComment('a -- b -')).toBe('<!-- a - - b -  -->');
  });
});

describe('toMoodleXml', () => {
  it('is well-formed XML', () => {
    expect(XMLValidator.validate(xml)).toBe(true);
  });

  it('puts the bank in its category, then carries every question, all six types', () => {
    const category = (parser.parse(xml).quiz.question as MoodleQuestion[])[0]!;
    expect(category['@_type']).toBe('category');
    expect(category.category?.text).toBe('$course$/top/Notes/Tricky: a//b bank');
    expect(questions.map((q) => [q.name.text, q['@_type']])).toEqual([
      ['q-single', 'multichoice'],
      ['q-multiple', 'multichoice'],
      ['q-truefalse', 'truefalse'],
      ['q-false', 'truefalse'],
      ['q-order', 'ordering'],
      ['q-output', 'multichoice'],
      ['q-fill', 'shortanswer'],
    ]);
  });

  it('carries the prompt, the solution as general feedback and the hint, as HTML in CDATA', () => {
    for (const source of QUESTIONS) {
      const back = byName(source.id);
      expect(back.questiontext.text, source.id).toBe(html(promptHtml(source)));
      expect(back.generalfeedback.text, source.id).toBe(html(solutionHtml(source, CONTEXT)));
      expect(back.hint?.text, source.id).toBe(html(source.hintHtml));
      expect(back.idnumber, source.id).toBe(source.id);
    }
    expect(xml).toContain('<questiontext format="html"><text><![CDATA[<p>What does <code>a = {b: c}</code>');
  });

  it('gives the right choice of a single-choice or output question 100 % and its explanations as feedback', () => {
    for (const id of ['q-single', 'q-output']) {
      const source = byId(id);
      if (source.type !== 'single' && source.type !== 'output') throw new Error('fixture');
      const back = byName(id);
      expect(back.single).toBe(true);
      expect(back.answer!.map((a) => [a.text, a['@_fraction'], a.feedback?.text])).toEqual(
        source.choices.map((c) => [html(c.html), c.id === source.answer ? '100' : '0', c.explanationHtml && html(c.explanationHtml)]),
      );
    }
    // "]]>" inside a choice survives the CDATA section.
    expect(byName('q-single').answer![2]!.text).toBe('<code>&lt;tag> &amp; ]]></code>');
  });

  it('shares 100 % among the correct choices of a multiple-answer question and takes 100 % for a wrong one', () => {
    const back = byName('q-multiple');
    expect(back.single).toBe(false);
    expect(back.answer!.map((a) => a['@_fraction'])).toEqual(['33.33333', '33.33333', '33.33334', '-100']);
  });

  it('writes true/false answers as "true" and "false" with their explanations', () => {
    const yes = byName('q-truefalse');
    expect(yes.answer!.map((a) => [a.text, a['@_fraction'], a.feedback?.text])).toEqual([
      [true, '100', 'Yes: \\{ and \\}.'],
      [false, '0', 'They do: an unescaped } ends the answers.'],
    ]);
    expect(byName('q-false').answer!.map((a) => [a.text, a['@_fraction']])).toEqual([
      [true, '0'],
      [false, '100'],
    ]);
  });

  it('writes fill-in as a case-insensitive short answer listing every accepted answer', () => {
    const back = byName('q-fill');
    expect(back.usecase).toBe(0);
    expect(back.answer!.map((a) => [a.text, a['@_fraction']])).toEqual([
      ['psi', '100'],
      ['a = b', '100'],
      ['wild\\*card', '100'],
    ]);
    expect(xml).toContain('<!-- The answer pattern /^p\\s*s\\s*i$/ is not exported');
  });

  it('writes ordering as Moodle\'s ordering question with the steps in the correct order, all or nothing', () => {
    const back = byName('q-order');
    expect(back.gradingtype).toBe('ALL_OR_NOTHING');
    expect(back.answer!.map((a) => [a.text, a['@_fraction']])).toEqual([
      ['Validate {data}', '1'],
      ['Train &amp; test', '2'],
      ['Deploy', '3'],
    ]);
  });
});
