// @vitest-environment jsdom
import { fireEvent, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import '../../src/embed/study-quiz';

const text = (html: string) => ({ html, text: html });
const bankJson = {
  $schema: 'https://example.org/schemas/bank.v1.json',
  schemaVersion: 1,
  name: 'basics',
  title: 'Basics',
  questions: [
    {
      id: 'b-format',
      type: 'single',
      category: 'conceptual',
      difficulty: 'easy',
      url: '/quizzes/basics/#q-b-format',
      related: '/basics/one/',
      prompt: text('<p>Which format do banks use?</p>'),
      hint: text('Think of front matter.'),
      solution: [text('Banks are YAML files.')],
      quickCheck: text('YAML.'),
      commonMistakes: [text('CSV.')],
      choices: [
        { id: 'a', ...text('YAML') },
        { id: 'b', ...text('CSV') },
      ],
      answer: 'a',
    },
    {
      id: 'b-true',
      type: 'truefalse',
      category: 'conceptual',
      difficulty: 'hard',
      url: '/quizzes/basics/#q-b-true',
      related: '/basics/one/',
      prompt: text('<p>Ids are unique site-wide.</p>'),
      hint: text('Progress is saved by id.'),
      solution: [text('They are.')],
      quickCheck: text('Unique.'),
      commonMistakes: [text('Per bank.')],
      answer: true,
      explanations: {},
    },
  ],
};

type Events = Array<{ type: string; detail: Record<string, unknown> }>;

function respond(body: string, status = 200) {
  vi.stubGlobal('fetch', vi.fn(async () => new Response(body, { status, headers: { 'Content-Type': 'application/json' } })));
}

function mount(attributes: Record<string, string>): { element: HTMLElement; events: Events } {
  const element = document.createElement('study-quiz');
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  element.innerHTML = '<p>Fallback: the questions as plain text.</p>';
  const events: Events = [];
  for (const type of ['quiz:ready', 'quiz:answered', 'quiz:hint', 'quiz:progress', 'quiz:completed', 'quiz:storage', 'quiz:error']) {
    // Listened for on the document: the events bubble out of the element.
    document.addEventListener(type, (event) => events.push({ type, detail: (event as CustomEvent).detail }));
  }
  document.body.append(element);
  return { element, events };
}

const shadow = (element: HTMLElement) => within(element.shadowRoot as unknown as HTMLElement);

beforeEach(() => localStorage.clear());
afterEach(() => {
  document.body.replaceChildren();
  vi.unstubAllGlobals();
});

describe('<study-quiz>', () => {
  it('renders the chosen questions in its shadow root, hides its fallback, and tells the host about each step', async () => {
    respond(JSON.stringify(bankJson));
    const { element, events } = mount({ src: '/quizzes/basics.json', questions: 'b-format', storage: 'memory' });
    const quiz = shadow(element);
    await quiz.findByText('Which format do banks use?');
    // No slot: the light-DOM fallback is not rendered once the element runs.
    expect(element.shadowRoot!.querySelector('slot')).toBeNull();
    expect(quiz.queryByText('Ids are unique site-wide.')).toBeNull();
    expect(events.find((e) => e.type === 'quiz:ready')?.detail).toMatchObject({ schemaVersion: 1, bank: 'basics', questions: ['b-format'], mode: 'practice' });

    fireEvent.click(quiz.getByRole('button', { name: /hint/i }));
    fireEvent.click(quiz.getByRole('radio', { name: 'CSV' }));
    fireEvent.click(quiz.getByRole('button', { name: 'Check' }));
    await waitFor(() => expect(events.some((e) => e.type === 'quiz:answered')).toBe(true));
    fireEvent.click(quiz.getByRole('radio', { name: 'YAML' }));
    fireEvent.click(quiz.getByRole('button', { name: 'Check' }));
    await waitFor(() => expect(events.some((e) => e.type === 'quiz:completed')).toBe(true));
    const answered = events.filter((e) => e.type === 'quiz:answered').map((e) => e.detail);
    expect(answered).toEqual([
      expect.objectContaining({ schemaVersion: 1, bank: 'basics', questionId: 'b-format', outcome: { correct: false, attempt: 1, final: false } }),
      expect.objectContaining({ questionId: 'b-format', outcome: { correct: true, attempt: 2, final: true } }),
    ]);
    expect(events.find((e) => e.type === 'quiz:hint')?.detail).toMatchObject({ questionId: 'b-format' });
    // The documented ::part() names a host page styles the quiz by.
    for (const part of ['quiz', 'question', 'choice', 'feedback', 'solution']) expect(element.shadowRoot!.querySelector(`[part~="${part}"]`), part).not.toBeNull();
    expect(events.find((e) => e.type === 'quiz:completed')?.detail).toMatchObject({ outcome: { correct: 1, total: 1 } });
    // Memory storage: nothing written to the host's localStorage, and the reader is told.
    expect(Object.keys(localStorage)).toEqual([]);
    expect(events.find((e) => e.type === 'quiz:storage')).toBeDefined();
  });

  it('answers without a native form submission, which a sandboxed frame without allow-forms blocks', async () => {
    respond(JSON.stringify(bankJson));
    const { element, events } = mount({ src: '/quizzes/basics.json', questions: 'b-format', storage: 'memory' });
    const quiz = shadow(element);
    fireEvent.click(await quiz.findByRole('radio', { name: 'YAML' }));
    const click = new MouseEvent('click', { bubbles: true, cancelable: true, composed: true });
    quiz.getByRole('button', { name: 'Check' }).dispatchEvent(click);
    expect(click.defaultPrevented).toBe(true);
    await waitFor(() => expect(events.find((e) => e.type === 'quiz:answered')?.detail).toMatchObject({ outcome: { correct: true } }));
  });

  it('loads challenge mode when asked for it', async () => {
    respond(JSON.stringify(bankJson));
    const { element, events } = mount({ src: '/quizzes/basics.json', mode: 'challenge', storage: 'memory' });
    await shadow(element).findByRole('button', { name: 'Start challenge' });
    expect(events.find((e) => e.type === 'quiz:ready')?.detail).toMatchObject({ mode: 'challenge' });
  });

  it('picks by difficulty and limit', async () => {
    respond(JSON.stringify(bankJson));
    const { element } = mount({ src: '/quizzes/basics.json', difficulty: 'hard' });
    await shadow(element).findByText('Ids are unique site-wide.');
    expect(shadow(element).queryByText('Which format do banks use?')).toBeNull();
  });

  it.each([
    ['a bank that is not found', () => respond('nope', 404), {}, /could not be loaded from http:\/\/localhost(:\d+)?\/quizzes\/basics\.json \(HTTP 404\)/, 'not-found'],
    ['invalid JSON', () => respond('{ "questions": [', 200), {}, /is not a Studyforge question bank: it is not valid JSON/, 'bad-json'],
    ['an unknown question id', () => respond(JSON.stringify(bankJson)), { questions: 'b-format b-nope' }, /The bank "basics" has no question "b-nope"/, 'unknown-question'],
    ['a wrong attribute', () => respond(JSON.stringify(bankJson)), { mode: 'exam' }, /The `mode` attribute is "exam"/, 'attribute'],
  ])('%s: a readable error in the element and a quiz:error event', async (_, setUp, extra, message, code) => {
    setUp();
    const { element, events } = mount({ src: '/quizzes/basics.json', ...extra });
    const alert = await shadow(element).findByRole('alert');
    expect(alert.textContent).toMatch(message);
    expect(events.find((e) => e.type === 'quiz:error')?.detail).toMatchObject({ schemaVersion: 1, code, message: alert.textContent });
  });
});
