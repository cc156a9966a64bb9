import { isAbsolute, relative, resolve } from 'node:path';

/** Default content root, relative to the project root. */
export const DEFAULT_CONTENT_DIR = 'content';

/**
 * The folder the site is built from. `STUDY_CONTENT_DIR` points the generator at any folder
 * of MDX (absolute, or relative to the project root); it defaults to `content/`.
 */
export function resolveContentDir(
  env: Record<string, string | undefined> = process.env,
  projectRoot: string = process.cwd(),
): string {
  const configured = env.STUDY_CONTENT_DIR?.trim();
  const dir = configured ? configured : DEFAULT_CONTENT_DIR;
  return isAbsolute(dir) ? dir : resolve(projectRoot, dir);
}

/** A path as messages show it: relative to the project when inside it, absolute otherwise. */
export function displayPath(path: string, projectRoot: string = process.cwd()): string {
  const fromRoot = relative(projectRoot, path);
  return fromRoot === '' ? '.' : fromRoot.startsWith('..') || isAbsolute(fromRoot) ? path : fromRoot;
}
