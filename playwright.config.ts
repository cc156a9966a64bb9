import { existsSync } from 'node:fs';
import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './scripts/chromium.mjs';

/** Ports for the servers the tests start (away from `npm start`'s 4321); E2E_PORT moves them all,
 * so two checkouts can run their suites side by side. */
const BASE_PORT = Number(process.env.E2E_PORT ?? 4411);
export const SITE_PORT = BASE_PORT;
export const FIXTURE_PORT = BASE_PORT + 1;
export const INSTALLED_PORT = BASE_PORT + 2;
export const BASE_PATH_PORT = BASE_PORT + 3;
/** The author fixture (tests/fixtures/author-home) built with a base path (scripts/e2e.mjs), served only under it. */
export const BASE_PATH = '/notes/';

const serve = (dir: string, port: number, prefix = '/') => ({
  command: `node scripts/serve-static.mjs ${dir} ${port} ${prefix}`,
  url: `http://127.0.0.1:${port}${prefix}`,
  reuseExistingServer: false,
  timeout: 30_000,
});

export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 60_000,
  workers: 2,
  reporter: [['list']],
  use: {
    browserName: 'chromium',
    launchOptions: { executablePath: findChromium(), args: CHROMIUM_ARGS },
  },
  projects: [
    // The real site: navigation, theme, menus, accessibility of every page, links.
    { name: 'site', testMatch: /e2e\/site\/.*\.spec\.ts$/, use: { baseURL: `http://127.0.0.1:${SITE_PORT}` } },
    // A small fixture site with one question of each type: quiz behaviour with known answers.
    { name: 'fixture', testMatch: /e2e\/fixture\/.*\.spec\.ts$/, use: { baseURL: `http://127.0.0.1:${FIXTURE_PORT}` } },
    // A plain Astro project that installs Studyforge as a package: what a stranger gets from one integration call.
    { name: 'installed', testMatch: /e2e\/installed\/.*\.spec\.ts$/, use: { baseURL: `http://127.0.0.1:${INSTALLED_PORT}` } },
    // The author fixture (German, site.yaml, index.mdx) built with SITE_URL=…/notes/ and served only under /notes/ (GitHub Pages project sites).
    { name: 'base-path', testMatch: /e2e\/base-path\/.*\.spec\.ts$/, use: { baseURL: `http://127.0.0.1:${BASE_PATH_PORT}` } },
  ],
  // A build that is missing (SKIP_BUILD=1 after building only one site) is not served: its project's
  // tests then fail to connect, and the others still run.
  webServer: (
    [
      ['dist', SITE_PORT],
      ['.fixture-dist', FIXTURE_PORT],
      ['.installed-dist', INSTALLED_PORT],
      ['.fixture-base', BASE_PATH_PORT, BASE_PATH],
    ] as const
  )
    .filter(([dir]) => existsSync(dir))
    .map(([dir, port, prefix]) => serve(dir, port, prefix)),
});
