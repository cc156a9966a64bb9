import { z } from 'astro/zod';
import { required } from '../schemas/messages';

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const answer = (field: string, what: string) =>
  z.string({ error: required(field, what, '|') }).trim().min(1, { error: `is empty. Write the ${field} answer (${what}).` });

/** One interview question with three answer lengths the reader can reveal. */
export const interviewQuestionSchema = z.object({
  /** Unique across the site. */
  id: z.string({ error: required('id', 'text', 'iv-http-caching') }).regex(ID, { error: 'must be lower-case-with-hyphens.' }),
  question: answer('question', 'the question as an interviewer would ask it'),
  /** One or two sentences. */
  short: answer('short', 'one or two sentences'),
  /** A paragraph. */
  medium: answer('medium', 'one paragraph'),
  /** A structured answer: points, a design, trade-offs (Markdown). */
  long: answer('long', 'a structured explanation in Markdown'),
});

/** An interview topic file: `content/interview/<topic>.yaml`. */
export const interviewTopicSchema = z.object({
  title: z.string({ error: required('title', 'text', '"HTTP caching"') }).min(1),
  /** Slug of the article on this topic (optional); linked from the topic page. */
  article: z.string().optional(),
  order: z.number().int().default(100),
  questions: z.array(interviewQuestionSchema).min(1, { error: 'is empty. Add at least one question.' }),
});
export type InterviewTopic = z.infer<typeof interviewTopicSchema>;
