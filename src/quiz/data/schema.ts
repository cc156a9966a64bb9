/**
 * The published data format of question banks: `/quizzes/<bank>.json` and the manifest
 * `/quizzes/index.json`. These Zod schemas describe the JSON the build writes (not what authors
 * write: that is quiz/build/schema.ts); `npm run schemas` turns them into `schemas/bank.v1.json` and
 * `schemas/bank-index.v1.json`, which the site also publishes. A breaking change to the format gets a
 * new version (bank.v2.json), never an edit of v1.
 */
import { z } from 'astro/zod';
import { CATEGORIES, QUESTION_DIFFICULTIES } from '../core/vocabulary';

import { BANK_SCHEMA_VERSION } from './version';

export { BANK_SCHEMA_VERSION };
export const BANK_SCHEMA_FILE = 'bank.v1.json';
export const BANK_INDEX_SCHEMA_FILE = 'bank-index.v1.json';

/** A Markdown field as the site renders it (HTML: code highlighted with classes, no inline styles) and as plain text. */
export const textSchema = z.strictObject({
  html: z.string().describe('Rendered HTML, as on the site (code highlighted with CSS classes, no inline styles).'),
  text: z.string().describe('Plain text of the HTML: code kept exactly, one line per block.'),
});

const choiceSchema = z.strictObject({
  id: z.string(),
  html: z.string(),
  text: z.string(),
  explanation: textSchema.optional().describe('Shown when the reader picks this choice.'),
});

const urlText = z.string().describe('Absolute URL when the site has a public URL, else a path from the site root (base path included).');

const questionBase = {
  id: z.string().describe('Stable id, unique across the site.'),
  category: z.enum(CATEGORIES),
  difficulty: z.enum(QUESTION_DIFFICULTIES),
  url: urlText.describe('Where the question is shown on its bank page.'),
  prompt: textSchema,
  hint: textSchema,
  solution: z.array(textSchema).describe('Solution steps, in order.'),
  quickCheck: textSchema,
  commonMistakes: z.array(textSchema),
  related: urlText.describe('The article section that teaches this.'),
};

export const bankQuestionSchema = z.discriminatedUnion('type', [
  z.strictObject({ ...questionBase, type: z.literal('single'), choices: z.array(choiceSchema), answer: z.string().describe('Id of the correct choice.') }),
  z.strictObject({ ...questionBase, type: z.literal('multiple'), choices: z.array(choiceSchema), answer: z.array(z.string()).describe('Ids of the correct choices.') }),
  z.strictObject({
    ...questionBase,
    type: z.literal('output'),
    code: z.strictObject({ ...textSchema.shape, language: z.string().optional() }).describe('The code whose output the reader predicts.'),
    choices: z.array(choiceSchema),
    answer: z.string(),
  }),
  z.strictObject({
    ...questionBase,
    type: z.literal('truefalse'),
    answer: z.boolean(),
    explanations: z.strictObject({ true: textSchema.optional(), false: textSchema.optional() }),
  }),
  z.strictObject({ ...questionBase, type: z.literal('order'), steps: z.array(choiceSchema).describe('Steps in the order first shown.'), answer: z.array(z.string()).describe('Step ids in the right order.') }),
  z.strictObject({
    ...questionBase,
    type: z.literal('fill'),
    accept: z.array(z.string()).describe('Accepted answers, compared ignoring case and extra whitespace.'),
    pattern: z.string().optional().describe('Regular expression that also counts as correct (case-insensitive).'),
    placeholder: z.string().optional(),
  }),
]);

const difficultyCounts = z.strictObject(Object.fromEntries(QUESTION_DIFFICULTIES.map((d) => [d, z.number().int().min(0)])) as Record<(typeof QUESTION_DIFFICULTIES)[number], z.ZodNumber>);
const pageLink = z.strictObject({ title: z.string(), url: urlText });

/** What every bank's entry and file say about it. */
const bankSummary = {
  name: z.string().describe('The bank: its file name in content/quizzes/ without .yaml.'),
  title: z.string(),
  url: urlText.describe('The bank page, listing all its questions.'),
  data: urlText.describe('This bank as JSON.'),
  questionCount: z.number().int().min(0),
  difficulties: difficultyCounts.describe('Questions per difficulty.'),
  articles: z.array(pageLink).describe('The articles that show questions of this bank.'),
  exports: z.record(z.string(), urlText).describe('Other formats of this bank, by format id (e.g. gift, moodle-xml, qti, anki).'),
};

export const bankDataSchema = z.strictObject({
  $schema: z.string().describe('URL of this JSON Schema.'),
  schemaVersion: z.literal(BANK_SCHEMA_VERSION),
  ...bankSummary,
  questions: z.array(bankQuestionSchema),
});

export const bankIndexSchema = z.strictObject({
  $schema: z.string().describe('URL of the bank index JSON Schema.'),
  schemaVersion: z.literal(BANK_SCHEMA_VERSION),
  site: z.strictObject({ title: z.string(), url: urlText }),
  bankSchema: urlText.describe('URL of the JSON Schema of each bank file.'),
  banks: z.array(z.strictObject(bankSummary)),
});

export type BankText = z.infer<typeof textSchema>;
export type BankQuestionData = z.infer<typeof bankQuestionSchema>;
export type BankData = z.infer<typeof bankDataSchema>;
export type BankSummary = z.infer<typeof bankIndexSchema>['banks'][number];
export type BankIndexData = z.infer<typeof bankIndexSchema>;
