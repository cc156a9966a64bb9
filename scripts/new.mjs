// `npm run new -- article <section>/<slug>` | `bank <name>` | `interview <topic>`: writes a starting
// file into the content folder (STUDY_CONTENT_DIR, or content/), never over an existing one.
// Templates and name checks live in src/lib/new-content.ts (unit-tested).
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { loadTs } from './load-ts.mjs';

const { planNewFile, schemaPathFrom, NEW_USAGE } = await loadTs('/src/lib/new-content.ts');

const [kind, name, ...extra] = process.argv.slice(2);
if (!kind || extra.length) fail(NEW_USAGE);
const plan = planNewFile(kind, name);
if ('error' in plan) fail(`${plan.error}\n\n${NEW_USAGE}`);

const root = process.cwd();
const contentDir = resolve(root, process.env.STUDY_CONTENT_DIR || 'content');
const path = join(contentDir, plan.path);
const inside = relative(root, path);
const shown = inside && !inside.startsWith('..') ? inside : path;
if (existsSync(path)) fail(`${shown} already exists; nothing written. Edit it, or choose another name.`);

const schemaPath = plan.schema ? schemaPathFrom(dirname(path), join(root, 'schemas'), plan.schema) : undefined;
mkdirSync(dirname(path), { recursive: true });
// 'wx': fail rather than overwrite, even if the file appeared since the check above.
writeFileSync(path, plan.text(schemaPath), { flag: 'wx' });
console.log(`wrote ${shown}`);
if (kind === 'article') console.log('It is a draft: `npm run dev` shows it; `npm run build` leaves it out until you remove `draft: true`.');

function fail(message) {
  console.error(message);
  process.exit(1);
}
