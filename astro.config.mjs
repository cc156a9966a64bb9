// @ts-check
// This project is Studyforge's own curriculum site, built as a user of the package: the whole
// generator (routes, MDX, Preact, Markdown pipeline, search) comes from one integration call.
import { defineConfig } from 'astro/config';
import studyforge from './src/integration/index.ts';

export default defineConfig({
  /** Public URL of the site: canonical links, Open Graph and sitemap.xml. */
  site: process.env.SITE_URL ?? 'http://localhost:4321',
  // Tests build a fixture site next to the real one (STUDY_OUT_DIR), so the two never overwrite each other.
  outDir: process.env.STUDY_OUT_DIR ?? 'dist',
  output: 'static',
  trailingSlash: 'always',
  integrations: [studyforge({ content: './content' })],
  devToolbar: { enabled: false },
});
