// `npm start`: builds the site when there is no build yet or the sources changed since the last
// one, then serves dist/ on http://localhost:4321 (PORT changes the port; SITE_URL's path, if any, is
// the path it is served under).
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { serveStatic } from './serve-static.mjs';

const port = process.env.PORT ?? '4321';
const contentDir = process.env.STUDY_CONTENT_DIR ?? 'content';
const bin = (name) => new URL(`../node_modules/.bin/${name}`, import.meta.url).pathname;

/** Newest modification time of a file or of any file below a folder. */
function newest(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((latest, name) => Math.max(latest, newest(join(path, name))), stat.mtimeMs);
}

const built = existsSync('dist/index.html') ? statSync('dist/index.html').mtimeMs : 0;
const sources = Math.max(newest(contentDir), newest('src'), newest('public'), newest('astro.config.mjs'));
if (!built || sources > built || process.argv.includes('--rebuild')) {
  console.log(built ? 'Sources changed since the last build: rebuilding (npm run build).' : 'No build in dist/ yet: building the site (npm run build).');
  const build = spawnSync(bin('astro'), ['build'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

// A site built for a sub-path (SITE_URL=https://user.github.io/my-notes/) is served under that path, as its host will.
const prefix = process.env.SITE_URL ? new URL(process.env.SITE_URL).pathname : '/';
await serveStatic('dist', port, process.env.HOST ?? '127.0.0.1', prefix);
console.log(`Serving dist/ on http://localhost:${port}${prefix} (Ctrl+C to stop)`);
