import { describe, expect, it } from 'vitest';
import Ajv2020 from 'ajv/dist/2020';
import { articlesByBank, bankData, bankIndex } from '../../../src/quiz/data/bank-data';
import { bankFilters, bankPages, bankPageUrl, bankQuestionUrl, filterQuestions } from '../../../src/quiz/data/bank-pages';
import { bankNameProblems } from '../../../src/quiz/data/bank-names';
import { BANK_INDEX_SCHEMA_FILE, BANK_SCHEMA_FILE } from '../../../src/quiz/data/schema';
import { JSON_SCHEMAS, toJsonSchema } from '../../../src/schemas/json-schemas';
import { withBase } from '../../../src/lib/url';
import type { RenderedQuestion } from '../../../src/quiz/core/types';
import { bank, fillQ, multipleQ, orderQ, outputQ, singleQ, trueFalseQ } from './fixtures';

const validator = (file: string) => new Ajv2020({ allErrors: true, strict: false }).compile(toJsonSchema(JSON_SCHEMAS.find((e) => e.file === file)!));
const validBank = validator(BANK_SCHEMA_FILE);
const validIndex = validator(BANK_INDEX_SCHEMA_FILE);

/** A site under /notes/ with a public origin: every URL in the data must carry both. */
const href = (path: string) => new URL(withBase('/notes/', path), 'https://example.org').href;
const everyType = bank('ops', [
  { ...singleQ('s', 'a'), choices: [{ id: 'a', html: '<code>ls -l</code>', explanationHtml: 'Lists <em>long</em>.' }, { id: 'b', html: 'B' }] } as RenderedQuestion,
  multipleQ('m'),
  { ...outputQ('o'), language: 'bash', codeHtml: '<pre><code><span class="line">echo hi</span>\n<span class="line">echo  there</span></code></pre>' } as RenderedQuestion,
  { ...trueFalseQ('t'), explanationHtml: { true: 'Right <strong>so</strong>.' } } as RenderedQuestion,
  orderQ('r'),
  { ...fillQ('f', ['psi'], '^p\\s*s\\s*i$'), placeholder: 'three letters' } as RenderedQuestion,
]);

describe('bank data (/quizzes/<bank>.json)', () => {
  const data = bankData(everyType, { href, schema: href('/schemas/bank.v1.json'), articles: [{ title: 'Drift', url: '/ml/drift/' }] });

  it('follows the published JSON Schema for every question type', () => {
    expect(validBank(data), JSON.stringify(validBank.errors)).toBe(true);
    expect(data.questions.map((q) => q.type)).toEqual(['single', 'multiple', 'output', 'truefalse', 'order', 'fill']);
  });

  it('names its schema and version, and gives absolute URLs with the base path', () => {
    expect(data).toMatchObject({
      $schema: 'https://example.org/notes/schemas/bank.v1.json',
      schemaVersion: 1,
      url: 'https://example.org/notes/quizzes/ops/',
      data: 'https://example.org/notes/quizzes/ops.json',
      articles: [{ title: 'Drift', url: 'https://example.org/notes/ml/drift/' }],
      exports: {},
    });
    expect(data.questions[0]).toMatchObject({ url: 'https://example.org/notes/quizzes/ops/#q-s', related: 'https://example.org/notes/section/article/#anchor' });
  });

  it('gives every rendered field as HTML and as plain text, code text kept', () => {
    const [single, , output, truefalse, , fill] = data.questions;
    expect(single!.prompt).toEqual({ html: '<p>s?</p>', text: 's?' });
    expect(single).toMatchObject({ choices: [{ id: 'a', html: '<code>ls -l</code>', text: 'ls -l', explanation: { html: 'Lists <em>long</em>.', text: 'Lists long.' } }, { id: 'b', text: 'B' }], answer: 'a' });
    expect(output).toMatchObject({ code: { text: 'echo hi\necho  there', language: 'bash' } });
    expect(truefalse).toMatchObject({ answer: true, explanations: { true: { html: 'Right <strong>so</strong>.', text: 'Right so.' } } });
    expect(fill).toMatchObject({ accept: ['psi'], pattern: '^p\\s*s\\s*i$', placeholder: 'three letters' });
    // Absent optional fields are left out, not written as null (the schema allows no null).
    expect(Object.keys((truefalse as { explanations: object }).explanations)).toEqual(['true']);
  });

  it('counts questions per difficulty and lists the registered export formats', () => {
    const withGift = bankData(everyType, { href, schema: 's', articles: [], formats: [{ id: 'gift', name: 'GIFT', path: (b) => `/quizzes/${b}.gift.txt` }] });
    expect(withGift.difficulties).toEqual({ easy: 2, medium: 2, hard: 2 });
    expect(withGift.questionCount).toBe(6);
    expect(withGift.exports).toEqual({ gift: 'https://example.org/notes/quizzes/ops.gift.txt' });
  });

  it('is rejected by the schema when a field is wrong (the schema checks, not just accepts)', () => {
    expect(validBank({ ...data, schemaVersion: 2 })).toBe(false);
    expect(validBank({ ...data, questions: [{ ...data.questions[0], answer: ['a'] }] })).toBe(false);
    expect(validBank({ ...data, questions: [{ ...data.questions[0], prompt: { html: '<p>x</p>' } }] })).toBe(false);
  });
});

