import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { defineCollection } from 'astro:content';
import { file } from 'astro/loaders';
import { articleSchema, sectionSchema } from './schemas/article';
import { bankSchema } from './schemas/quiz';
import { interviewTopicSchema } from './schemas/interview';
import { resolveContentDir } from './lib/content-dir';
import { articlesLoader } from './loaders/articles';
import { yamlCollectionLoader } from './loaders/yaml-collection';
import { patternProblems } from './quiz/pattern-safety';
import { renderBank } from './quiz/render-bank';
import { renderInterviewTopic } from './quiz/render-interview';

const contentDir = resolveContentDir();
const sectionsFile = join(contentDir, 'sections.yaml');

/** MDX articles under `<content>/articles/<section>/` (a `.md` file stops the build: see integrations/content-check.ts). */
const articles = defineCollection({
  loader: articlesLoader(pathToFileURL(join(contentDir, 'articles'))),
  schema: articleSchema,
});

/** Optional titles, descriptions and order of sections (`<content>/sections.yaml`, keyed by folder). */
const sections = defineCollection({
  loader: existsSync(sectionsFile) ? file(sectionsFile) : { name: 'no-sections-file', load: async () => {} },
  schema: sectionSchema,
});

/** Question banks (`<content>/quizzes/<bank>.yaml`), validated and rendered to HTML at build. */
const quizzes = defineCollection({
  loader: yamlCollectionLoader({
    name: 'studyforge-quiz-banks',
    dir: join(contentDir, 'quizzes'),
    schema: bankSchema,
    items: { key: 'questions', label: 'question' },
    render: (name, bank, render) => renderBank(name, bank, render) as unknown as Promise<Record<string, unknown>>,
    check: patternProblems,
  }),
});

/** Interview practice (`<content>/interview/<topic>.yaml`). */
const interview = defineCollection({
  loader: yamlCollectionLoader({
    name: 'studyforge-interview',
    dir: join(contentDir, 'interview'),
    schema: interviewTopicSchema,
    items: { key: 'questions', label: 'interview question' },
    render: (name, topic, render) => renderInterviewTopic(name, topic, render) as unknown as Promise<Record<string, unknown>>,
  }),
});

export const collections = { articles, sections, quizzes, interview };
