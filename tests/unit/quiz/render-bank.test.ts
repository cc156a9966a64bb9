import { describe, expect, it } from 'vitest';
import type { BankSource, QuestionSource } from '../../../src/quiz/build/schema';
import { renderBank, unwrapParagraph } from '../../../src/quiz/build/render-bank';
import type { RenderMarkdown } from '../../../src/lib/render-markdown';

describe('unwrapParagraph', () => {
  it('unwraps a single paragraph', () => {
    expect(unwrapParagraph('<p>Use <code>dvc add</code></p>')).toBe('Use <code>dvc add</code>');
  });

  it('trims surrounding whitespace first', () => {
    expect(unwrapParagraph('\n  <p>text</p>\n')).toBe('text');
  });

  it('keeps line breaks inside the paragraph', () => {
    expect(unwrapParagraph('<p>line one\nline two</p>')).toBe('line one\nline two');
  });

  it('keeps several paragraphs wrapped', () => {
    expect(unwrapParagraph('<p>one</p>\n<p>two</p>')).toBe('<p>one</p>\n<p>two</p>');
  });

  it('leaves other block HTML alone (trimmed)', () => {
    expect(unwrapParagraph('  <pre><code>x</code></pre>\n')).toBe('<pre><code>x</code></pre>');
    expect(unwrapParagraph('<ul><li>a</li></ul>')).toBe('<ul><li>a</li></ul>');
  });

  it('does not unwrap a paragraph followed by other blocks', () => {
    expect(unwrapParagraph('<p>intro</p>\n<pre>code</pre>')).toBe('<p>intro</p>\n<pre>code</pre>');
  });

  it('does not unwrap a paragraph with attributes', () => {
    expect(unwrapParagraph('<p class="note">x</p>')).toBe('<p class="note">x</p>');
  });

  it('returns plain text and empty strings unchanged', () => {
    expect(unwrapParagraph('plain')).toBe('plain');
    expect(unwrapParagraph('')).toBe('');
    expect(unwrapParagraph('<p></p>')).toBe('');
  });
});

/** A fake Markdown renderer: fenced code becomes <pre>, anything else one <p>. Records every call. */
function fakeRender(options: { delay?: (markdown: string) => number } = {}) {
  const calls: string[] = [];
  const render: RenderMarkdown = async (markdown) => {
    calls.push(markdown);
    const ms = options.delay?.(markdown) ?? 0;
    if (ms) await new Promise((resolve) => setTimeout(resolve, ms));
    const fence = /^```(\w*)\n([\s\S]*)\n```$/.exec(markdown);
    if (fence) return `<pre data-language="${fence[1]}">${fence[2]}</pre>`;
    return `<p>${markdown}</p>\n`;
  };
  return { render, calls };
}

const base = (id: string) => ({
  id,
  category: 'conceptual' as const,
  difficulty: 'medium' as const,
  prompt: `Prompt of ${id}`,
  hint: `Hint of ${id}`,
  solution: [`First step of ${id}`, `Second step of ${id}`],
  quickCheck: `Remember ${id}`,
  commonMistakes: [`Mistake of ${id}`],
  related: `/operations/drift/#${id}`,
});

