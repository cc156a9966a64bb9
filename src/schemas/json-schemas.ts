import { siteSchema } from './site';
import { z } from 'astro/zod';
import { articleSchema, sectionSchema } from './article';
import { bankSchema } from '../quiz/build/schema';
import { interviewTopicSchema } from '../interview/schema';
import { BANK_INDEX_SCHEMA_FILE, BANK_SCHEMA_FILE, bankDataSchema, bankIndexSchema } from '../quiz/data/schema';

/**
 * JSON Schemas for editors (VS Code's YAML extension and others), generated from the Zod schemas
 * the build itself checks with, so the two never disagree. `npm run schemas` writes them to
 * `schemas/`; tests/unit/schemas/json-schemas.test.ts fails when a committed one is stale.
 * To add one, add a line to this list.
 */
export interface JsonSchemaEntry {
  /** File name under `schemas/`. */
  file: string;
  schema: z.ZodType;
  title: string;
  description: string;
  /** Editor hover text by field name, applied wherever the field appears (kept here, not in the Zod modules). */
  fields?: Readonly<Record<string, string>>;
}

const ARTICLE_FIELDS = {
  title: 'Page title: the <h1>, the browser tab, the sidebar and search results.',
  description: 'One or two sentences for the home page, section pages, search and link previews.',
  section: 'Section slug; defaults to the folder the file is in, and must equal it when given.',
  difficulty: 'How much the reader should already know.',
  order: 'Position inside the section (ascending); ties are broken by title. Default 100.',
  tags: 'Free-form keywords, shown on the page and used by search.',
  draft: 'Drafts are built by `npm run dev` but left out of `npm run build`.',
  updated: 'Date of the last meaningful change, YYYY-MM-DD, shown under the title.',
  related: 'Slugs of related articles, linked at the end of the page. Each must exist.',
  slug: 'URL slug; defaults to the file name. Must be unique across the site.',
};

const BANK_FIELDS = {
  title: 'Shown above quizzes drawn from this bank.',
  article: 'Slug of the article this bank belongs to (optional).',
  badge: 'Name of the badge for a perfect challenge run (optional; default: derived from the title).',
  questions: 'The questions. Each has a `type` that decides its other fields.',
  id: 'Stable id in lower-case-with-hyphens, unique across the whole site: progress is saved under it.',
  type: 'Question type: single, multiple, truefalse, order, output or fill.',
  category: 'What kind of knowledge the question checks.',
  difficulty: 'How hard the question is.',
  prompt: 'The question, in Markdown (code blocks allowed).',
  hint: 'A nudge shown on request, before the answer.',
  solution: 'Step-by-step solution in Markdown, shown after a correct answer or the last attempt.',
  quickCheck: 'The one line to remember.',
  commonMistakes: 'Wrong turns readers often take.',
  related: 'Link to the article section that teaches this, starting with "/", e.g. /section/slug/#heading.',
  choices: 'The options (at least two), each with an id and Markdown text.',
  text: 'What the reader sees (Markdown).',
  explanation: 'Shown when the reader picks this choice (Markdown).',
  explanations: 'Shown after answering true or false (Markdown).',
  answer: 'The correct choice id (single, output), list of ids (multiple), true/false, or step ids in order (order). Must match the choices.',
  code: 'The command or program whose output the reader predicts.',
  language: 'Language of `code`, for highlighting. Default text.',
  steps: 'Steps in the order the reader first sees them (at least two).',
  accept: 'Accepted answers, compared ignoring case and extra whitespace.',
  pattern: 'Regular expression that also counts as correct (tested case-insensitively).',
  placeholder: 'Placeholder text of the answer field.',
};

const INTERVIEW_FIELDS = {
  title: 'Title of the topic page.',
  article: 'Slug of the article on this topic (optional); linked from the topic page.',
  order: 'Position among the topics (ascending). Default 100.',
  questions: 'The questions, each with three answer lengths the reader can reveal.',
  id: 'Id in lower-case-with-hyphens, unique across the site.',
  question: 'The question as an interviewer would ask it.',
  short: 'One or two sentences.',
  medium: 'One paragraph.',
  long: 'A structured answer: points, a design, trade-offs (Markdown).',
};

const SECTION_FIELDS = {
  title: 'Section title, shown in the sidebar and on the section page.',
  description: 'One sentence shown on the home page and the section page.',
  order: 'Position among the sections (ascending). Default 100.',
};

const SITE_FIELDS = {
  title: 'Site title: header, page titles, Open Graph site name. Default: the content folder name.',
  tagline: 'Home page heading when there is no hero title.',
  description: 'Meta description of pages that have none of their own.',
  logo: 'An SVG or PNG inside the content folder, with its alt text.',
  favicon: 'An SVG or PNG inside the content folder.',
  locale: 'Language of the interface text, the dates and the search index: en (default) or de.',
  dir: 'Writing direction of the interface: ltr or rtl. Default: the locale\'s own.',
  footer: 'Footer text and links.',
  repository: 'Full http(s) URL of the source repository, linked from the footer.',
  editUrl: 'Full http(s) URL that the article path is appended to for "Edit this page".',
  hero: 'The generated home page: heading, text and call to action.',
};

