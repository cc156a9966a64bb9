// `npm start`: builds the site if there is no build yet, then serves dist/ on http://localhost:4321.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { serveStatic } from './serve-static.mjs';

const port = process.env.PORT ?? '4321';
const bin = (name) => new URL(`../node_modules/.bin/${name}`, import.meta.url).pathname;

if (!existsSync('dist/index.html') || process.argv.includes('--rebuild')) {
  console.log('No build found in dist/: building the site first (npm run build).');
  const build = spawnSync(bin('astro'), ['build'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

await serveStatic('dist', port, process.env.HOST ?? '127.0.0.1');
console.log(`Serving dist/ on http://localhost:${port}/ (Ctrl+C to stop)`);
