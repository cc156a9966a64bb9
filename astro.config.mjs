// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import { satteri } from '@astrojs/markdown-satteri';
import { headingAnchors } from './src/markdown/heading-anchors';
import { taskListLabels } from './src/markdown/task-list-labels';
import { safeLinks } from './src/markdown/safe-links';
import { scrollRegions } from './src/markdown/scroll-regions';
import { pagefindIntegration } from './src/integrations/pagefind';
import { contentCheckIntegration } from './src/integrations/content-check';

/** Public URL of the site: canonical links, Open Graph and sitemap.xml. */
const site = process.env.SITE_URL ?? 'http://localhost:4321';

export default defineConfig({
  site,
  // Tests build a fixture site next to the real one (STUDY_OUT_DIR), so the two never overwrite each other.
  outDir: process.env.STUDY_OUT_DIR ?? 'dist',
  output: 'static',
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [contentCheckIntegration(), mdx(), preact(), pagefindIntegration()],
  markdown: {
    // Astro 7's Rust Markdown processor; GFM (tables, task lists, footnotes, strikethrough,
    // autolinks) is on by default. Smart punctuation stays off so code-like text is not altered.
    // safeLinks: javascript:/data: links lose their URL (an article with one fails the build anyway).
    processor: satteri({ features: { smartPunctuation: false }, hastPlugins: [headingAnchors(), taskListLabels(), safeLinks(), scrollRegions()] }),
    shikiConfig: {
      themes: { light: 'github-light-high-contrast', dark: 'github-dark-high-contrast' },
      // No default colour: tokens carry both palettes as CSS variables and the site theme picks one.
      defaultColor: false,
    },
  },
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      // Pagefind's search runs as WebAssembly: 'wasm-unsafe-eval' allows compiling it, not JS eval.
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      // Shiki colours tokens through style attributes; no inline <style> or script is allowed.
      styleDirective: { resources: ["'self'", { resource: "'unsafe-inline'", kind: 'attribute' }] },
    },
  },
  vite: {
    // Components' <script>s always ship as files, never inlined into the page (Vite's default for
    // small ones): the CSP then needs no hash per script, and each file is cached across pages.
    build: { assetsInlineLimit: (file) => (file.endsWith('.js') ? false : undefined) },
  },
  devToolbar: { enabled: false },
});
