import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { articleSchema, sectionSchema } from './schemas/article';
import { resolveContentDir } from './lib/content-dir';

const contentDir = resolveContentDir();
const sectionsFile = join(contentDir, 'sections.yaml');

/** MDX (and plain Markdown) articles under `<content>/articles/<section>/`. */
const articles = defineCollection({
  loader: glob({ pattern: '**/*.{md,mdx}', base: pathToFileURL(join(contentDir, 'articles')) }),
  schema: articleSchema,
});

/** Optional titles, descriptions and order of sections (`<content>/sections.yaml`, keyed by folder). */
const sections = defineCollection({
  loader: existsSync(sectionsFile) ? file(sectionsFile) : { name: 'no-sections-file', load: async () => {} },
  schema: sectionSchema,
});

export const collections = { articles, sections };
