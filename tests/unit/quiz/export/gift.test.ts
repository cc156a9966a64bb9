import { describe, expect, it } from 'vitest';
import { parse, type GIFTQuestion, type MultipleChoice, type ShortAnswer, type TrueFalse } from 'gift-pegjs';
import { giftEscape, toGift } from '../../../../src/quiz/export/gift';
import { portable, promptHtml, solutionHtml } from '../../../../src/quiz/export/content';
import { BANK, CONTEXT, QUESTIONS, byId } from './fixtures';

const gift = toGift({ bank: BANK, context: CONTEXT });
const parsed = parse(gift);
const html = (fragment: string) => portable(fragment, CONTEXT);
const question = <T extends GIFTQuestion>(id: string) => parsed.find((q) => 'title' in q && q.title === id) as T;

describe('giftEscape', () => {
  it('escapes each GIFT control character and the backslash', () => {
    expect(giftEscape('~ = # { } : \\')).toBe('\\~ \\= \\# \\{ \\} \\: \\\\');
  });

  it('writes line breaks as \\n so a text stays on one line', () => {
    expect(giftEscape('one\n\ntwo\r\nthree')).toBe('one\\n\\ntwo\\nthree');
  });

  it('leaves other text alone', () => {
    expect(giftEscape('plain <b>text</b> & "quotes" % $')).toBe('plain <b>text</b> & "quotes" % $');
  });
});

describe('toGift', () => {
  it('starts with the bank category under the site', () => {
    expect(parsed[0]).toMatchObject({ type: 'Category', title: '$course$/top/Notes/Tricky: a//b bank' });
  });

  it('gives back every question it can carry, titled with its id, as [html]', () => {
    const titles = parsed.flatMap((q) => (q.type === 'Category' ? [] : [q.title]));
    expect(titles).toEqual(QUESTIONS.filter((q) => q.type !== 'order').map((q) => q.id));
    for (const q of parsed) if (q.type !== 'Category') expect(q.stem.format).toBe('html');
  });

  it('round-trips every prompt (special characters, code blocks, multi-line text) and the solution as general feedback', () => {
    for (const source of QUESTIONS.filter((q) => q.type !== 'order')) {
      const back = question<MultipleChoice>(source.id);
      expect(back.stem.text, source.id).toBe(html(promptHtml(source)));
      expect(back.globalFeedback?.text, source.id).toBe(html(solutionHtml(source, CONTEXT)));
    }
    // The code block keeps its blank line and its `//` line, the prompt its line break.
    expect(question<MultipleChoice>('q-output').stem.text).toContain('{x: 1};\n\n// a comment ~ # = : \\ end\n');
    expect(question<ShortAnswer>('q-fill').stem.text).toContain('Multi-line\nprompt: type the {name}.');
  });

  it('marks the right single choice with = and carries each choice\'s explanation as feedback', () => {
    const back = question<MultipleChoice>('q-single');
    const source = byId('q-single');
    if (source.type !== 'single') throw new Error('fixture');
    expect(back.choices.map((c) => [c.text.text, c.isCorrect, c.feedback?.text ?? null])).toEqual(
      source.choices.map((c) => [html(c.html), c.id === source.answer, c.explanationHtml ? html(c.explanationHtml) : null]),
    );
  });

  it('weights multiple-answer choices: the correct ones share 100 %, a wrong one costs 100 %', () => {
    const back = question<MultipleChoice>('q-multiple');
    expect(back.choices.map((c) => c.weight)).toEqual([33.33333, 33.33333, 33.33334, -100]);
    const total = back.choices.filter((c) => c.weight! > 0).reduce((sum, c) => sum + c.weight!, 0);
    expect(total).toBeCloseTo(100, 10);
    expect(back.choices[3]!.feedback?.text).toBe('Not this one.');
  });

  it('writes true/false with the wrong answer\'s feedback first, as Moodle reads it', () => {
    const yes = question<TrueFalse>('q-truefalse');
    expect(yes.isTrue).toBe(true);
    // gift-pegjs names the two slots after T: the first is feedback for the wrong answer (false here).
    expect(yes.trueFeedback?.text).toBe('They do: an unescaped } ends the answers.');
    expect(yes.falseFeedback?.text).toBe('Yes: \\{ and \\}.');
    const no = question<TrueFalse>('q-false');
    expect(no.isTrue).toBe(false);
    expect(no.trueFeedback?.text).toBe('It does: &lt; and &amp;.');
    expect(no.falseFeedback).toBeNull();
  });

  it('exports an output question as single choice with its code in the prompt', () => {
    const back = question<MultipleChoice>('q-output');
    expect(back.type).toBe('MC');
    expect(back.choices.filter((c) => c.isCorrect).map((c) => c.text.text)).toEqual(['<pre><code>line one\n\nline three</code></pre>']);
  });

  it('exports fill-in as a short answer with every accepted answer (a literal * escaped for Moodle)', () => {
    const back = question<ShortAnswer>('q-fill');
    expect(back.type).toBe('Short');
    expect(back.choices.map((c) => [c.text.text, c.isCorrect])).toEqual([
      ['psi', true],
      ['a = b', true],
      ['wild\\*card', true],
    ]);
    expect(gift).toContain('// The answer pattern /^p\\s*s\\s*i$/ is not exported');
  });

  it('names an ordering question it cannot carry in a comment', () => {
    expect(gift).toContain('// Not exported: q-order: GIFT has no ordering question type.');
    expect(parsed.some((q) => 'title' in q && q.title === 'q-order')).toBe(false);
  });

  it('keeps every question in one block: no blank line and no line starting with // inside a question', () => {
    const blocks = gift.trim().split(/\n\s*\n/);
    // The comment naming the source, the category, then one block per question.
    expect(blocks).toHaveLength(2 + QUESTIONS.length);
    for (const block of blocks.filter((b) => b.startsWith('::') || b.includes('\n::'))) {
      const lines = block.split('\n').filter((line) => !line.startsWith('// The answer pattern'));
      expect(lines.filter((line) => line.trim().startsWith('//')), block).toEqual([]);
    }
  });
});

