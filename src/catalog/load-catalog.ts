/// <reference path="../virtual.d.ts" />
// (A host site's type check reaches this file through the package, without our src/virtual.d.ts.)
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import studyforgeConfig from 'virtual:studyforge/config';
import { displayPath } from '../lib/content-dir';
import { COLLECTIONS } from '../loaders/collection-names';
import { interviewUrl, staticRoutes } from '../lib/routes';
import { getCollection, type CollectionEntry } from 'astro:content';
import { toArticle, type Article } from '../lib/articles';
import { checkArticles, checkPageLinks, linkTargets } from '../lib/article-checks';
import { ContentError } from '../lib/content-problems';
import { checkUnsafeLinks } from '../lib/unsafe-links';
import { buildSections, readingOrder, type Section } from '../lib/navigation';
import { checkBankArticles, checkHomeQuizzes, checkQuestionLinks, checkQuizTags, checkRepeatedQuestions } from '../quiz/build/tag-checks';
import type { SectionMeta } from '../schemas/article';
import { loadInterviewTopics } from '../interview/load';
import { loadQuizzes } from '../quiz/build/load-quizzes';

export interface Catalog {
  sections: Section[];
  /** Every published article in reading order. */
  articles: Article[];
  bySlug: Map<string, Article>;
  /** The collection entry behind each article id, for `render()`. */
  entries: Map<string, CollectionEntry<typeof COLLECTIONS.articles>>;
  /** Interview topic pages (`/interview/<topic>/`), for navigation and the sitemap. */
  interview: Array<{ title: string; url: string }>;
}


const MISSING_COLLECTIONS = {
  file: 'src/content.config.ts',
  where: 'collections',
  message: "has no Studyforge collections. Add them to the collections you export: `import { studyforgeCollections } from 'studyforge/content'` and `export const collections = { ...studyforgeCollections(), ...yours }`.",
};

let cached: Promise<Catalog> | undefined;

/**
 * Loads and cross-checks all content once per build. Every page calls this; the first call does the
 * work, and content problems stop the build with one message listing every problem.
 */
export function loadCatalog(): Promise<Catalog> {
  cached ??= buildCatalog();
  return cached;
}

async function buildCatalog(): Promise<Catalog> {
  const showDrafts = import.meta.env.DEV;
  const entries = await getCollection(COLLECTIONS.articles);
  // The preflight found articles, so none here means the project's content config left the collections out.
  if (!entries.length) throw new ContentError([MISSING_COLLECTIONS]);
  const all = entries.map((entry) =>
    toArticle({
      id: entry.id,
      filePath: entry.filePath ? displayPath(resolve(entry.filePath)) : entry.id,
      data: entry.data,
      body: entry.body ?? '',
    }),
  );
  // Drafts are left out before checking, so a published page cannot link to one.
  const published = all.filter((article) => showDrafts || !article.draft);
  const declaredSections = new Map(entries.map((entry) => [entry.id, entry.data.section]));
  const { banks } = await loadQuizzes();
  // Interview pages off: no topic is linked from the sidebar, the home page or the sitemap.
  const interviewTopics = studyforgeConfig.routes.interview ? await loadInterviewTopics() : [];
  const interview = interviewTopics.map((topic) => ({ title: topic.title, url: interviewUrl(topic.name) }));
  const interviewRoutes = interview.map((topic) => topic.url);
  const targets = linkTargets(published, [...staticRoutes(studyforgeConfig), ...interviewRoutes]);
  const bankFile = (bank: string) => displayPath(join(studyforgeConfig.contentDir, 'quizzes', `${bank}.yaml`));
  // The author's home page is checked like an article: its links, link schemes and quiz tags.
  const homeFile = join(studyforgeConfig.contentDir, 'index.mdx');
  const [homeEntry] = studyforgeConfig.routes.home && existsSync(homeFile) ? await getCollection(COLLECTIONS.home) : [];
  const home = homeEntry ? [{ filePath: displayPath(homeFile), body: homeEntry.body ?? '' }] : [];
  const problems = [
    ...checkArticles(published, declaredSections, targets),
    ...checkUnsafeLinks(published),
    ...checkQuizTags(published, banks),
    ...checkRepeatedQuestions(published, banks),
    ...checkQuestionLinks(banks, targets, bankFile),
    ...checkBankArticles(banks, new Set(all.map((article) => article.slug)), bankFile),
    ...home.flatMap((page) => [...checkPageLinks(page, '/', targets), ...checkUnsafeLinks([page]), ...checkQuizTags([page], banks), ...checkHomeQuizzes(page, banks)]),
  ];
  if (problems.length) throw new ContentError(problems);

  // sections.yaml is optional; reading its collection without it would warn that it is empty.
  const sectionEntries = existsSync(join(studyforgeConfig.contentDir, 'sections.yaml')) ? await getCollection(COLLECTIONS.sections) : [];
  const meta = new Map<string, SectionMeta>(sectionEntries.map((s) => [s.id, s.data]));
  const sections = buildSections(published, meta);
  const articles = readingOrder(sections);
  // Interview topics follow the reading order of the articles they belong to.
  const position = (url: string) => {
    const topic = interviewTopics.find((t) => interviewUrl(t.name) === url);
    const index = articles.findIndex((a) => a.slug === topic?.article);
    return index === -1 ? articles.length : index;
  };
  interview.sort((a, b) => position(a.url) - position(b.url));
  return {
    sections,
    articles,
    bySlug: new Map(articles.map((a) => [a.slug, a])),
    entries: new Map(entries.map((entry) => [entry.id, entry])),
    interview,
  };
}
