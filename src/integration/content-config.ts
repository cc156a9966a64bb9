/**
 * Astro reads content collections from `src/content.config.*` only. A project without one gets a
 * small file that provides the Studyforge collections; a project with one adds them itself.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Content configs Astro looks for in `src/`. */
export const CONTENT_CONFIG_FILES = ['content.config.ts', 'content.config.mts', 'content.config.js', 'content.config.mjs'];

/** What a project without a content config gets: the Studyforge collections, and room for its own. */
export const CONTENT_CONFIG_SCAFFOLD = `// Added by Studyforge: Astro reads content collections from this file only.
// Add your own collections next to Studyforge's: { ...studyforgeCollections(), blog }.
import { studyforgeCollections } from 'studyforge/content';

export const collections = studyforgeCollections();
`;

/** Writes the scaffold into `srcDir` unless it has a content config; returns the file it created. */
export function ensureContentConfig(srcDir: string): string | undefined {
  if (CONTENT_CONFIG_FILES.some((file) => existsSync(join(srcDir, file)))) return undefined;
  const file = join(srcDir, 'content.config.ts');
  mkdirSync(srcDir, { recursive: true });
  writeFileSync(file, CONTENT_CONFIG_SCAFFOLD);
  return file;
}
