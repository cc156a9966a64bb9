/**
 * `<content>/site.yaml`: the site's identity (title, logo, footer, home page text...), so an author
 * publishes their own site without editing Studyforge. Optional: without it, neutral defaults.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, extname, isAbsolute, relative, resolve } from 'node:path';
import { z } from 'astro/zod';
import type { ContentProblem } from '../lib/content-problems';
import { displayPath } from '../lib/content-dir';
import { parseYaml } from '../lib/yaml-problems';
import { suggest } from '../lib/content-problems';
import { defaultDirection } from '../i18n/direction';

/** The locales Studyforge ships UI text for; a new locale adds its strings and its code here. */
export const LOCALES = ['en', 'de'] as const;
export type Locale = (typeof LOCALES)[number];

export const SITE_FILE = 'site.yaml';
/** Image types a logo or favicon may have (browsers show both everywhere). */
const IMAGE_TYPES = ['.svg', '.png'] as const;

const text = (field: string, example: string) =>
  z.string({ error: `must be text, e.g. \`${field}: ${example}\`.` }).trim().min(1, { error: `is empty. Give it text, e.g. \`${field}: ${example}\`, or leave the field out.` });

const webUrl = (field: string, example: string) =>
  z
    .string({ error: `must be a web address, e.g. \`${field}: ${example}\`.` })
    .refine((value) => /^https?:\/\/[^\s/]+/.test(value) && URL.canParse(value), {
      error: (issue) => `is "${String(issue.input)}", which is not a web address. Give a full http(s) URL, e.g. \`${field}: ${example}\`.`,
    });

/** A link an author writes: a full web address or a path on this site (`/section/slug/`). */
const href = (field: string) =>
  z
    .string({ error: `must be a link, e.g. \`${field}: /basics/\` or \`${field}: https://example.org\`.` })
    .refine((value) => value.startsWith('/') || (/^https?:\/\//.test(value) && URL.canParse(value)), {
      error: (issue) => `is "${String(issue.input)}", which is neither a path on this site (starting with /) nor a full http(s) URL.`,
    });

const link = (field: string) => z.strictObject({ label: text(`${field}.label`, 'Contact'), href: href(`${field}.href`) }, { error: `must be \`{ label: "...", href: "..." }\`.` });

export const siteSchema = z.strictObject(
  {
    title: text('title', 'My notes').optional(),
    tagline: text('tagline', 'What I learned about Rust').optional(),
    description: text('description', 'Articles and quizzes about Rust.').optional(),
    /** Shown in the header; `src` is a file in the content folder. */
    logo: z.strictObject({ src: text('logo.src', 'logo.svg'), alt: z.string({ error: 'must be text that says what the logo shows, or "" when the title next to it says it all.' }) }, { error: 'must be `{ src: logo.svg, alt: "..." }`.' }).optional(),
    favicon: text('favicon', 'favicon.svg').optional(),
    locale: z.string({ error: `must be a language code, one of: ${LOCALES.join(', ')}.` }).refine((value) => (LOCALES as readonly string[]).includes(value), {
      error: (issue) => `is "${String(issue.input)}", which Studyforge has no UI text for. Use one of: ${LOCALES.join(', ')}.`,
    }).optional(),
    /** Writing direction of the UI; by default the locale's (right-to-left for Arabic, Hebrew...). */
    dir: z.enum(['ltr', 'rtl'], { error: (issue) => `is "${String(issue.input)}"; use \`dir: ltr\` (left to right) or \`dir: rtl\` (right to left), or leave it out to follow the locale.` }).optional(),
    footer: z.strictObject({ text: text('footer.text', '© 2026 Ada Lovelace').optional(), links: z.array(link('footer.links[]'), { error: 'must be a list of `{ label, href }` links.' }).optional() }, { error: 'must be `{ text: "...", links: [...] }`.' }).optional(),
    repository: webUrl('repository', 'https://github.com/me/notes').optional(),
    /** Base of "Edit this page": the article's path in the content folder is added, e.g. `articles/basics/intro.mdx`. */
    editUrl: webUrl('editUrl', 'https://github.com/me/notes/edit/main/content/').optional(),
    hero: z.strictObject({ title: text('hero.title', 'Learn Rust').optional(), text: text('hero.text', 'Short articles, each with a quiz.').optional(), cta: link('hero.cta').optional() }, { error: 'must be `{ title: "...", text: "...", cta: { label, href } }`.' }).optional(),
  },
  {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? `has unknown field${issue.keys.length === 1 ? '' : 's'} ${issue.keys.map((key) => { const hint = suggest(key, SITE_FIELDS); return hint ? `"${key}" (did you mean "${hint}"?)` : `"${key}"`; }).join(', ')}. The fields are ${SITE_FIELDS.join(', ')}.`
        : 'must be a group of fields, e.g. `title: My notes`.',
  },
);
const SITE_FIELDS = ['title', 'tagline', 'description', 'logo', 'favicon', 'locale', 'dir', 'footer', 'repository', 'editUrl', 'hero'];

