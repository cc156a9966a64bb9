import { describe, expect, it } from 'vitest';
import { OPTION_NAMES, parseOptions, ROUTE_NAMES, studyforgeOptionsSchema } from '../../../src/integration/options';

/** The one problem a bad input gives, as `where: message`. */
function problem(input: unknown): string {
  const parsed = parseOptions(input);
  expect(parsed.options).toBeUndefined();
  expect(parsed.problems).toHaveLength(1);
  const [only] = parsed.problems!;
  expect(only!.file).toBe('astro.config.mjs');
  return `${only!.where}: ${only!.message}`;
}

const DEFAULTS = {
  content: './content',
  search: true,
  routes: { home: true, interview: true, quizzes: true, notFound: true, sitemap: true, robots: true },
  csp: true,
};

describe('parseOptions: defaults', () => {
  it('gives every default to studyforge() and studyforge({})', () => {
    expect(parseOptions(undefined)).toEqual({ options: DEFAULTS });
    expect(parseOptions({})).toEqual({ options: DEFAULTS });
  });

  it('keeps what is given and defaults the rest, route by route', () => {
    expect(parseOptions({ content: ' ./notes ', search: false, routes: { interview: false } }).options).toEqual({
      ...DEFAULTS,
      content: './notes',
      search: false,
      routes: { ...DEFAULTS.routes, interview: false },
    });
    expect(parseOptions({ csp: false }).options?.csp).toBe(false);
  });

  it('names, in its messages, exactly the options and routes the schema has', () => {
    const shape = studyforgeOptionsSchema.unwrap().shape;
    expect(Object.keys(shape).sort()).toEqual([...OPTION_NAMES].sort());
    expect(Object.keys(shape.routes.unwrap().shape).sort()).toEqual([...ROUTE_NAMES].sort());
  });
});

describe('parseOptions: every bad option names itself and the fix', () => {
  it('an unknown option: lists the options and suggests the likely one', () => {
    expect(problem({ contnet: './content' })).toBe(
      'studyforge() options: has unknown option "contnet" (did you mean "content"?). The options are content, search, routes and csp (see docs/INTEGRATION.md).',
    );
    expect(problem({ theme: 'dark', colour: 'red' })).toBe(
      'studyforge() options: has unknown options "theme", "colour". The options are content, search, routes and csp (see docs/INTEGRATION.md).',
    );
  });

  it('options that are not an object', () => {
    for (const input of ['./content', null, 42, ['./content']]) {
      expect(problem(input)).toBe('studyforge() options: must be an object of options, e.g. `studyforge({ content: "./content" })`.');
    }
  });

  it('content: not text, or empty', () => {
    expect(problem({ content: 5 })).toBe('studyforge() option content: must be the path of your content folder, e.g. `content: "./content"`.');
    expect(problem({ content: '   ' })).toBe('studyforge() option content: is empty. Give the path of your content folder, e.g. `content: "./content"`.');
  });

  it('search and csp: not true or false', () => {
    expect(problem({ search: 'yes' })).toBe('studyforge() option search: must be true or false, e.g. `search: false` to build without search.');
    expect(problem({ csp: 1 })).toBe('studyforge() option csp: must be true or false, e.g. `csp: false` when your site sets its own policy.');
  });

  it('routes: not an object, an unknown route, or a route that is not true or false', () => {
    expect(problem({ routes: false })).toBe('studyforge() option routes: must be an object of true/false switches, e.g. `routes: { home: false }`.');
    expect(problem({ routes: { notfound: false } })).toBe(
      'studyforge() option routes: has unknown route "notfound" (did you mean "notFound"?). The routes are home, interview, quizzes, notFound, sitemap and robots.',
    );
    expect(problem({ routes: { home: 'no' } })).toBe(
      'studyforge() option routes.home: must be true or false: whether Studyforge adds the home page (/), e.g. `false` when your site has its own.',
    );
  });

  it('reports every bad option at once', () => {
    const { problems } = parseOptions({ search: 2, extra: true }, 'astro.config.ts');
    expect(problems?.map((p) => `${p.file} ${p.where}`)).toEqual(['astro.config.ts studyforge() option search', 'astro.config.ts studyforge() options']);
  });
});