export const JSON_SCHEMAS: readonly JsonSchemaEntry[] = [
  {
    file: 'site.schema.json',
    schema: siteSchema,
    title: 'Studyforge site identity',
    description: 'site.yaml at the root of the content folder: title, logo, locale, footer, home page (see docs/AUTHORING.md).',
    fields: SITE_FIELDS,
  },
  {
    file: 'article.schema.json',
    schema: articleSchema,
    title: 'Studyforge article front matter',
    description: 'Front matter of an article, articles/<section>/<slug>.mdx (see docs/AUTHORING.md).',
    fields: ARTICLE_FIELDS,
  },
  {
    file: 'bank.schema.json',
    schema: bankSchema,
    title: 'Studyforge question bank',
    description: 'A question bank, quizzes/<bank>.yaml: a title and a list of questions (see docs/AUTHORING.md).',
    fields: BANK_FIELDS,
  },
  {
    file: 'interview.schema.json',
    schema: interviewTopicSchema,
    title: 'Studyforge interview topic',
    description: 'An interview topic, interview/<topic>.yaml: questions with short, medium and long answers.',
    fields: INTERVIEW_FIELDS,
  },
  {
    file: 'sections.schema.json',
    schema: z.record(z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/), sectionSchema),
    title: 'Studyforge sections',
    description: 'sections.yaml: title, description and order of each section, keyed by its folder under articles/.',
    fields: SECTION_FIELDS,
  },
  // The published data format (not for authors): what the build writes to /quizzes/ (quiz/data/schema.ts); the site serves these too.
  {
    file: BANK_SCHEMA_FILE,
    schema: bankDataSchema,
    title: 'Studyforge question bank data, version 1',
    description: 'A question bank as the build publishes it, /quizzes/<bank>.json: every question with its HTML and plain text (see docs/DATA.md).',
  },
  {
    file: BANK_INDEX_SCHEMA_FILE,
    schema: bankIndexSchema,
    title: 'Studyforge question bank index, version 1',
    description: 'The list of a site\'s question banks, /quizzes/index.json: titles, question counts, pages and downloads (see docs/DATA.md).',
  },
];

/** The schemas the site publishes under /schemas/ (the data formats; the editor schemas ship with the package). */
export const PUBLISHED_SCHEMAS: readonly JsonSchemaEntry[] = JSON_SCHEMAS.filter((entry) => entry.file === BANK_SCHEMA_FILE || entry.file === BANK_INDEX_SCHEMA_FILE);

/** Where the schemas are published; the `$id` of each is this plus its file name. */
export const SCHEMA_BASE_ID = 'https://studyforge.dev/schemas/';

/**
 * The JSON Schema of one entry. `io: 'input'` describes what an author writes (defaults make fields
 * optional, not required); checks JSON Schema cannot say (refinements such as "the answer must be one
 * of the choices", date preprocessing) are left to the build, which reports them with file and line.
 */
export function toJsonSchema(entry: JsonSchemaEntry): Record<string, unknown> {
  const generated = z.toJSONSchema(entry.schema, { io: 'input', unrepresentable: 'any', target: 'draft-2020-12' }) as Record<string, unknown>;
  describeFields(generated, entry.fields ?? {});
  const { $schema, ...rest } = generated;
  return { $schema, $id: `${SCHEMA_BASE_ID}${entry.file}`, title: entry.title, description: entry.description, ...rest };
}

/** The text written to `schemas/<file>`: stable, two-space JSON with a final newline. */
export function jsonSchemaText(entry: JsonSchemaEntry): string {
  return `${JSON.stringify(toJsonSchema(entry), null, 2)}\n`;
}

/** JSON Schema for `updated`, which Zod preprocesses (YAML may read it as a date) and so cannot export. */
const DATE_TEXT = { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' };

/** Adds hover text to every `properties` map in the tree, a type for fields Zod left open (`{}`), and closes objects. */
function describeFields(node: unknown, fields: Readonly<Record<string, string>>): void {
  if (Array.isArray(node)) {
    for (const item of node) describeFields(item, fields);
    return;
  }
  if (!node || typeof node !== 'object') return;
  const record = node as Record<string, unknown>;
  const properties = record.properties as Record<string, Record<string, unknown>> | undefined;
  // The build ignores unknown fields; the editor flags them, as most are a misspelt optional field.
  if (properties && record.type === 'object' && !('additionalProperties' in record)) record.additionalProperties = false;
  if (properties && typeof properties === 'object') {
    for (const [name, property] of Object.entries(properties)) {
      if (name === 'updated' && Object.keys(property).length === 0) Object.assign(property, DATE_TEXT);
      if (fields[name] && property.description === undefined) property.description = fields[name];
    }
  }
  for (const value of Object.values(record)) describeFields(value, fields);
}