describe('the bank index (/quizzes/index.json)', () => {
  it('lists every bank by name with its summary, following its schema', () => {
    const index = bankIndex([bank('zeta', [singleQ('z1')]), everyType], {
      href,
      schema: href('/schemas/bank-index.v1.json'),
      bankSchema: href('/schemas/bank.v1.json'),
      site: { title: 'Notes' },
      articles: (name) => (name === 'ops' ? [{ title: 'Drift', url: '/ml/drift/' }] : []),
    });
    expect(validIndex(index), JSON.stringify(validIndex.errors)).toBe(true);
    expect(index.site).toEqual({ title: 'Notes', url: 'https://example.org/notes/' });
    expect(index.banks.map((b) => [b.name, b.questionCount, b.articles.length])).toEqual([
      ['ops', 6, 1],
      ['zeta', 1, 0],
    ]);
    expect(index.banks[0]).not.toHaveProperty('questions');
  });
});

describe('articlesByBank', () => {
  it('lists each article once per bank, for single questions and quizzes alike', () => {
    const first = { title: 'First', url: '/a/first/' };
    const second = { title: 'Second', url: '/a/second/' };
    const placements = [
      { article: first, question: { bank: 'ops' } },
      { article: first, question: { bank: 'ops' } },
      { article: second, question: { bank: 'ops' } },
      { article: second, question: { bank: 'other' } },
    ];
    expect(Object.fromEntries(articlesByBank(placements))).toEqual({ ops: [first, second], other: [second] });
  });
});

describe('bank pages', () => {
  const big = bank('big', Array.from({ length: 45 }, (_, i) => singleQ(`q${i}`, 'a', i < 30 ? 'easy' : 'hard')));

  it('have addresses for the bank, its later pages and its filters', () => {
    expect(bankPageUrl('big')).toBe('/quizzes/big/');
    expect(bankPageUrl('big', undefined, 3)).toBe('/quizzes/big/3/');
    expect(bankPageUrl('big', { kind: 'difficulty', value: 'easy' }, 2)).toBe('/quizzes/big/easy/2/');
  });

  it('offer a filter per difficulty and category the bank has, with counts', () => {
    expect(bankFilters(big)).toEqual([
      { kind: 'difficulty', value: 'easy', count: 30 },
      { kind: 'difficulty', value: 'hard', count: 15 },
      { kind: 'category', value: 'conceptual', count: 45 },
    ]);
    expect(filterQuestions(everyType.questions, { kind: 'difficulty', value: 'hard' }).map((q) => q.id)).toEqual(['r', 'f']);
  });

  it('put every question of a long bank on a page, 20 to a page, and link each to its page', () => {
    const pages = bankPages([big]).filter((p) => !p.filter);
    expect(pages.map((p) => p.page)).toEqual([1, 2, 3]);
    expect(bankQuestionUrl(big, 'q0')).toBe('/quizzes/big/#q-q0');
    expect(bankQuestionUrl(big, 'q44')).toBe('/quizzes/big/3/#q-q44');
    // 3 unfiltered pages, 2 easy pages, 1 hard page, 3 conceptual pages.
    expect(bankPages([big])).toHaveLength(9);
  });

  it('refuse a bank named "index" (its JSON would overwrite the bank index), naming the file and the fix', () => {
    expect(bankNameProblems(['ops', 'index'])).toEqual([expect.objectContaining({ file: 'quizzes/index.yaml', message: expect.stringContaining('Rename the file') })]);
    expect(bankNameProblems(['ops'])).toEqual([]);
  });
});