/** The identity the site's pages read (`virtual:studyforge/config`'s `site`). Files are absolute paths until the config module turns them into URLs. */
export interface SiteIdentity {
  title: string;
  tagline?: string;
  description?: string;
  logo?: { src: string; alt: string };
  favicon?: string;
  locale: Locale;
  /** `<html dir>`: from site.yaml, else the locale's direction. */
  dir: 'ltr' | 'rtl';
  footer: { text?: string; links: { label: string; href: string }[] };
  repository?: string;
  editUrl?: string;
  hero: { title?: string; text?: string; cta?: { label: string; href: string } };
}

/** Neutral defaults: the folder's name as title, nothing else said about the content. */
export function defaultIdentity(contentDir: string): SiteIdentity {
  return { title: basename(resolve(contentDir)), locale: 'en', dir: 'ltr', footer: { links: [] }, hero: {} };
}

/** An image named in site.yaml: inside the content folder, existing, SVG or PNG. */
function imageProblem(contentDir: string, file: string, field: string, src: string): ContentProblem | undefined {
  const path = resolve(contentDir, src);
  const rel = relative(resolve(contentDir), path);
  if (isAbsolute(src) || rel.startsWith('..') || isAbsolute(rel)) {
    return { file, where: field, message: `is "${src}", which is outside the content folder. Put the image in the content folder and give its path relative to it, e.g. \`logo.svg\`.` };
  }
  if (!existsSync(path) || !statSync(path).isFile()) {
    return { file, where: field, message: `is "${src}", but there is no such file in the content folder. Check the spelling, or add the image there.` };
  }
  if (!(IMAGE_TYPES as readonly string[]).includes(extname(path).toLowerCase())) {
    return { file, where: field, message: `is "${src}", which is not an SVG or PNG image. Use a .svg or .png file.` };
  }
  return undefined;
}

/** Reads and checks `<content>/site.yaml`; every problem names the file, the field and the fix. */
export function loadSiteIdentity(contentDir: string): { site: SiteIdentity; problems: ContentProblem[] } {
  const site = defaultIdentity(contentDir);
  const path = resolve(contentDir, SITE_FILE);
  if (!existsSync(path)) return { site, problems: [] };
  const file = displayPath(path);
  const parsed = parseYaml(file, readFileSync(path, 'utf8'));
  if (parsed.problem) return { site, problems: [parsed.problem] };
  if (parsed.data === undefined || parsed.data === null) return { site, problems: [] };
  const result = siteSchema.safeParse(parsed.data);
  if (!result.success) {
    return {
      site,
      problems: result.error.issues.map((issue) => ({ file, where: issue.path.join('.') || '(file)', message: issue.message })),
    };
  }
  const data = result.data;
  const problems = [
    data.logo && imageProblem(contentDir, file, 'logo.src', data.logo.src),
    data.favicon && imageProblem(contentDir, file, 'favicon', data.favicon),
  ].filter((p): p is ContentProblem => Boolean(p));
  if (problems.length) return { site, problems };
  return {
    site: {
      ...site,
      ...data,
      title: data.title ?? site.title,
      locale: (data.locale ?? site.locale) as Locale,
      dir: data.dir ?? defaultDirection(data.locale ?? site.locale),
      logo: data.logo && { src: resolve(contentDir, data.logo.src), alt: data.logo.alt },
      favicon: data.favicon && resolve(contentDir, data.favicon),
      footer: { text: data.footer?.text, links: data.footer?.links ?? [] },
      hero: data.hero ?? {},
    },
    problems,
  };
}
