/**
 * Build-time glue for the bank data and bank pages: which articles show each bank's questions (from
 * the same placements the build checks use), and the URL maker of the published files. Loaded once
 * per build.
 */
import { loadCatalog } from '../../catalog/load-catalog';
import { loadQuizzes } from '../build/load-quizzes';
import { questionPlacements } from '../build/placements';
import { url } from '../../lib/url';
import { articlesByBank, type Href, type PageLink } from './bank-data';

let cached: Promise<Map<string, PageLink[]>> | undefined;

/** The articles that show questions of each bank. */
export function loadBankArticles(): Promise<Map<string, PageLink[]>> {
  cached ??= (async () => {
    const [catalog, { banks }] = await Promise.all([loadCatalog(), loadQuizzes()]);
    // In reading order (placements list single questions before quizzes).
    const order = new Map(catalog.articles.map((article, i) => [article.url, i]));
    const byBank = articlesByBank(questionPlacements(catalog.articles, banks));
    for (const list of byBank.values()) list.sort((a, b) => order.get(a.url)! - order.get(b.url)!);
    return byBank;
  })();
  return cached;
}

/**
 * URLs in published data: absolute when the site has a public URL (`site`), so a copy of the file on
 * another host still links back; else from the site root, base path included.
 */
export function dataHref(site: URL | undefined): Href {
  return (path) => (site ? new URL(url(path), site).href : url(path));
}
