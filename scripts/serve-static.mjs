// A small static file server for the built site: directory URLs serve index.html, unknown paths
// get 404.html with status 404, and nothing outside the folder is ever served.
// With a prefix (a site built with a base path), the folder is served under it and nothing else exists.
// The folder's `_headers` file (Netlify / Cloudflare Pages format, written by the build) is honoured,
// so pages are tested under the HTTP Content-Security-Policy a real host sends, not only the <meta> one.
// Usage: node scripts/serve-static.mjs <dir> <port> [prefix, e.g. /notes/]
import { createServer } from 'node:http';
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
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

/** Parses a `_headers` file into rules: a path pattern (`*` matches any rest) and its headers. */
export function parseHeadersFile(text) {
  const rules = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      const pattern = new RegExp(`^${line.trim().replace(/[.+?^${}()|[\]\\]/g, '\\$&').replaceAll('*', '.*')}$`);
      rules.push({ pattern, headers: {} });
    } else if (rules.length) {
      const colon = line.indexOf(':');
      if (colon > 0) rules.at(-1).headers[line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
    }
  }
  return rules;
}

/** The headers of every rule whose pattern matches the path, later rules adding to earlier ones. */
export function headersFor(rules, path) {
  // As Netlify does: a header set by several matching rules gets their values joined.
  /** @type {Record<string, string>} */
  const headers = {};
  for (const rule of rules.filter((rule) => rule.pattern.test(path))) {
    for (const [name, value] of Object.entries(rule.headers)) headers[name] = name in headers ? `${headers[name]}, ${value}` : value;
  }
  return headers;
}

export function serveStatic(root, port, host = '127.0.0.1', prefix = '/') {
  const base = resolve(root);
  const mount = `/${prefix.replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');
  const headersFile = join(base, '_headers');
  const rules = existsSync(headersFile) ? parseHeadersFile(readFileSync(headersFile, 'utf8')) : [];
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
      // Outside the prefix is outside the site: a plain 404, so a link that escapes the base shows.
      const inside = url.pathname.startsWith(mount) || `${url.pathname}/` === mount;
      if (!inside) {
        response.writeHead(404, { 'Content-Type': 'text/plain' });
        response.end('Not found (outside the base path)');
        return;
      }
      found = find(`/${url.pathname.slice(mount.length)}`);
    } catch {
      found = undefined;
    }
    if (found && typeof found === 'object') {
      response.writeHead(301, { Location: mount + found.redirect.slice(1) + url.search });
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
    response.writeHead(status, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'no-cache', ...headersFor(rules, url.pathname) });
    createReadStream(file).pipe(response);
  });
  return new Promise((resolvePromise) => server.listen(Number(port), host, () => resolvePromise(server)));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [root = 'dist', port = '4321', prefix = '/'] = process.argv.slice(2);
  if (!existsSync(join(root, 'index.html'))) {
    console.error(`Nothing to serve: ${root}/index.html does not exist. Run \`npm run build\` first.`);
    process.exit(1);
  }
  await serveStatic(root, port, '127.0.0.1', prefix);
  console.log(`Serving ${root}/ on http://localhost:${port}${prefix} (Ctrl+C to stop)`);
}
