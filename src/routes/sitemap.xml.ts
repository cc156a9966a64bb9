import { url } from '../lib/url';
import type { APIRoute } from 'astro';
import { paginate } from '../lib/navigation';
import { sitemapXml, type SitemapEntry } from '../lib/sitemap';
import { quizzesInArticles } from '../quiz/build/placements';
import { quizPageUrl } from '../quiz/core/quiz-pages';
import { loadQuizzes } from '../quiz/build/load-quizzes';
import { loadCatalog } from '../catalog/load-catalog';
import studyforgeConfig from 'virtual:studyforge/config';
import { bankPages, bankPageUrl } from '../quiz/data/bank-pages';
import { BANKS_PAGE_PATH } from '../quiz/data/formats';

/** Every indexable page: home, section pages (all of their pages), articles, the later pages of long quizzes and the bank pages. Not the 404. */
export const GET: APIRoute = async ({ site }) => {
  const content = await loadCatalog();
  const entries: SitemapEntry[] = [{ path: '/' }];
  for (const section of content.sections) {
    paginate(section.articles).forEach((_, index) => entries.push({ path: index === 0 ? section.url : `${section.url}${index + 1}/` }));
    for (const article of section.articles) entries.push({ path: article.url, lastModified: article.updated });
  }
  const { banks } = await loadQuizzes();
  for (const { article, quiz } of quizzesInArticles(content.articles, banks)) {
    for (let page = 2; page <= quiz.pageCount; page++) entries.push({ path: quizPageUrl(article.url, quiz.quizId, page) });
  }
  // Bank pages, not their filtered copies (those are marked noindex).
  if (studyforgeConfig.routes.quizzes && banks.size) {
    entries.push({ path: BANKS_PAGE_PATH });
    for (const { bank, filter, page } of bankPages(banks.values())) if (!filter) entries.push({ path: bankPageUrl(bank.name, undefined, page) });
  }
  if (content.interview.length) {
    entries.push({ path: '/interview/' }, ...content.interview.map((topic) => ({ path: topic.url })));
  }
  return new Response(sitemapXml(site ?? new URL('http://localhost:4321'), entries.map((entry) => ({ ...entry, path: url(entry.path) }))), {
    headers: { 'Content-Type': 'application/xml; charset=utf-8' },
  });
};
