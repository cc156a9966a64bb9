import { z } from 'astro/zod';
import { oneOf, optional, required as requiredIn } from '../../schemas/messages';
import { CATEGORIES, QUESTION_DIFFICULTIES, QUESTION_TYPES } from '../core/vocabulary';
import { badgeNameProblem } from '../core/badge-name';

export { CATEGORIES, QUESTION_DIFFICULTIES, QUESTION_TYPES };
export type { Category, QuestionDifficulty, QuestionType } from '../core/vocabulary';

/** Question fields are added to the question, not to a front matter. */
const required = (field: string, expected: string, example: string) => requiredIn(field, expected, example, 'the question');


const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const idField = (field: string, example: string) =>
  z
    .string({ error: required(field, 'text', example) })
    .regex(ID, { error: `must be lower-case-with-hyphens, e.g. \`${field}: ${example}\`.` });

const markdown = (field: string, example: string) =>
  z.string({ error: required(field, 'Markdown text', example) }).trim().min(1, { error: `is empty. Write the ${field}.` });

/** Fields every question has, whatever its type. */
const questionBase = {
  /** Stable id, unique across the whole site: progress is saved under it. */
  id: idField('id', 'http-status-404'),
  category: z.enum(CATEGORIES, { error: oneOf('category', CATEGORIES) }),
  difficulty: z.enum(QUESTION_DIFFICULTIES, { error: oneOf('difficulty', QUESTION_DIFFICULTIES) }),
  /** The question, in Markdown (code blocks allowed). */
  prompt: markdown('prompt', '"What does status 404 tell the client?"'),
  /** A nudge shown on request, before the answer. */
  hint: markdown('hint', '"Think about what the server could not find."'),
  /** Step-by-step solution, in Markdown, shown after a correct answer or the last attempt. */
  solution: z
    .array(markdown('solution step', '"First, ..."'), { error: required('solution', 'a list of steps', '["Step one", "Step two"]') })
    .min(1, { error: 'is empty. Add at least one step explaining how to reach the answer.' }),
  /** The one line to remember. */
  quickCheck: markdown('quickCheck', '"404: the server has nothing at that address."'),
  /** Wrong turns readers often take. */
  commonMistakes: z
    .array(markdown('common mistake', '"Reading 404 as a server crash."'), {
      error: required('commonMistakes', 'a list', '["Reading 404 as a server crash."]'),
    })
    .min(1, { error: 'is empty. List at least one mistake readers make here.' }),
  /** Link to the article section that teaches this, e.g. `/web/http-basics/#status-codes`. */
  related: z
    .string({ error: required('related', 'a site link', '/web/http-basics/#status-codes') })
    .regex(/^\/[^\s]*$/, { error: 'must be a link inside the site starting with "/", e.g. `/web/http-basics/#status-codes`.' }),
};

const choice = z.object({
  id: idField('choice id', 'a'),
  /** The option as the reader sees it (Markdown). */
  text: markdown('choice text', '"The distribution shifted"'),
  /** Shown when the reader picks this choice (Markdown). */
  explanation: z.string().optional(),
});
const choices = z
  .array(choice, { error: required('choices', 'a list of options', '[{ id: a, text: ... }, { id: b, text: ... }]') })
  .min(2, { error: 'needs at least two options. Add the missing choices.' });

const single = z.object({ ...questionBase, type: z.literal('single'), choices, answer: idField('answer', 'b') });
const output = z.object({
  ...questionBase,
  type: z.literal('output'),
  /** The command or program whose output the reader predicts. */
  code: markdown('code', '"$ dvc status"'),
  language: z.string().default('text'),
  choices,
  answer: idField('answer', 'b'),
});
const multiple = z.object({
  ...questionBase,
  type: z.literal('multiple'),
  choices,
  answer: z
    .array(idField('answer', 'a'), { error: required('answer', 'a list of choice ids', '[a, c]') })
    .min(1, { error: 'is empty. List every correct choice id, e.g. `answer: [a, c]`.' }),
});
const truefalse = z.object({
  ...questionBase,
  type: z.literal('truefalse'),
  answer: z.boolean({ error: required('answer', 'true or false', 'true') }),
  explanations: z.object({ true: z.string().optional(), false: z.string().optional() }).optional(),
});
const order = z.object({
  ...questionBase,
  type: z.literal('order'),
  /** Steps in the order the reader first sees them. */
  steps: z
    .array(z.object({ id: idField('step id', 'validate'), text: markdown('step text', '"Validate the data"') }), {
      error: required('steps', 'a list of steps', '[{ id: validate, text: ... }]'),
    })
    .min(2, { error: 'needs at least two steps to put in order.' }),
  answer: z.array(idField('answer', 'validate'), { error: required('answer', 'the step ids in the correct order', '[collect, validate, train]') }),
});
const fill = z.object({
  ...questionBase,
  type: z.literal('fill'),
  /** Accepted answers, compared ignoring case and extra whitespace. */
  accept: z
    .array(z.string().trim().min(1), { error: required('accept', 'a list of accepted answers', '["404", "not found"]') })
    .min(1, { error: 'is empty. List at least one accepted answer, e.g. `accept: ["not found"]`.' }),
  /** Optional regular expression that also counts as correct (tested case-insensitively). */
  pattern: z
    .string()
    .refine(isValidRegex, { error: 'is not a valid regular expression. Check brackets and escapes, or remove it.' })
    .optional(),
  placeholder: z.string().optional(),
});