const single: QuestionSource = {
  ...base('q-single'),
  type: 'single',
  choices: [
    { id: 'a', text: 'Choice **A**', explanation: 'Why A' },
    { id: 'b', text: 'Choice B' },
  ],
  answer: 'b',
};
const multiple: QuestionSource = {
  ...base('q-multiple'),
  type: 'multiple',
  choices: [
    { id: 'a', text: 'One' },
    { id: 'b', text: 'Two' },
    { id: 'c', text: 'Three', explanation: 'Three is right' },
  ],
  answer: ['a', 'c'],
};
const output: QuestionSource = {
  ...base('q-output'),
  type: 'output',
  code: '$ dvc status\n\n\n',
  language: 'console',
  choices: [
    { id: 'a', text: 'Data and pipelines are up to date.' },
    { id: 'b', text: 'train.dvc:\n  changed outs:\n    modified: model.pkl\n' },
    { id: 'c', text: '```text\nalready\nfenced\n```' },
    { id: 'd', text: 'single line with trailing newline\n' },
  ],
  answer: 'a',
};
const truefalse: QuestionSource = { ...base('q-tf'), type: 'truefalse', answer: false, explanations: { true: 'Not so', false: 'Indeed' } };
const truefalseBare: QuestionSource = { ...base('q-tf-bare'), type: 'truefalse', answer: true };
const order: QuestionSource = {
  ...base('q-order'),
  type: 'order',
  steps: [
    { id: 'train', text: 'Train' },
    { id: 'collect', text: 'Collect' },
  ],
  answer: ['collect', 'train'],
};
const fill: QuestionSource = {
  ...base('q-fill'),
  type: 'fill',
  accept: ['psi', 'population stability index'],
  pattern: '^p\\.?s\\.?i\\.?$',
  placeholder: 'abbreviation',
};
const fillBare: QuestionSource = { ...base('q-fill-bare'), type: 'fill', accept: ['ks'] };

const bankSource: BankSource = {
  title: 'Data drift',
  article: 'data-and-concept-drift',
  questions: [single, multiple, output, truefalse, truefalseBare, order, fill, fillBare],
};

async function rendered() {
  const fake = fakeRender();
  const bank = await renderBank('drift', bankSource, fake.render);
  const byId = new Map(bank.questions.map((q) => [q.id, q]));
  const get = <T extends string>(id: string, type: T) => {
    const q = byId.get(id);
    if (!q || q.type !== type) throw new Error(`expected ${id} to be a ${type} question`);
    return q as Extract<typeof q, { type: T }>;
  };
  return { bank, calls: fake.calls, get };
}

