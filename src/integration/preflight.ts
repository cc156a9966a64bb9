import { existsSync, readdirSync, readFileSync, realpathSync, statSync, type Stats } from 'node:fs';
import { extname, join, relative } from 'node:path';
import { checkArticleSource } from '../lib/article-source';
import { articleIdFromPath } from '../lib/slug';
import { displayPath } from '../lib/content-dir';
import type { ContentProblem } from '../lib/content-problems';
import { zodProblems } from '../lib/zod-problems';
import { parseYaml } from '../lib/yaml-problems';
import { validateYamlFiles } from '../loaders/yaml-collection';
import { readYamlFolder } from '../loaders/yaml-files';
import { ARTICLE_COMPONENT_NAMES } from '../components/mdx/names';
import { sectionSchema } from '../schemas/article';
import { interviewTopicSchema } from '../interview/schema';
import { bankSchema } from '../quiz/build/schema';
import { loadSiteIdentity } from '../schemas/site';

/**
 * Reads the whole content folder before Astro does and returns every problem found, so that one
 * build reports all of them with file, line, field and fix. Astro would otherwise stop at the first,
 * with its own message, or publish something wrong without a word: an empty site for a folder that
 * does not exist, one of `Setup.mdx`/`setup.mdx` dropped, a `.md` file with its components as raw text.
 * Checks between files (links, `related`, quiz tags) stay in `catalog/load-catalog.ts`.
 */
/** `setting` names what chose the folder, so the message says what to change. */
export function preflightContent(contentDir: string, components: readonly string[] = ARTICLE_COMPONENT_NAMES, setting = 'STUDY_CONTENT_DIR'): ContentProblem[] {
  const show = (path: string) => displayPath(path);
  if (!isDirectory(contentDir)) {
    return [{
      file: show(contentDir),
      where: setting,
      message:
        setting === 'STUDY_CONTENT_DIR'
          ? `points to a folder that does not exist (${contentDir}). Set it to your content folder, absolute or relative to the project, or unset it to build content/.`
          : `points to a folder that does not exist (${contentDir}). Give the path of your content folder, relative to the project root, e.g. \`content: "./content"\`.`,
    }];
  }
  const articlesDir = join(contentDir, 'articles');
  const { files, problems } = findArticles(articlesDir, show);
  if (!files.length && !problems.length) {
    problems.push({
      file: show(articlesDir),
      where: 'articles',
      message: `has no .mdx articles, so the site would be empty. Add articles as articles/<section>/<slug>.mdx (see docs/AUTHORING.md), or point ${setting} at the folder that has them.`,
    });
  }

  const byId = new Map<string, string[]>();
  for (const path of files) {
    const id = articleIdFromPath(relative(articlesDir, path).split('\\').join('/'));
    byId.set(id, [...(byId.get(id) ?? []), show(path)]);
  }
  for (const [id, same] of byId) {
    if (same.length < 2) continue;
    for (const file of same) {
      problems.push({
        file,
        where: 'file name',
        message: `gives the same page address (${id}) as ${same.filter((f) => f !== file).join(', ')}: addresses ignore case, spaces and punctuation, so one page would be lost. Rename one of the files.`,
      });
    }
  }

  for (const path of files) problems.push(...checkArticleSource(show(path), readFileSync(path, 'utf8'), components));
  problems.push(...sectionsProblems(join(contentDir, 'sections.yaml'), show));
  problems.push(...loadSiteIdentity(contentDir).problems);
  // The same checks as their loaders make, so that these problems are listed with the others.
  const banks = readYamlFolder(join(contentDir, 'quizzes'));
  problems.push(...banks.problems, ...validateYamlFiles(banks.files, bankSchema, { key: 'questions', label: 'question' }).problems);
  const topics = readYamlFolder(join(contentDir, 'interview'));
  problems.push(...topics.problems, ...validateYamlFiles(topics.files, interviewTopicSchema, { key: 'questions', label: 'interview question' }).problems);
  // One file's problems together, top to bottom.
  return problems.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : (a.line ?? 0) - (b.line ?? 0)));
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/**
 * Every `.mdx` file under `articles/`, following symbolic links as Astro does, but stopping at a
 * link that leads back into a folder being read (which would never end). `.md` files are reported:
 * articles are MDX, and a `.md` file would print its components as raw text.
 */
function findArticles(articlesDir: string, show: (path: string) => string): { files: string[]; problems: ContentProblem[] } {
  const files: string[] = [];
  const problems: ContentProblem[] = [];
  if (!isDirectory(articlesDir)) return { files, problems };
  const walk = (dir: string, ancestors: string[]) => {
    for (const name of readdirSync(dir).sort()) {
      if (name.startsWith('.')) continue;
      const path = join(dir, name);
      let stats: Stats;
      try {
        stats = statSync(path);
      } catch (error) {
        const loop = (error as NodeJS.ErrnoException).code === 'ELOOP';
        problems.push({
          file: show(path),
          where: 'symbolic link',
          message: loop
            ? 'points to itself in a loop, so it can never be read. Delete the link or point it at a real file or folder.'
            : 'points to something that does not exist. Delete the link or point it at a real file or folder.',
        });
        continue;
      }
      if (stats.isDirectory()) {
        const real = realpathSync(path);
        if (ancestors.includes(real)) {
          problems.push({
            file: show(path),
            where: 'symbolic link',
            message: `leads back to ${show(real)}, which contains it, so the folder would never end. Delete the link or point it at a folder outside ${show(real)}.`,
          });
        } else walk(path, [...ancestors, real]);
      } else if (extname(name) === '.mdx') {
        files.push(path);
      } else if (extname(name) === '.md') {
        problems.push({
          file: show(path),
          where: 'file name',
          message: `ends in .md, but articles are MDX (components such as <Note> would print as raw text). Rename it to ${name.slice(0, -3)}.mdx.`,
        });
      }
    }
  };
  walk(articlesDir, [realpathSync(articlesDir)]);
  return { files, problems };
}

/** `sections.yaml`: YAML errors with the line and key, and each section's fields checked. */
function sectionsProblems(path: string, show: (path: string) => string): ContentProblem[] {
  if (!existsSync(path)) return [];
  const file = show(path);
  const text = readFileSync(path, 'utf8');
  const parsed = parseYaml(file, text);
  if (parsed.problem) return [parsed.problem];
  if (parsed.data === undefined || parsed.data === null) return [];
  if (typeof parsed.data !== 'object' || Array.isArray(parsed.data)) {
    return [{ file, line: 1, where: 'sections', message: 'must map each section folder to its fields, e.g. `foundations: { title: "Foundations", order: 1 }`.' }];
  }
  const lines = text.split('\n');
  return Object.entries(parsed.data as Record<string, unknown>).flatMap(([section, value]) => {
    const result = sectionSchema.safeParse(value);
    if (result.success) return [];
    const line = lines.findIndex((l) => l.startsWith(`${section}:`) || l.startsWith(`"${section}":`)) + 1 || undefined;
    return zodProblems(file, result.error, value, { key: '', label: '' }).map((p) => ({
      ...p,
      line,
      where: `${section}${p.where === '(file)' ? '' : `.${p.where}`}`,
      message: p.where === '(file)' ? `must be a group of fields, e.g. \`${section}: { title: "Foundations" }\`.` : p.message,
    }));
  });
}
