/**
 * The options of `studyforge()`, checked like content: a wrong option stops the build with the
 * option's name, what is wrong and an example, not a stack trace.
 */
import { z } from 'astro/zod';
import { suggest, type ContentProblem } from '../lib/content-problems';
import type { SiteIdentity } from '../schemas/site';

/** The option and route names, as messages list them (tests check they match the schema). */
export const OPTION_NAMES = ['content', 'search', 'routes', 'csp'] as const;
export const ROUTE_NAMES = ['home', 'interview', 'quizzes', 'notFound', 'sitemap', 'robots'] as const;

/** `has unknown option "contnet" (did you mean "content"?). The options are ...`: a typo gets its fix. */
function unknownKeys(noun: string, keys: readonly string[], known: readonly string[], more = ''): string {
  const named = keys.map((key) => {
    const hint = suggest(key, known);
    return hint ? `"${key}" (did you mean "${hint}"?)` : `"${key}"`;
  });
  const list = `${known.slice(0, -1).join(', ')} and ${known.at(-1)}`;
  return `has unknown ${noun}${keys.length === 1 ? '' : 's'} ${named.join(', ')}. The ${noun}s are ${list}${more}.`;
}

const toggle = (route: string) =>
  z.boolean({ error: `must be true or false: whether Studyforge adds ${route}, e.g. \`false\` when your site has its own.` }).default(true);

export const studyforgeOptionsSchema = z
  .strictObject(
    {
      /** The content folder (articles/, quizzes/, interview/, sections.yaml), relative to the project root. */
      content: z
        .string({ error: 'must be the path of your content folder, e.g. `content: "./content"`.' })
        .trim()
        .min(1, { error: 'is empty. Give the path of your content folder, e.g. `content: "./content"`.' })
        .default('./content'),
      /** Build a Pagefind index and add the search page and the header's search button. */
      search: z.boolean({ error: 'must be true or false, e.g. `search: false` to build without search.' }).default(true),
      /** Which of the study routes to add; articles and section pages are always added. */
      routes: z
        .strictObject(
          {
            home: toggle('the home page (/)'),
            interview: toggle('the interview pages (/interview/)'),
            quizzes: toggle('the question bank pages and data (/quizzes/, /quizzes/<bank>.json)'),
            notFound: toggle('the 404 page'),
            sitemap: toggle('/sitemap.xml'),
            robots: toggle('/robots.txt'),
          },
          {
            error: (issue) =>
              issue.code === 'unrecognized_keys' ? unknownKeys('route', issue.keys, ROUTE_NAMES) : 'must be an object of true/false switches, e.g. `routes: { home: false }`.',
          },
        )
        .default({ home: true, interview: true, quizzes: true, notFound: true, sitemap: true, robots: true }),
      /** Set the site's Content-Security-Policy (what Studyforge needs: Pagefind's WebAssembly, Shiki's style attributes). */
      csp: z.boolean({ error: 'must be true or false, e.g. `csp: false` when your site sets its own policy.' }).default(true),
    },
    {
      error: (issue) =>
        issue.code === 'unrecognized_keys'
          ? unknownKeys('option', issue.keys, OPTION_NAMES, ' (see docs/INTEGRATION.md)')
          : 'must be an object of options, e.g. `studyforge({ content: "./content" })`.',
    },
  )
  .default({ content: './content', search: true, routes: { home: true, interview: true, quizzes: true, notFound: true, sitemap: true, robots: true }, csp: true });

export type StudyforgeUserOptions = z.input<typeof studyforgeOptionsSchema>;
export type StudyforgeOptions = z.output<typeof studyforgeOptionsSchema>;

/** Options as they reach the site's code (`virtual:studyforge/config`): the content folder is absolute. */
export interface StudyforgeConfig {
  contentDir: string;
  search: boolean;
  routes: StudyforgeOptions['routes'];
  /** From `<content>/site.yaml` (or neutral defaults); the config module turns logo/favicon paths into built URLs. */
  site: SiteIdentity;
}

export type ParsedOptions = { options: StudyforgeOptions; problems?: undefined } | { options?: undefined; problems: ContentProblem[] };

/** Checks the options given in `astro.config.mjs`; every problem names the option and the fix. */
export function parseOptions(input: unknown, configFile = 'astro.config.mjs'): ParsedOptions {
  const result = studyforgeOptionsSchema.safeParse(input);
  if (result.success) return { options: result.data };
  return {
    problems: result.error.issues.map((issue) => ({
      file: configFile,
      where: issue.path.length ? `studyforge() option ${issue.path.join('.')}` : 'studyforge() options',
      message: issue.message,
    })),
  };
}
