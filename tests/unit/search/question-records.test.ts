import { describe, expect, it } from 'vitest';
import { canonicalQuestionRecords, placedQuestionRecords } from '../../../src/search/question-records';

/** The records of one page, without where they rank. */
const questionRecords = (html: string, pageUrl: string) => placedQuestionRecords(html, pageUrl).map((placed) => placed.record);

/** A question as the quiz components mark it in the server HTML. */
const question = (anchor: string, id: string, type: string, parts: string, difficulty = 'easy') =>
  `<div class="sf-quiz-question" id="${anchor}" data-question-id="${id}" data-difficulty="${difficulty}" data-question-type="${type}" role="group">${parts}</div>`;
const quiz = (mode: string, inner: string, section = 'Ops &amp; Data') =>
  `<section class="sf-quiz" data-pagefind-ignore data-quiz-mode="${mode}" data-search-section="${section}"><astro-island props="{&quot;x&quot;:[0,&quot;&lt;p&gt;data-question-id=&lt;/p&gt;&quot;]}">${inner}</astro-island></section>`;
const study = '<div class="sf-nojs-only"><details><summary>Hint</summary><div class="sf-q-hint" data-search="hint">Think <em>small</em>.</div></details>' +
  '<ol><li data-search="solution">First.</li><li data-search="solution"><ul><li>nested</li></ul>Second.</li></ol>' +
  '<p><strong>Quick check:</strong> <span data-search="quick-check">Ask.</span></p><ul><li data-search="mistake">Rushing.</li></ul></div>';
const prompt = (text: string) => `<p class="sf-q-meta"><span>Question 1 of 2</span></p><div class="sf-q-prompt" data-search="prompt"><p>${text}</p></div>`;
const choices = (...texts: string[]) => `<fieldset>${texts.map((t) => `<div class="sf-q-choice"><input type="radio"><label><span data-search="choice">${t}</span></label></div>`).join('')}</fieldset>`;

describe('questionRecords (from a built page)', () => {
  it('reads nothing from a page without questions, even one that mentions the marker in text', () => {
    expect(questionRecords('<main><p>No quiz here.</p></main>', '/a/')).toEqual([]);
    expect(questionRecords('<main><pre>&lt;div data-question-id="x"&gt;</pre></main>', '/a/')).toEqual([]);
  });

  it('makes a practice record of the prompt, choices and study parts, in that order', () => {
    const html = `<main>${quiz('practice', question('q-pick', 'pick', 'single', prompt('Which one? Pick.') + choices('Alpha', '<code>beta</code>') + '<div class="sf-q-hint sf-js-only"><strong>Hint:</strong> <span>Think small.</span></div>' + study))}</main>`;
    expect(questionRecords(html, '/basics/intro/')).toEqual([
      {
        url: '/basics/intro/#q-pick',
        content: 'Which one? Pick. Alpha beta Think small. First. nested Second. Ask. Rushing.',
        meta: { title: 'Question: Which one?', section: 'Ops & Data', difficulty: 'Beginner', type: 'Question' },
        filters: { type: ['Question'], section: ['Ops & Data'], difficulty: ['Beginner'] },
      },
    ]);
  });

  it('gives a challenge record the prompt and choices only, steps sorted, and no true/false words', () => {
    const steps = choices('Zeta step', 'Alpha step');
    const html = quiz(
      'challenge',
      `<ol>${question('quiz-x-q-order', 'order', 'order', prompt('Put in order.') + steps + study, 'hard').replace(/^<div|<\/div>$/g, (m) => (m === '<div' ? '<li' : '</li>'))}` +
        `${question('quiz-x-q-tf', 'tf', 'truefalse', prompt('True?') + choices('True', 'False') + study, 'medium')}</ol>`,
    );
    const records = questionRecords(html, '/a/');
    expect(records.map((r) => [r.url, r.content, r.meta.difficulty])).toEqual([
      ['/a/#quiz-x-q-order', 'Put in order. Alpha step Zeta step', 'Advanced'],
      ['/a/#quiz-x-q-tf', 'True?', 'Intermediate'],
    ]);
  });

  it('keeps only the practice record of a question that is also in a challenge on the page', () => {
    const html = quiz('challenge', question('quiz-x-q-same', 'same', 'fill', prompt('Same?'))) + quiz('practice', question('q-same', 'same', 'fill', prompt('Same?') + study));
    expect(questionRecords(html, '/a/').map((r) => r.url)).toEqual(['/a/#q-same']);
  });
});

describe('one record per question across the site (canonicalQuestionRecords)', () => {
  /** A bank page's quiz: marked with its place, like the page's `BankQuiz`. */
  const bankQuiz = (place: 'bank' | 'copy', inner: string) => quiz('practice', inner).replace('data-quiz-mode=', `data-search-place="${place}" data-quiz-mode=`);
  const pages = {
    '/quizzes/ops/': bankQuiz('bank', question('q-a', 'a', 'fill', prompt('A?') + study) + question('q-b', 'b', 'fill', prompt('B?') + study) + question('q-c', 'c', 'fill', prompt('C?') + study)),
    '/quizzes/ops/easy/': bankQuiz('copy', question('q-a', 'a', 'fill', prompt('A?') + study)),
    '/ml/challenge/': quiz('challenge', question('quiz-x-q-b', 'b', 'fill', prompt('B?'))),
    '/ml/practice/': quiz('practice', question('q-a', 'a', 'fill', prompt('A?') + study)),
  };
  const placed = Object.entries(pages).flatMap(([url, html]) => placedQuestionRecords(html, url));

  it('takes no record from a filtered copy of a bank page', () => {
    expect(placedQuestionRecords(pages['/quizzes/ops/easy/'], '/quizzes/ops/easy/')).toEqual([]);
  });

  it('points each question at the article that practises it, else its challenge, else its bank page', () => {
    expect(canonicalQuestionRecords(placed).map((r) => r.url).sort()).toEqual(['/ml/challenge/#quiz-x-q-b', '/ml/practice/#q-a', '/quizzes/ops/#q-c']);
  });

  it('keeps the first of equal places, so the page order decides', () => {
    const twice = [...placedQuestionRecords(pages['/ml/practice/'], '/ml/one/'), ...placedQuestionRecords(pages['/ml/practice/'], '/ml/two/')];
    expect(canonicalQuestionRecords(twice).map((r) => r.url)).toEqual(['/ml/one/#q-a']);
  });
});
