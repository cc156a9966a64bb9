/**
 * Base-path-aware site URLs. Studyforge's routes, catalog and link checker all speak in paths from
 * the site root (`/section/slug/`); a site served under a sub-path (`https://user.github.io/my-notes/`)
 * needs that prefix on every URL it writes into a page. Everything that renders a site URL goes
 * through `url()`, so the prefix lives in one place.
 */

/** Normalises a base to `/` or `/a/b/` (leading and trailing slash). */
export function normaliseBase(base: string | undefined): string {
  const trimmed = (base ?? '').replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

/** The base path of a public site URL: `https://user.github.io/my-notes/` -> `/my-notes/`. */
export function basePathOf(siteUrl: string | undefined): string {
  if (!siteUrl) return '/';
  try {
    return normaliseBase(new URL(siteUrl).pathname);
  } catch {
    return '/';
  }
}

/**
 * Puts `base` in front of a site path: `withBase('/my-notes/', '/a/b/#x')` -> `/my-notes/a/b/#x`.
 * Only root-relative paths change: `#anchors`, `?queries`, relative paths, `//host` and `scheme:` URLs
 * pass through, and a path that already carries the base is left alone.
 */
export function withBase(base: string, path: string): string {
  const prefix = normaliseBase(base);
  if (prefix === '/' || !path.startsWith('/') || path.startsWith('//')) return path;
  if (path === prefix.slice(0, -1) || path.startsWith(prefix)) return path;
  return prefix + path.slice(1);
}

/** Takes the base off a path (`/my-notes/a/` -> `/a/`), e.g. to match `Astro.url.pathname` against catalog URLs. */
export function withoutBase(base: string, path: string): string {
  const prefix = normaliseBase(base);
  if (prefix === '/') return path;
  if (path === prefix.slice(0, -1)) return '/';
  return path.startsWith(prefix) ? `/${path.slice(prefix.length)}` : path;
}

/** The site's base path, as Vite/Astro set it from `base` (`/` outside a build). */
export const BASE: string = normaliseBase(import.meta.env?.BASE_URL);

/** A site path with the site's base in front: `url('/section/slug/')` -> `/my-notes/section/slug/`. */
export const url = (path: string): string => withBase(BASE, path);

/** A page's path without the site's base (`Astro.url.pathname` -> the catalog's `/section/slug/`). */
export const routePath = (path: string): string => withoutBase(BASE, path);
