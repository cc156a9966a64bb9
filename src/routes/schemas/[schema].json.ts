import type { APIRoute, GetStaticPaths } from 'astro';
import { jsonSchemaText, PUBLISHED_SCHEMAS, type JsonSchemaEntry } from '../../schemas/json-schemas';

/** `/schemas/bank.v1.json` and `/schemas/bank-index.v1.json`: the formats of the published bank data, next to the data. */
export const getStaticPaths = (() =>
  PUBLISHED_SCHEMAS.map((entry) => ({ params: { schema: entry.file.replace(/\.json$/, '') }, props: { entry } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(jsonSchemaText((props as { entry: JsonSchemaEntry }).entry), { headers: { 'Content-Type': 'application/schema+json' } });