describe('renderBank', () => {
  it('keeps the bank name, title, article and question order', async () => {
    const { bank } = await rendered();
    expect(bank.name).toBe('drift');
    expect(bank.title).toBe('Data drift');
    expect(bank.article).toBe('data-and-concept-drift');
    expect(bank.questions.map((q) => q.id)).toEqual(bankSource.questions.map((q) => q.id));
  });

  it('has no article when the bank names none', async () => {
    const bank = await renderBank('x', { title: 'X', questions: [fillBare] }, fakeRender().render);
    expect(bank.article).toBeUndefined();
  });

  it('renders the common fields: the prompt as blocks, short fields inline', async () => {
    const { get } = await rendered();
    const q = get('q-single', 'single');
    expect(q).toMatchObject({
      id: 'q-single',
      bank: 'drift',
      category: 'conceptual',
      difficulty: 'medium',
      promptHtml: '<p>Prompt of q-single</p>\n',
      hintHtml: 'Hint of q-single',
      solutionHtml: ['First step of q-single', 'Second step of q-single'],
      quickCheckHtml: 'Remember q-single',
      commonMistakesHtml: ['Mistake of q-single'],
      related: '/operations/drift/#q-single',
    });
  });

  it('stamps every question with the bank name it was rendered under', async () => {
    const { bank } = await rendered();
    expect(new Set(bank.questions.map((q) => q.bank))).toEqual(new Set(['drift']));
  });

  it('renders single-choice options inline, with explanations when given', async () => {
    const { get } = await rendered();
    const q = get('q-single', 'single');
    expect(q.choices).toEqual([
      { id: 'a', html: 'Choice **A**', explanationHtml: 'Why A' },
      { id: 'b', html: 'Choice B', explanationHtml: undefined },
    ]);
    expect(q.answer).toBe('b');
  });

  it('renders multiple-choice options and keeps the answer list', async () => {
    const { get } = await rendered();
    const q = get('q-multiple', 'multiple');
    expect(q.choices.map((c) => c.html)).toEqual(['One', 'Two', 'Three']);
    expect(q.choices[2]?.explanationHtml).toBe('Three is right');
    expect(q.answer).toEqual(['a', 'c']);
  });

  it('renders output code as a fenced block in its language, without trailing blank lines', async () => {
    const { get, calls } = await rendered();
    const q = get('q-output', 'output');
    expect(calls).toContain('```console\n$ dvc status\n```');
    expect(q.codeHtml).toBe('<pre data-language="console">$ dvc status</pre>');
    expect(q.answer).toBe('a');
  });

  it('shows multi-line outputs as preformatted text and single-line ones inline', async () => {
    const { get, calls } = await rendered();
    const [a, b, c, d] = get('q-output', 'output').choices;
    expect(a?.html).toBe('Data and pipelines are up to date.');
    expect(calls).toContain('```text\ntrain.dvc:\n  changed outs:\n    modified: model.pkl\n```');
    expect(b?.html).toBe('<pre data-language="text">train.dvc:\n  changed outs:\n    modified: model.pkl</pre>');
    // Already fenced: not fenced a second time.
    expect(calls).toContain('```text\nalready\nfenced\n```');
    expect(calls.some((m) => m.includes('```text\n```text'))).toBe(false);
    expect(c?.html).toBe('<pre data-language="text">already\nfenced</pre>');
    // A trailing newline alone does not make an output multi-line.
    expect(d?.html).toBe('single line with trailing newline\n');
    expect(calls).toContain('single line with trailing newline\n');
  });

  it('renders true/false explanations when given', async () => {
    const { get } = await rendered();
    const q = get('q-tf', 'truefalse');
    expect(q.answer).toBe(false);
    expect(q.explanationHtml).toEqual({ true: 'Not so', false: 'Indeed' });
  });

  it('leaves true/false explanations undefined when absent', async () => {
    const { get } = await rendered();
    const q = get('q-tf-bare', 'truefalse');
    expect(q.answer).toBe(true);
    expect(q.explanationHtml).toEqual({ true: undefined, false: undefined });
  });

  it('renders order steps in the order given and keeps the answer', async () => {
    const { get } = await rendered();
    const q = get('q-order', 'order');
    expect(q.steps).toEqual([
      { id: 'train', html: 'Train', explanationHtml: undefined },
      { id: 'collect', html: 'Collect', explanationHtml: undefined },
    ]);
    expect(q.answer).toEqual(['collect', 'train']);
  });

  it('passes fill answers, pattern and placeholder through without rendering them', async () => {
    const { get, calls } = await rendered();
    const q = get('q-fill', 'fill');
    expect(q.accept).toEqual(['psi', 'population stability index']);
    expect(q.pattern).toBe('^p\\.?s\\.?i\\.?$');
    expect(q.placeholder).toBe('abbreviation');
    expect(calls).not.toContain('psi');
    expect(calls).not.toContain('abbreviation');
    const bare = get('q-fill-bare', 'fill');
    expect(bare.pattern).toBeUndefined();
    expect(bare.placeholder).toBeUndefined();
  });

  it('renders every Markdown field through the given function', async () => {
    const { calls } = await rendered();
    for (const q of bankSource.questions) {
      expect(calls).toContain(q.prompt);
      expect(calls).toContain(q.hint);
      expect(calls).toContain(q.quickCheck);
      for (const s of q.solution) expect(calls).toContain(s);
      for (const m of q.commonMistakes) expect(calls).toContain(m);
    }
    expect(calls).toContain('Why A');
    expect(calls).toContain('Indeed');
  });

  it('keeps every order stable when renders finish out of order', async () => {
    // Longer Markdown renders faster, so later items finish first.
    const fake = fakeRender({ delay: (m) => Math.max(0, 30 - m.length) });
    const bank = await renderBank('drift', bankSource, fake.render);
    expect(bank.questions.map((q) => q.id)).toEqual(bankSource.questions.map((q) => q.id));
    const first = bank.questions[0];
    expect(first?.type === 'single' && first.choices.map((c) => c.id)).toEqual(['a', 'b']);
    expect(first?.solutionHtml).toEqual(['First step of q-single', 'Second step of q-single']);
  });

  it('propagates a render failure', async () => {
    const failing: RenderMarkdown = async (m) => {
      if (m.startsWith('Hint')) throw new Error('bad markdown');
      return `<p>${m}</p>`;
    };
    await expect(renderBank('drift', bankSource, failing)).rejects.toThrow('bad markdown');
  });
});
