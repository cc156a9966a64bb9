import type { APIRoute } from 'astro';
import { loadQuizzes } from '../../quiz/build/load-quizzes';
import { bankIndex } from '../../quiz/data/bank-data';
import { BANK_INDEX_SCHEMA_FILE, BANK_SCHEMA_FILE } from '../../quiz/data/schema';
import { dataHref, loadBankArticles } from '../../quiz/data/load-bank-data';
import { SITE } from '../../site/config';

/** `/quizzes/index.json`: the manifest of every bank (schemas/bank-index.v1.json). */
export const GET: APIRoute = async ({ site }) => {
  const { banks } = await loadQuizzes();
  const articles = await loadBankArticles();
  const href = dataHref(site);
  const index = bankIndex(banks.values(), {
    href,
    schema: href(`/schemas/${BANK_INDEX_SCHEMA_FILE}`),
    bankSchema: href(`/schemas/${BANK_SCHEMA_FILE}`),
    site: { title: SITE.title },
    articles: (bank) => articles.get(bank) ?? [],
  });
  return new Response(JSON.stringify(index, null, 2), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
