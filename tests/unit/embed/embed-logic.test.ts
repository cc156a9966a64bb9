import { describe, expect, it } from 'vitest';
import { BankFormatError, readBank } from '../../../src/embed/bank-json';
import { EmbedOptionError, readOptions } from '../../../src/embed/options';
import { overridableTokens, shadowCss } from '../../../src/embed/shadow-styles';

const attrs = (values: Record<string, string>) => (name: string) => values[name] ?? null;
const text = (html: string) => ({ html, text: html.replace(/<[^>]+>/g, '') });
const question = (extra: Record<string, unknown>) => ({
  id: 'q1',
  category: 'conceptual',
  difficulty: 'easy',
  url: '/quizzes/basics/#q-q1',
  related: '/basics/one/',
  prompt: text('<p>Pick <code>a</code></p>'),
  hint: text('A hint'),
  solution: [text('<p>Because.</p>')],
  quickCheck: text('Remember a.'),
  commonMistakes: [text('Picking b.')],
  ...extra,
});
const bank = (questions: unknown[]) => ({ $schema: '/schemas/bank.v1.json', schemaVersion: 1, name: 'basics', title: 'Basics', questions });

describe('<study-quiz> attributes', () => {
  it('defaults to a practice quiz of the whole bank with local progress, following the system theme', () => {
    expect(readOptions(attrs({ src: '/quizzes/basics.json' }))).toEqual({
      src: '/quizzes/basics.json',
      questions: [],
      mode: 'practice',
      difficulty: undefined,
      limit: undefined,
      shuffle: false,
      seed: undefined,
      attempts: 2,
      theme: 'auto',
      storage: 'local',
      lang: undefined,
    });
  });

  it('reads ids separated by commas or spaces, numbers, and shuffle as a boolean attribute', () => {
    const options = readOptions(attrs({ src: 'b.json', questions: 'a, b c', limit: '3', attempts: '1', shuffle: '', seed: 'x', theme: 'dark', storage: 'memory', difficulty: 'hard' }));
    expect(options).toMatchObject({ questions: ['a', 'b', 'c'], limit: 3, attempts: 1, shuffle: true, seed: 'x', theme: 'dark', storage: 'memory', difficulty: 'hard' });
    expect(readOptions(attrs({ src: 'b.json', shuffle: 'false' })).shuffle).toBe(false);
  });

  it('names a wrong value and what to use instead, and a missing src', () => {
    expect(() => readOptions(attrs({}))).toThrow(/its `src` attribute is missing/);
    expect(() => readOptions(attrs({ src: 'b.json', mode: 'exam' }))).toThrow(new EmbedOptionError('The `mode` attribute is "exam"; use "practice" or "challenge".'));
    expect(() => readOptions(attrs({ src: 'b.json', limit: '0' }))).toThrow('The `limit` attribute is "0"; use a whole number above 0.');
    expect(() => readOptions(attrs({ src: 'b.json', theme: 'blue' }))).toThrow('use "auto" or "light" or "dark"');
  });
});

describe('a bank file read for the element', () => {
  it('maps every question type to what the quiz islands take', () => {
    const loaded = readBank(
      bank([
        question({ id: 's', type: 'single', choices: [{ id: 'a', ...text('A'), explanation: text('Yes') }, { id: 'b', ...text('B') }], answer: 'a' }),
        question({ id: 'm', type: 'multiple', choices: [{ id: 'a', ...text('A') }], answer: ['a'] }),
        question({ id: 'o', type: 'output', code: { ...text('<pre>x</pre>'), language: 'bash' }, choices: [{ id: 'a', ...text('1') }], answer: 'a' }),
        question({ id: 't', type: 'truefalse', answer: false, explanations: { true: text('No') } }),
        question({ id: 'r', type: 'order', steps: [{ id: 'x', ...text('X') }], answer: ['x'] }),
        question({ id: 'f', type: 'fill', accept: ['a'], pattern: '^a$' }),
      ]),
    );
    expect(loaded.name).toBe('basics');
    expect(loaded.questions.map((q) => q.type)).toEqual(['single', 'multiple', 'output', 'truefalse', 'order', 'fill']);
    expect(loaded.questions[0]).toMatchObject({ bank: 'basics', promptHtml: '<p>Pick <code>a</code></p>', choices: [{ id: 'a', html: 'A', explanationHtml: 'Yes' }, { id: 'b', html: 'B' }], answer: 'a', solutionHtml: ['<p>Because.</p>'] });
    expect(loaded.questions[2]).toMatchObject({ codeHtml: '<pre>x</pre>', language: 'bash' });
    expect(loaded.questions[3]).toMatchObject({ answer: false, explanationHtml: { true: 'No', false: undefined } });
    expect(loaded.questions[5]).toMatchObject({ accept: ['a'], pattern: '^a$' });
  });

  it('says what is wrong with a file that is not a bank, naming the question', () => {
    expect(() => readBank([])).toThrow(new BankFormatError('the file is not a JSON object'));
    expect(() => readBank({ ...bank([]), schemaVersion: 2 })).toThrow('its schemaVersion is 2; this script reads version 1');
    expect(() => readBank(bank([question({ type: 'essay' })]))).toThrow('question "q1" has an unknown type "essay"');
    expect(() => readBank(bank([question({ type: 'single', choices: [{ id: 'a', ...text('A') }] })]))).toThrow('question "q1" has no answer');
    expect(() => readBank(bank([{ type: 'single' }]))).toThrow('question 1 has no id');
  });
});

describe('the site stylesheets in a shadow root', () => {
  it('lets the host page override each design token with --sf-<name>', () => {
    expect(overridableTokens(':root {\n  --accent: light-dark(#1d4ed8, #7aa7ff);\n  --radius: 0.5rem;\n  color-scheme: light dark;\n}')).toBe(
      ':root {\n  --accent: var(--sf-accent, light-dark(#1d4ed8, #7aa7ff));\n  --radius: var(--sf-radius, 0.5rem);\n  color-scheme: light dark;\n}',
    );
  });

  it('defines the tokens on :host and adds the theme attribute and the no-JS switch', () => {
    const css = shadowCss([':root { --text: #111; }', '.sf-quiz { color: var(--text); }']);
    expect(css).toContain(':host { --text: var(--sf-text, #111); }');
    expect(css).toContain('.sf-quiz { color: var(--text); }');
    expect(css).toContain(":host([theme='dark']) { color-scheme: dark; }");
    expect(css).toContain('.sf-nojs-only { display: none !important; }');
    expect(css).not.toContain(':root');
  });
});
