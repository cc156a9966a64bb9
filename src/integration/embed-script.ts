/**
 * `/embed/study-quiz.js`: the drop-in element under a name that never changes. Vite bundles the
 * element (Preact, the quiz islands, the styles as strings) into a hashed chunk for the embed
 * pages; this plugin notes which chunk holds `src/embed/study-quiz.ts`, and after the build a
 * one-line module imports it by a relative URL, so it works under a base path and cross-origin.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

export const EMBED_SCRIPT = 'embed/study-quiz.js';
const ELEMENT_MODULE = fileURLToPath(new URL('../embed/study-quiz.ts', import.meta.url));

export interface EmbedScriptState {
  /** The hashed chunk with the element, relative to the output folder (e.g. `_astro/study-quiz.Ab12.js`). */
  chunk?: string;
}

/** Notes the client chunk that defines `<study-quiz>`. */
export function embedScriptPlugin(state: EmbedScriptState): Plugin {
  return {
    name: 'studyforge:embed-script',
    apply: 'build',
    // Vite preloads a dynamic import's dependencies by root-relative URLs (`/_astro/…`): on another
    // origin those miss (and break a strict host CSP). The element's own chunk (its challenge mode)
    // imports them relatively instead; the site's other dynamic imports keep their preloads.
    config: () => ({
      build: { modulePreload: { resolveDependencies: (_file: string, deps: string[], { hostId }: { hostId: string }) => (hostId === state.chunk ? [] : deps) } },
    }),
    generateBundle(_options, bundle) {
      for (const output of Object.values(bundle)) {
        if (output.type === 'chunk' && output.moduleIds.some((id) => id.split('?')[0] === ELEMENT_MODULE)) state.chunk = output.fileName;
      }
    },
  };
}

/** The loader's text: one import of the chunk, relative to `embed/`. */
export function embedLoader(chunk: string): string {
  const relative = posix.relative(posix.dirname(EMBED_SCRIPT), chunk);
  return `import '${relative.startsWith('.') ? relative : `./${relative}`}';\n`;
}

export function writeEmbedScript(outDir: string, chunk: string): void {
  const file = join(outDir, EMBED_SCRIPT);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, embedLoader(chunk));
}
