import { z } from 'astro/zod';
import { oneOf, optional, required } from './messages';

export const DIFFICULTIES = ['beginner', 'intermediate', 'advanced'] as const;
export type Difficulty = (typeof DIFFICULTIES)[number];

/** A URL segment: lower-case words joined by hyphens. */
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** `YYYY-MM-DD` as a UTC date, or undefined when it is not one or names a day that does not exist. */
function calendarDate(text: string): Date | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return undefined;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().slice(0, 10) === text ? date : undefined;
}

/**
 * Front matter of a concept article (`content/articles/<section>/<slug>.mdx`).
 * Each field's comment is the reference documentation for authors.
 */
export const articleSchema = z.object({
  /** Page title: the `<h1>`, the browser tab, the sidebar and search results. Required. */
  title: z
    .string({ error: required('title', 'text', '"Getting started"') })
    .trim()
    .min(1, { error: 'is empty. Give the article a title, e.g. `title: "Getting started"`.' }),
  /** One or two sentences for the home page, section pages, search and link previews. Required. */
  description: z
    .string({ error: required('description', 'text', '"What to install before the first build."') })
    .trim()
    .min(1, { error: 'is empty. Summarise the article in one or two sentences.' }),
  /**
   * Section slug. Optional: defaults to the folder the file is in. When given it must equal that
   * folder, so the URL and the sidebar never disagree with the file tree.
   */
  section: z
    .string({ error: optional('section', 'a folder name', 'foundations') })
    .regex(SLUG, { error: 'must be a folder name in lower-case-with-hyphens, e.g. `section: foundations`.' })
    .optional(),
  /** How much the reader should already know. */
  difficulty: z.enum(DIFFICULTIES, { error: oneOf('difficulty', DIFFICULTIES) }),
  /** Position inside the section (ascending); ties are broken by title. Default 100. */
  order: z
    .number({ error: optional('order', 'a number', '10') })
    .int({ error: 'must be a whole number, e.g. `order: 10`.' })
    .default(100),
  /** Free-form keywords, shown on the page and used by search. */
  tags: z.array(z.string(), { error: optional('tags', 'a list of words', '[caching, http]') }).default([]),
  /** Drafts are built by `npm run dev` but left out of `npm run build`. */
  draft: z.boolean({ error: optional('draft', 'true or false', 'true') }).default(false),
  /** Date of the last meaningful change (YYYY-MM-DD), shown under the title. */
  updated: z
    .preprocess(
      // YAML reads 2026-11-22 as a date; accept that or the same text, nothing else (not `true`, not 5).
      // A day that does not exist (2026-02-30) stays text: `new Date` would roll it over to March.
      (value) => (typeof value === 'string' ? (calendarDate(value.trim()) ?? value) : value),
      z.date({
        error: (issue) =>
          typeof issue.input === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(issue.input.trim())
            ? `is ${issue.input.trim()}, a day that does not exist. Write a real date as YYYY-MM-DD, e.g. \`updated: 2026-11-22\`.`
            : optional('updated', 'a date written YYYY-MM-DD', '2026-11-22')(issue),
      }),
    )
    .optional(),
  /** Slugs of related articles, linked at the end of the page. Each must exist. */
  related: z
    .array(z.string().regex(SLUG, { error: 'must be an article slug such as `why-cicd-differs-for-ml`.' }), {
      error: optional('related', 'a list of article slugs', '[getting-started]'),
    })
    .default([]),
  /** URL slug. Optional: defaults to the file name. Must be unique across the site. */
  slug: z
    .string({ error: optional('slug', 'text', 'getting-started') })
    .regex(SLUG, { error: 'must be lower-case-with-hyphens, e.g. `slug: getting-started`.' })
    .optional(),
});

export type ArticleFrontmatter = z.infer<typeof articleSchema>;

/** Front matter of an optional `content/sections.yaml` entry (title and order of a section). */
export const sectionSchema = z.object({
  title: z.string({ error: required('title', 'text', '"Foundations"') }).min(1),
  description: z.string().default(''),
  order: z.number().int().default(100),
});
export type SectionMeta = z.infer<typeof sectionSchema>;