function isValidRegex(source: string): boolean {
  try {
    new RegExp(source);
    return true;
  } catch {
    return false;
  }
}

const unknownType = (issue: { input?: unknown }) => {
  const type = (issue.input as { type?: unknown } | undefined)?.type;
  return type === undefined
    ? `needs a \`type\`: one of ${QUESTION_TYPES.join(', ')}.`
    : `has type "${String(type)}", which does not exist. Use one of: ${QUESTION_TYPES.join(', ')}.`;
};

/** One question: a union on `type`, plus checks between fields (the answer must fit the choices). */
export const questionSchema = z
  .discriminatedUnion('type', [single, multiple, truefalse, order, output, fill], { error: unknownType })
  .superRefine((question, ctx) => {
    if ('choices' in question) {
      const ids = question.choices.map((c) => c.id);
      const duplicates = ids.filter((id, i) => ids.indexOf(id) !== i);
      for (const id of new Set(duplicates)) {
        ctx.addIssue({ code: 'custom', path: ['choices'], message: `has two choices with id "${id}". Give each choice its own id.` });
      }
      const answers = Array.isArray(question.answer) ? question.answer : [question.answer];
      for (const answer of answers) {
        if (typeof answer === 'string' && !ids.includes(answer)) {
          ctx.addIssue({
            code: 'custom',
            path: ['answer'],
            message: `"${answer}" is not among the choices (${ids.join(', ')}). Use the id of the correct choice.`,
          });
        }
      }
      if (question.type === 'multiple' && new Set(answers).size !== answers.length) {
        ctx.addIssue({ code: 'custom', path: ['answer'], message: 'lists the same choice twice. List each correct choice once.' });
      }
    }
    if (question.type === 'order') {
      const stepIds = question.steps.map((s) => s.id);
      const isPermutation =
        question.answer.length === stepIds.length &&
        new Set(question.answer).size === stepIds.length &&
        question.answer.every((id) => stepIds.includes(id));
      if (!isPermutation) {
        ctx.addIssue({
          code: 'custom',
          path: ['answer'],
          message: `must list every step id exactly once in the correct order (steps: ${stepIds.join(', ')}; got: ${question.answer.join(', ') || 'nothing'}).`,
        });
      }
    }
  });

export { MAX_BADGE_CHARS, badgeNameProblem } from '../core/badge-name';

/**
 * The name of the badge a perfect challenge run earns: a bank's `badge` field or a
 * `<Quiz mode="challenge" badge="...">` prop. Optional: the default is derived from the bank title.
 * The rule is `badgeNameProblem`'s, shared with the quiz resolver.
 */
export const badgeNameSchema = z
  .string({ error: optional('badge', 'text', '"Sharp Eye"') })
  .superRefine((value, ctx) => {
    const problem = badgeNameProblem(value);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  })
  .transform((value) => value.trim());

/** A question bank file: `content/quizzes/<bank>.yaml`. */
export const bankSchema = z.object(
  {
  /** Shown above quizzes drawn from this bank. */
  title: z.string({ error: requiredIn('title', 'text', '"HTTP basics"', 'the top of the file') }).min(1),
  /** Slug of the article this bank belongs to (optional). */
  article: z.string().optional(),
  /** Name of the badge for a perfect challenge run (optional; default: derived from `title`). */
  badge: badgeNameSchema.optional(),
  questions: z
    .array(questionSchema, { error: requiredIn('questions', 'a list of questions', '[...]', 'the top of the file') })
    .min(1, { error: 'is empty. Add at least one question.' }),
  },
  { error: 'is empty or is not a question bank. A bank starts with `title:` and a `questions:` list (see docs/AUTHORING.md).' },
);

export type QuestionSource = z.infer<typeof questionSchema>;
export type BankSource = z.infer<typeof bankSchema>;
