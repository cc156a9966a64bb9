/** A bank with one question of each type and the text that breaks naive exporters: GIFT's control characters, XML's, code with blank lines and `//` lines. */
import type { RenderedBank, RenderedQuestion } from '../../../../src/quiz/core/types';
import type { ExportContext } from '../../../../src/quiz/export/content';

const base = (id: string) => ({
  id,
  bank: 'tricky',
  category: 'conceptual' as const,
  difficulty: 'medium' as const,
  hintHtml: 'Look at the <code>{braces}</code>.',
  solutionHtml: ['First: read a = b #1.', 'Then ~ relax & smile <em>&lt;ok&gt;</em>.'],
  quickCheckHtml: 'Remember {this}.',
  commonMistakesHtml: ['Escaping nothing.'],
  related: '/basics/first-steps/#escaping',
});

/** A Shiki block as the pipeline renders it: classes on every token, a blank line and a `//` comment line. */
export const CODE_HTML =
  '<pre class="astro-code sf-shiki-light-0e1116" tabindex="0" data-language="js"><code>' +
  '<span class="line"><span class="sf-shiki-light-a">const</span><span> a = {x: 1};</span></span>\n' +
  '<span class="line"></span>\n' +
  '<span class="line"><span>// a comment ~ # = : \\ end</span></span>\n' +
  '<span class="line"><span>if (a &lt; b &amp;&amp; c) {}</span></span></code></pre>';

export const QUESTIONS: RenderedQuestion[] = [
  {
    ...base('q-single'),
    type: 'single',
    promptHtml: '<p>What does <code>a = {b: c}</code> #print ~here?</p>\n<p>Second line: see <a href="/basics/first-steps/#x">docs</a>.</p>',
    choices: [
      { id: 'a', html: 'The value {x} = 1', explanationHtml: 'Right: it is #1.' },
      { id: 'b', html: 'A backslash \\ and a colon :', explanationHtml: 'No ~ never.' },
      { id: 'c', html: '<code>&lt;tag&gt; &amp; ]]&gt;</code>' },
    ],
    answer: 'a',
  },
  {
    ...base('q-multiple'),
    type: 'multiple',
    promptHtml: '<p>Which are true?</p>',
    choices: [
      { id: 'a', html: 'One', explanationHtml: 'Yes.' },
      { id: 'b', html: 'Two' },
      { id: 'c', html: 'Three' },
      { id: 'd', html: 'Four', explanationHtml: 'Not this one.' },
    ],
    answer: ['a', 'b', 'c'],
  },
  {
    ...base('q-truefalse'),
    type: 'truefalse',
    promptHtml: '<p>Braces {} need escaping in GIFT.</p>',
    answer: true,
    explanationHtml: { true: 'Yes: \\{ and \\}.', false: 'They do: an unescaped } ends the answers.' },
  },
  {
    ...base('q-false'),
    type: 'truefalse',
    promptHtml: '<p>XML needs no escaping.</p>',
    answer: false,
    explanationHtml: { true: 'It does: &lt; and &amp;.' },
  },
  {
    ...base('q-order'),
    type: 'order',
    promptHtml: '<p>Put these in order:</p>',
    steps: [
      { id: 'deploy', html: 'Deploy' },
      { id: 'validate', html: 'Validate {data}' },
      { id: 'train', html: 'Train & test' },
    ],
    answer: ['validate', 'train', 'deploy'],
  },
  {
    ...base('q-output'),
    type: 'output',
    promptHtml: '<p>What does this print?</p>',
    codeHtml: CODE_HTML,
    language: 'js',
    choices: [
      { id: 'a', html: '<pre><code>line one\n\nline three</code></pre>' },
      { id: 'b', html: '<code>nothing</code>' },
    ],
    answer: 'a',
  },
  {
    ...base('q-fill'),
    type: 'fill',
    promptHtml: '<p>Multi-line\nprompt: type the {name}.</p>\n<ul>\n<li>one</li>\n<li>two</li>\n</ul>',
    accept: ['psi', 'a = b', 'wild*card'],
    pattern: '^p\\s*s\\s*i$',
  },
];

export const BANK: RenderedBank = { name: 'tricky', title: 'Tricky: a/b bank', questions: QUESTIONS };

export const CONTEXT: ExportContext = { siteTitle: 'Notes', siteUrl: 'https://example.org/' };

export const byId = (id: string) => QUESTIONS.find((q) => q.id === id)!;
