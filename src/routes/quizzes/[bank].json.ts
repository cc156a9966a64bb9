import type { APIRoute, GetStaticPaths } from 'astro';
import { loadQuizzes } from '../../quiz/build/load-quizzes';
import { bankData } from '../../quiz/data/bank-data';
import { BANK_SCHEMA_FILE } from '../../quiz/data/schema';
import { dataHref, loadBankArticles } from '../../quiz/data/load-bank-data';
import type { RenderedBank } from '../../quiz/core/types';

/** `/quizzes/<bank>.json`: one bank as data (schemas/bank.v1.json). */
export const getStaticPaths = (async () => {
  const { banks } = await loadQuizzes();
  return [...banks.values()].map((bank) => ({ params: { bank: bank.name }, props: { bank } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props, site }) => {
  const { bank } = props as { bank: RenderedBank };
  const href = dataHref(site);
  const articles = (await loadBankArticles()).get(bank.name) ?? [];
  const data = bankData(bank, { href, schema: href(`/schemas/${BANK_SCHEMA_FILE}`), articles });
  return new Response(JSON.stringify(data, null, 2), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
