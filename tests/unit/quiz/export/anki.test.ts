import { describe, expect, it } from 'vitest';
import { ANKI_COLUMNS, ankiField, interviewCards, interviewGuid, quizCards, quizGuid, toAnkiTsv } from '../../../../src/quiz/export/anki';
import type { InterviewTopicInput } from '../../../../src/quiz/export/anki';
import { BANK, CONTEXT, QUESTIONS } from './fixtures';
import { readAnkiTsv } from './anki-check';

const TOPICS: InterviewTopicInput[] = [
  {
    name: 'drift',
    title: 'Data :: drift',
    questions: [
      { id: 'iv-one', question: 'Why <care>\tabout "drift"?', shortHtml: '<p>Because.</p>', mediumHtml: '<p>A "longer" answer.</p>', longHtml: '<pre><code>a\tb\n\nc</code></pre>' },
      { id: 'iv-two', question: 'Second?', shortHtml: '<p>S</p>', mediumHtml: '<p>M</p>', longHtml: '<ul>\n<li>L</li>\n</ul>' },
    ],
  },
];

const quizFile = toAnkiTsv(quizCards({ bank: BANK, context: CONTEXT }));
const quiz = readAnkiTsv(quizFile);

describe('ankiField', () => {
  it('keeps a field on one line: tabs as character references, line breaks as <br>', () => {
    expect(ankiField('a\tb\nc\r\nd')).toBe('a&#9;b<br>c<br>d');
  });

  it('quotes a field that holds a double quote, doubling it', () => {
    expect(ankiField('say "hi"')).toBe('"say ""hi"""');
    expect(ankiField('plain')).toBe('plain');
  });

  it('reads back a deck named from a title that starts with a quote (a CSV reader would take it for a quoted field)', () => {
    const cards = quizCards({ bank: BANK, context: { ...CONTEXT, siteTitle: '"Quoted" notes' } });
    const { rows } = readAnkiTsv(toAnkiTsv(cards));
    expect(rows[0]![1]).toBe('"Quoted" notes::Tricky: a/b bank');
    expect(rows[0]).toHaveLength(5);
  });
});

describe('toAnkiTsv', () => {
  it('starts with the headers Anki reads: tab separator, HTML, Basic note type, GUID, deck and tags columns', () => {
    expect(quizFile.split('\n').slice(0, 7)).toEqual([
      '#separator:tab',
      '#html:true',
      '#notetype:Basic',
      '#columns:GUID\tDeck\tFront\tBack\tTags',
      '#guid column:1',
      '#deck column:2',
      '#tags column:5',
    ]);
  });

  it('has one row per quiz question, each with the five columns', () => {
    expect(quiz.rows).toHaveLength(QUESTIONS.length);
    for (const row of quiz.rows) expect(row).toHaveLength(ANKI_COLUMNS.length);
    expect(quizFile.trimEnd().split('\n')).toHaveLength(7 + QUESTIONS.length);
  });

  it('gives each card a GUID from its bank and question id, the same on every export', () => {
    expect(quiz.rows.map((row) => row[0])).toEqual(QUESTIONS.map((q) => quizGuid('tricky', q.id)));
    expect(toAnkiTsv(quizCards({ bank: BANK, context: CONTEXT }))).toBe(quizFile);
    expect(new Set(quiz.rows.map((row) => row[0])).size).toBe(QUESTIONS.length);
  });

  it('puts the cards in the bank\'s deck under the site\'s, tagged with bank, difficulty, category and type', () => {
    expect(quiz.rows[0]![1]).toBe('Notes::Tricky: a/b bank');
    expect(quiz.rows[0]![4]).toBe('bank::tricky difficulty::medium category::conceptual type::single');
  });

  it('shows the prompt and choices on the front, the answer and the solution on the back', () => {
    const [, , front, back] = quiz.rows[0]!;
    expect(front).toContain('<p>What does <code>a = {b: c}</code> #print ~here?</p>');
    expect(front).toContain('<ol type="a"><li>The value {x} = 1</li>');
    expect(back).toContain('<p><strong>Answer</strong></p><p>The value {x} = 1</p><p>Right: it is #1.</p>');
    expect(back).toContain('<strong>Solution</strong>');
    const order = quiz.rows[QUESTIONS.findIndex((q) => q.id === 'q-order')]!;
    expect(order[3]).toContain('<ol><li>Validate {data}</li><li>Train &amp; test</li><li>Deploy</li></ol>');
    const fill = quiz.rows[QUESTIONS.findIndex((q) => q.id === 'q-fill')]!;
    expect(fill[3]).toContain('<ul><li>psi</li><li>a = b</li><li>wild*card</li></ul>');
  });

  it('keeps code on one line with <br> and no raw tab or line break anywhere in a row', () => {
    const output = quiz.rows[QUESTIONS.findIndex((q) => q.id === 'q-output')]!;
    expect(output[2]).toContain('<pre><code>const a = {x: 1};<br><br>// a comment ~ # = : \\ end<br>if (a &lt; b &amp;&amp; c) {}</code></pre>');
    for (const line of quizFile.trimEnd().split('\n').slice(7)) expect(line.split('\t')).toHaveLength(5);
  });
});

describe('interviewCards', () => {
  const file = toAnkiTsv(interviewCards(TOPICS, CONTEXT));
  const { rows } = readAnkiTsv(file);

  it('has one row per interview question, with a stable GUID and a deck per topic', () => {
    expect(rows.map((row) => [row[0], row[1], row[4]])).toEqual([
      [interviewGuid('drift', 'iv-one'), 'Notes::Interview::Data : drift', 'interview::drift'],
      [interviewGuid('drift', 'iv-two'), 'Notes::Interview::Data : drift', 'interview::drift'],
    ]);
  });

  it('escapes the question as text and keeps quotes, tabs and code lines intact through the TSV', () => {
    const [, , front, back] = rows[0]!;
    expect(front).toBe('<p>Why &lt;care&gt; about "drift"?</p>');
    expect(back).toBe(
      '<p><strong>Short answer</strong></p> <p>Because.</p> <p><strong>Medium answer</strong></p> <p>A "longer" answer.</p> <p><strong>Long answer</strong></p> <pre><code>a&#9;b<br><br>c</code></pre>',
    );
  });
});
