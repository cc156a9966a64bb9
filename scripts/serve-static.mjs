// A small static file server for the built site: directory URLs serve index.html, unknown paths
// get 404.html with status 404, and nothing outside the folder is ever served.
// Usage: node scripts/serve-static.mjs <dir> <port>
import { createServer } from 'node:http';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.wasm': 'application/wasm',
  '.woff2': 'font/woff2',
};

export function serveStatic(root, port, host = '127.0.0.1') {
  const base = resolve(root);
  const find = (urlPath) => {
    const path = normalize(join(base, decodeURIComponent(urlPath)));
    if (path !== base && !path.startsWith(base + sep)) return undefined;
    if (existsSync(path) && statSync(path).isFile()) return path;
    const index = join(path, 'index.html');
    if (existsSync(index)) return urlPath.endsWith('/') ? index : { redirect: `${urlPath}/` };
    return undefined;
  };
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    let found;
    try {
      found = find(url.pathname);
    } catch {
      found = undefined;
    }
    if (found && typeof found === 'object') {
      response.writeHead(301, { Location: found.redirect + url.search });
      response.end();
      return;
    }
    const file = found ?? join(base, '404.html');
    const status = found ? 200 : 404;
    if (!existsSync(file)) {
      response.writeHead(404, { 'Content-Type': 'text/plain' });
      response.end('Not found');
      return;
    }
    response.writeHead(status, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'no-cache' });
    createReadStream(file).pipe(response);
  });
  return new Promise((resolvePromise) => server.listen(Number(port), host, () => resolvePromise(server)));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [root = 'dist', port = '4321'] = process.argv.slice(2);
  if (!existsSync(join(root, 'index.html'))) {
    console.error(`Nothing to serve: ${root}/index.html does not exist. Run \`npm run build\` first.`);
    process.exit(1);
  }
  await serveStatic(root, port);
  console.log(`Serving ${root}/ on http://localhost:${port}/ (Ctrl+C to stop)`);
}