describe('toGift with an arrow in the text', () => {
  it('writes "->" in HTML as "-&gt;", so the question is not read as a matching question', () => {
    const output = { ...byId('q-output'), choices: [{ id: 'a', html: '<pre><code>main -&gt; main</code></pre>' }, { id: 'b', html: 'a -&gt; b' }] } as (typeof QUESTIONS)[number];
    const [, back] = parse(toGift({ bank: { ...BANK, questions: [output] }, context: CONTEXT })) as [GIFTQuestion, MultipleChoice];
    expect(back.type).toBe('MC');
    expect(back.choices.map((c) => c.text.text)).toEqual(['<pre><code>main -&gt; main</code></pre>', 'a -&gt; b']);
  });
});

describe('toGift with an arrow in a fill-in answer', () => {
  it('leaves that answer out with a comment (Moodle would read a matching question), and the question out if no answer is left', () => {
    const fill = { ...byId('q-fill'), pattern: undefined, accept: ['a -> b', 'ab'] } as (typeof QUESTIONS)[number];
    const gift = toGift({ bank: { ...BANK, questions: [fill, { ...fill, id: 'q-only-arrow', accept: ['x -> y'] } as (typeof QUESTIONS)[number]] }, context: CONTEXT });
    const [, back] = parse(gift) as [GIFTQuestion, ShortAnswer];
    expect(back.choices.map((c) => c.text.text)).toEqual(['ab']);
    expect(gift).toContain('// GIFT reads "->" as a matching pair, so the accepted answer "a -> b" is left out; use the Moodle XML file.');
    expect(gift).toContain('// Not exported: q-only-arrow: GIFT reads "->" as a matching pair');
  });
});
