/// <reference path="../virtual.d.ts" />
// (A host site's type check reaches this file through the package, without our src/virtual.d.ts.)
/**
 * The Studyforge content collections, for a project's `src/content.config.ts`:
 * `export const collections = { ...studyforgeCollections(), blog }`. The integration creates that
 * file when a project has none. The content folder comes from the `studyforge()` options.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import studyforgeConfig from 'virtual:studyforge/config';
import { articleSchema, sectionSchema } from '../schemas/article';
import { homeSchema } from '../schemas/home';
import { bankSchema } from '../quiz/build/schema';
import { interviewTopicSchema } from '../interview/schema';
import { patternProblems } from '../quiz/build/pattern-safety';
import { renderBank } from '../quiz/build/render-bank';
import { renderInterviewTopic } from '../interview/render';
import { articlesLoader } from './articles';
import { yamlCollectionLoader } from './yaml-collection';
import { COLLECTIONS } from './collection-names';

export { COLLECTIONS } from './collection-names';

export function studyforgeCollections(contentDir: string = studyforgeConfig.contentDir) {
  const sectionsFile = join(contentDir, 'sections.yaml');
  const homeFile = join(contentDir, 'index.mdx');
  return {
    /** MDX articles under `<content>/articles/<section>/` (a `.md` file stops the build: see integration/preflight.ts). */
    [COLLECTIONS.articles]: defineCollection({
      loader: articlesLoader(pathToFileURL(join(contentDir, 'articles'))),
      schema: articleSchema,
    }),
    /** Optional titles, descriptions and order of sections (`<content>/sections.yaml`, keyed by folder). */
    [COLLECTIONS.sections]: defineCollection({
      loader: existsSync(sectionsFile) ? file(sectionsFile) : { name: 'no-sections-file', load: async () => {} },
      schema: sectionSchema,
    }),
    /** The author's home page (`<content>/index.mdx`), when there is one: not an article, so in no section or sidebar. */
    [COLLECTIONS.home]: defineCollection({
      loader: existsSync(homeFile) ? glob({ pattern: 'index.mdx', base: pathToFileURL(contentDir) }) : { name: 'no-home-page', load: async () => {} },
      schema: homeSchema,
    }),
    /** Question banks (`<content>/quizzes/<bank>.yaml`), validated and rendered to HTML at build. */
    [COLLECTIONS.quizzes]: defineCollection({
      loader: yamlCollectionLoader({
        name: 'studyforge-quiz-banks',
        dir: join(contentDir, 'quizzes'),
        schema: bankSchema,
        items: { key: 'questions', label: 'question' },
        render: (name, bank, render) => renderBank(name, bank, render) as unknown as Promise<Record<string, unknown>>,
        check: patternProblems,
      }),
    }),
    /** Interview practice (`<content>/interview/<topic>.yaml`). */
    [COLLECTIONS.interview]: defineCollection({
      loader: yamlCollectionLoader({
        name: 'studyforge-interview',
        dir: join(contentDir, 'interview'),
        schema: interviewTopicSchema,
        items: { key: 'questions', label: 'interview question' },
        render: (name, topic, render) => renderInterviewTopic(name, topic, render) as unknown as Promise<Record<string, unknown>>,
      }),
    }),
  };
}
export { articlesLoader } from './articles';
export { yamlCollectionLoader } from './yaml-collection';
