import { isAbsolute, relative, resolve, sep } from 'node:path';

/**
 * "Edit this page" address: site.yaml's `editUrl` plus the file's path within the content folder,
 * e.g. `https://github.com/me/notes/edit/main/content/` + `articles/basics/intro.mdx`.
 * `filePath` is as Astro gives it (relative to the project root, or absolute).
 */
export function editUrl(base: string, contentDir: string, filePath: string, root: string = process.cwd()): string | undefined {
  const inContent = relative(resolve(contentDir), isAbsolute(filePath) ? filePath : resolve(root, filePath));
  if (inContent.startsWith('..') || isAbsolute(inContent)) return undefined;
  const path = inContent.split(sep).map(encodeURIComponent).join('/');
  return `${base.endsWith('/') ? base : `${base}/`}${path}`;
}
