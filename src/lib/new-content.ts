import { posix } from 'node:path';

/**
 * The pure part of `npm run new`: checks the name an author gives and returns the starting file to
 * write (its path inside the content folder and its text). Each template passes the build's schemas
 * and preflight as written, so the author starts from something that builds and edits from there.
 * scripts/new.mjs does the writing (and refuses to overwrite).
 */

export const NEW_KINDS = ['article', 'bank', 'interview'] as const;
export type NewKind = (typeof NEW_KINDS)[number];

const NAME = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const NEW_USAGE = [
  'Usage:',
  '  npm run new -- article <section>/<slug>   e.g. npm run new -- article foundations/getting-started',
  '  npm run new -- bank <name>                e.g. npm run new -- bank getting-started',
  '  npm run new -- interview <topic>          e.g. npm run new -- interview getting-started',
].join('\n');

export interface NewFile {
  /** Path inside the content folder, with `/` separators. */
  path: string;
  /** The JSON Schema the file follows, under `schemas/` (for the `yaml-language-server` line). */
  schema?: string;
  text: (schemaPath?: string) => string;
}

/** A name problem as a sentence, or undefined when `name` is lower-case-with-hyphens. */
function nameProblem(what: string, name: string, example: string): string | undefined {
  if (!name) return `The ${what} is missing. Give one in lower-case-with-hyphens, e.g. ${example}.`;
  if (NAME.test(name)) return undefined;
  const suggestion = name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return `The ${what} "${name}" is not lower-case-with-hyphens (letters a-z, digits, single hyphens)${suggestion ? `. Try "${suggestion}"` : `, e.g. ${example}`}.`;
}

/** Title Case words of a slug, as a starting title the author will replace. */
const titleOf = (slug: string) => slug.split('-').map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join(' ');

const schemaLine = (schemaPath?: string) => (schemaPath ? `# yaml-language-server: $schema=${schemaPath}\n` : '');

/** The file to create for `kind` and `name`, or an error sentence saying what to fix. */
export function planNewFile(kind: string, name: string | undefined): NewFile | { error: string } {
  const arg = (name ?? '').trim();
  switch (kind) {
    case 'article': {
      const parts = arg.split('/');
      if (parts.length !== 2) {
        return { error: `An article is named <section>/<slug>, e.g. foundations/getting-started${arg ? ` (got "${arg}")` : ''}.` };
      }
      const [section, slug] = parts as [string, string];
      const problem = nameProblem('section', section, 'foundations') ?? nameProblem('slug', slug, 'getting-started');
      if (problem) return { error: problem };
      return {
        path: `articles/${section}/${slug}.mdx`,
        text: () =>
          [
            '---',
            `title: ${titleOf(slug)}`,
            'description: One or two sentences on what the reader will learn here.',
            'difficulty: beginner',
            'order: 100',
            'tags: []',
            'draft: true',
            '---',
            '',
            'Start with why the reader needs this, then teach it step by step.',
            '',
            '## First idea',
            '',
            'Write the first section here. Remove `draft: true` above when the article is ready to publish.',
            '',
          ].join('\n'),
      };
    }
    case 'bank': {
      const problem = nameProblem('bank name', arg, 'getting-started');
      if (problem) return { error: problem };
      return {
        path: `quizzes/${arg}.yaml`,
        schema: 'bank.schema.json',
        text: (schemaPath) =>
          `${schemaLine(schemaPath)}title: ${titleOf(arg)}
# article: ${arg}   # slug of the article this bank belongs to (optional)
questions:
  - id: ${arg}-first-question   # unique across the whole site; progress is saved under it
    type: single
    category: conceptual
    difficulty: easy
    prompt: What is the question?
    choices:
      - id: a
        text: A wrong answer
        explanation: Why it is wrong.
      - id: b
        text: The right answer
    answer: b
    hint: A nudge towards the answer.
    solution:
      - The first step of the explanation.
    quickCheck: The one line to remember.
    commonMistakes:
      - A wrong turn readers often take.
    related: /   # the article section that teaches this, e.g. /section/slug/#heading
`,
      };
    }
    case 'interview': {
      const problem = nameProblem('topic', arg, 'getting-started');
      if (problem) return { error: problem };
      return {
        path: `interview/${arg}.yaml`,
        schema: 'interview.schema.json',
        text: (schemaPath) =>
          `${schemaLine(schemaPath)}title: ${titleOf(arg)}
# article: ${arg}   # slug of the article on this topic (optional)
questions:
  - id: iv-${arg}-first-question   # unique across the site
    question: What would an interviewer ask?
    short: One or two sentences.
    medium: One paragraph.
    long: |
      A structured answer in Markdown: the main points, a design, the trade-offs.
`,
      };
    }
    default:
      return { error: `"${kind}" is not something \`npm run new\` can create. Choose one of: ${NEW_KINDS.join(', ')}.` };
  }
}

/** The `$schema` path to write in a new file: relative from the file's folder to `schemas/`, with `/`. */
export function schemaPathFrom(fileDir: string, schemasDir: string, schema: string): string {
  const relativePath = posix.relative(fileDir.split('\\').join('/'), schemasDir.split('\\').join('/'));
  return posix.join(relativePath, schema);
}
