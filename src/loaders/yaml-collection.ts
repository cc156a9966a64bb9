import type { Loader } from 'astro/loaders';
import type { z } from 'astro/zod';
import { ContentError, type ContentProblem } from '../lib/content-problems';
import { sanitizeHtml } from '../lib/sanitize-html';
import { zodProblems } from '../lib/zod-problems';
import { readYamlFolder, type YamlFile } from './yaml-files';

import type { RenderMarkdown } from '../lib/render-markdown';

export interface YamlCollectionOptions<T extends { [key: string]: unknown }> {
  /** Loader name shown by Astro. */
  name: string;
  /** Folder of `.yaml` files; each file is one entry, named after the file. */
  dir: string;
  schema: z.ZodType<T>;
  /** The list inside each file whose items carry site-wide unique `id`s (e.g. questions). */
  items: { key: keyof T & string; label: string };
  /** Turns a valid file into the stored entry, rendering its Markdown. */
  render: (name: string, data: T, render: RenderMarkdown) => Promise<Record<string, unknown>>;
  /** Further checks of the valid files that need more than the schema (e.g. slow or async ones). */
  check?: (entries: Validated<T>['entries']) => Promise<ContentProblem[]>;
}

export interface Validated<T> {
  entries: Array<{ name: string; file: string; data: T }>;
  problems: ContentProblem[];
}

/** Schema-checks every file, then checks item ids are unique across all files. Pure apart from the input. */
export function validateYamlFiles<T extends { [key: string]: unknown }>(
  files: YamlFile[],
  schema: z.ZodType<T>,
  items: { key: keyof T & string; label: string },
): Validated<T> {
  const problems: ContentProblem[] = [];
  const entries: Validated<T>['entries'] = [];
  for (const { name, file, data } of files) {
    const parsed = schema.safeParse(data);
    if (parsed.success) entries.push({ name, file, data: parsed.data });
    else problems.push(...zodProblems(file, parsed.error, data, items));
  }
  const seen = new Map<string, string>();
  for (const { file, data } of entries) {
    for (const item of data[items.key] as Array<{ id: string }>) {
      const first = seen.get(item.id);
      if (first) {
        problems.push({
          file,
          where: `${items.label} "${item.id}", field id`,
          message: `is already used in ${first}. Ids must be unique across the site (progress and links use them): rename one.`,
        });
      } else seen.set(item.id, file);
    }
  }
  return { entries, problems };
}

/**
 * A content loader for a folder of YAML files with friendly validation: every problem names the
 * file, the item id and the field, and how to fix it. Markdown is rendered by the site's pipeline.
 */
export function yamlCollectionLoader<T extends { [key: string]: unknown }>(options: YamlCollectionOptions<T>): Loader {
  return {
    name: options.name,
    load: async ({ store, renderMarkdown, watcher }) => {
      const read = readYamlFolder(options.dir);
      const { entries, problems } = validateYamlFiles(read.files, options.schema, options.items);
      problems.unshift(...read.problems);
      if (options.check) problems.push(...(await options.check(entries)));
      if (problems.length) throw new ContentError(problems);
      store.clear();
      // YAML fields are data, not code: only allow-listed HTML survives (see sanitize-html.ts).
      const render: RenderMarkdown = async (markdown) => sanitizeHtml((await renderMarkdown(markdown)).html);
      for (const { name, data } of entries) store.set({ id: name, data: await options.render(name, data, render) });
      watcher?.add(options.dir);
    },
  };
}
