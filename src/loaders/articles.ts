import { readdirSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { glob, type Loader } from 'astro/loaders';
import { articleIdFromPath } from '../lib/slug';

/** True when `path` exists with exactly this spelling (a case-insensitive disk would also match `Setup.mdx` for `setup.mdx`). */
function existsExactly(path: string): boolean {
  try {
    return readdirSync(dirname(path)).includes(basename(path));
  } catch {
    return false;
  }
}

/**
 * Astro's glob loader over `<content>/articles/`, made safe against renames. Astro reuses a cached
 * entry whenever the file's text is unchanged, keeping the old file path: after renaming
 * `My Page.mdx` to `my-page.mdx` every later build imported a file that no longer exists and failed
 * until the cache was deleted. Entries whose file is gone are dropped first, so they are read afresh.
 */
export function articlesLoader(base: URL): Loader {
  // The id always comes from the path (Astro would use a `slug:` field as the whole id, losing the section folder).
  const inner = glob({ pattern: '**/*.mdx', base, generateId: ({ entry }) => articleIdFromPath(entry) });
  return {
    name: 'studyforge-articles',
    load: async (context) => {
      const root = fileURLToPath(context.config.root);
      for (const [id, entry] of context.store.entries()) {
        if (entry.filePath && !existsExactly(resolve(root, entry.filePath))) context.store.delete(id);
      }
      return inner.load(context);
    },
  };
}
