/**
 * `_headers` (the format Netlify and Cloudflare Pages read): the site's Content-Security-Policy as
 * a real HTTP header, which can carry what a `<meta>` policy cannot (`frame-ancestors`), a few
 * hardening headers, and long-lived caching for files whose names carry a content hash. Hosts
 * without the format (GitHub Pages) ignore the file; the `<meta>` policy in every page still applies.
 */
import { closeSync, openSync, readdirSync, readSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const HEADERS_FILE = '_headers';

/** A year, and never revalidated: the file name changes whenever the content does. */
const IMMUTABLE = 'public, max-age=31536000, immutable';

export interface HeaderRule {
  /** A URL path; `*` matches any rest of it. */
  path: string;
  headers: Array<[name: string, value: string]>;
}

/**
 * Merges the policies found in the pages into one: the union of each directive's sources. Astro
 * writes the same policy into every page today; should pages ever differ (hashes of per-page
 * scripts), the union still lets every page run, and each page's own `<meta>` keeps it as strict.
 */
export function mergePolicies(policies: Iterable<string>): string {
  const directives = new Map<string, Set<string>>();
  for (const policy of policies) {
    for (const directive of policy.split(';')) {
      const [name, ...sources] = directive.trim().split(/\s+/);
      if (!name) continue;
      const set = directives.get(name) ?? new Set<string>();
      for (const source of sources) set.add(source);
      directives.set(name, set);
    }
  }
  return [...directives].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

export interface HeadersOptions {
  /** The policy of the pages' `<meta>` tags (merged), or undefined when the site sets its own. */
  policy: string | undefined;
  /** The site's base path, e.g. `/` or `/notes/`. */
  base: string;
  /** Astro's folder of hashed build assets (`build.assets`, `_astro` by default). */
  assetsDir: string;
  /** Who may frame the pages (`frame-ancestors`); the embed pages may be framed by anyone. */
  frameAncestors: string;
  /** The top-level entries of the build: folders end with `/` (`basics/`), files do not (`404.html`). */
  entries?: string[];
}

/** Top-level folders whose files anyone may read from another origin: bank data, schemas, the embeds. */
export const CORS_FOLDERS = ['quizzes', 'schemas', 'embed'] as const;
/** The folder of the iframe pages, which any site may frame. */
export const EMBED_FOLDER = 'embed';

/**
 * The rules of the file, most general first. Hosts apply EVERY rule whose path matches and join the
 * values of a header set twice, so two policies would both apply and the stricter `frame-ancestors`
 * would win. Hence the site's policy is not one `/*` rule: it is listed per top-level folder and page
 * of the build (`entries`; scripts need none), leaving out `embed/`, whose rule allows framing by any site. (Cloudflare's
 * `! Content-Security-Policy` detach would also do, but Netlify does not read it.) A path no rule
 * names (a 404) still has each page's `<meta>` policy.
 */
export function headerRules({ policy, base, assetsDir, frameAncestors, entries = [] }: HeadersOptions): HeaderRule[] {
  const root = base.endsWith('/') ? base : `${base}/`;
  const rules: HeaderRule[] = [
    {
      path: `${root}*`,
      headers: [
        ['X-Content-Type-Options', 'nosniff'],
        ['Referrer-Policy', 'strict-origin-when-cross-origin'],
      ],
    },
  ];
  if (policy) {
    const site: HeaderRule['headers'] = [['Content-Security-Policy', `${policy}; frame-ancestors ${frameAncestors}`]];
    const paths = [root, ...entries.filter((entry) => entry !== `${EMBED_FOLDER}/` && entry !== `${assetsDir}/`).map((entry) => (entry.endsWith('/') ? `${root}${entry}*` : `${root}${entry}`))];
    rules.push(...paths.map((path) => ({ path, headers: site })));
    rules.push({ path: `${root}${EMBED_FOLDER}/*`, headers: [['Content-Security-Policy', `${policy}; frame-ancestors *`]] });
  }
  // The element, its bank and the hashed chunks it imports load from other origins (as modules, so with CORS).
  const cors: HeaderRule['headers'] = [['Access-Control-Allow-Origin', '*']];
  rules.push(...[...CORS_FOLDERS, assetsDir].map((folder) => ({ path: `${root}${folder}/*`, headers: cors })));
  const immutable = (path: string): HeaderRule => ({ path: `${root}${path}`, headers: [['Cache-Control', IMMUTABLE]] });
  return [
    ...rules,
    immutable(`${assetsDir}/*`),
    // Pagefind names its index chunks and fragments by content hash; its entry files keep fixed names.
    immutable('pagefind/fragment/*'),
    immutable('pagefind/index/*'),
    immutable('pagefind/filter/*'),
  ];
}

export function formatHeaders(rules: HeaderRule[]): string {
  const lines = ['# Netlify and Cloudflare Pages read this file; other hosts ignore it. Written by Studyforge at build time.'];
  for (const rule of rules) {
    lines.push(rule.path, ...rule.headers.map(([name, value]) => `  ${name}: ${value}`));
  }
  return `${lines.join('\n')}\n`;
}

const META_CSP = /<meta http-equiv="content-security-policy" content="([^"]*)"/i;

/** The start of a page, where its `<head>` and the policy are: reading whole pages would cost more on big sites. */
function pageHead(file: string, bytes = 16_384): string {
  const fd = openSync(file, 'r');
  try {
    const buffer = Buffer.alloc(bytes);
    return buffer.toString('utf8', 0, readSync(fd, buffer, 0, bytes, 0));
  } finally {
    closeSync(fd);
  }
}

/** Reads the policy of each built page and writes `_headers` into `dir`. */
export function writeHeadersFile(dir: string, pageFiles: string[], options: Omit<HeadersOptions, 'policy'>): void {
  const policies = new Set<string>();
  for (const file of pageFiles) {
    const found = META_CSP.exec(pageHead(file));
    if (found) policies.add(found[1]!.replaceAll('&#39;', "'").replaceAll('&quot;', '"'));
  }
  const policy = policies.size ? mergePolicies(policies) : undefined;
  // Pages only: folders (each holds pages or files), and top-level HTML files such as 404.html.
  const entries = readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() || entry.name.endsWith('.html'))
    .map((entry) => (entry.isDirectory() ? `${entry.name}/` : entry.name))
    .sort();
  writeFileSync(join(dir, HEADERS_FILE), formatHeaders(headerRules({ ...options, policy, entries })));
}
