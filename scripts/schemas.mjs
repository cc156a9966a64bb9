// `npm run schemas`: writes the editor JSON Schemas (src/schemas/json-schemas.ts) to schemas/.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadTs } from './load-ts.mjs';

const { JSON_SCHEMAS, jsonSchemaText } = await loadTs('/src/schemas/json-schemas.ts');
const dir = join(process.cwd(), 'schemas');
mkdirSync(dir, { recursive: true });
for (const entry of JSON_SCHEMAS) {
  writeFileSync(join(dir, entry.file), jsonSchemaText(entry));
  console.log(`wrote schemas/${entry.file}`);
}
