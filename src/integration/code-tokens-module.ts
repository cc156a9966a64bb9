/**
 * `virtual:studyforge/code-tokens.css`: the stylesheet for Shiki's token classes (markdown/shiki-classes.ts),
 * generated from the two themes' palettes. BaseLayout imports it, so Vite bundles it into the site's CSS
 * file (never inline) in build and serves it in dev.
 */
import { bundledThemes } from 'shiki';
import { shikiClassCss } from '../markdown/shiki-classes';

/** The code themes: `light`/`dark` name both the Shiki theme keys and the CSS variables code.css reads. */
export const SHIKI_THEMES = { light: 'github-light-high-contrast', dark: 'github-dark-high-contrast' } as const;

export const CODE_TOKENS_MODULE = 'virtual:studyforge/code-tokens.css';
const RESOLVED = `\0${CODE_TOKENS_MODULE}`;

async function stylesheet(): Promise<string> {
  const themes = Object.fromEntries(
    await Promise.all(Object.entries(SHIKI_THEMES).map(async ([key, name]) => [key, (await bundledThemes[name]()).default] as const)),
  );
  return shikiClassCss(themes);
}

export function codeTokensModulePlugin() {
  return {
    name: 'studyforge:code-tokens',
    // A query (`?inline`, as the `<study-quiz>` element imports it for its shadow root) is kept for Vite's CSS plugin.
    resolveId: (id: string) => {
      const [path, query] = id.split('?');
      return path === CODE_TOKENS_MODULE ? RESOLVED + (query ? `?${query}` : '') : undefined;
    },
    load: (id: string) => (id.split('?')[0] === RESOLVED ? stylesheet() : undefined),
  };
}
