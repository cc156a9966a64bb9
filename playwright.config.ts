import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './scripts/chromium.mjs';

/** Ports for the servers the tests start (away from `npm start`'s 4321); E2E_PORT moves both,
 * so two checkouts can run their suites side by side. */
const BASE_PORT = Number(process.env.E2E_PORT ?? 4411);
export const SITE_PORT = BASE_PORT;
export const FIXTURE_PORT = BASE_PORT + 1;

const serve = (dir: string, port: number) => ({
  command: `node scripts/serve-static.mjs ${dir} ${port}`,
  url: `http://127.0.0.1:${port}/`,
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
    { name: 'site', testMatch: /site\/.*\.spec\.ts/, use: { baseURL: `http://127.0.0.1:${SITE_PORT}` } },
    // A small fixture site with one question of each type: quiz behaviour with known answers.
    { name: 'fixture', testMatch: /fixture\/.*\.spec\.ts/, use: { baseURL: `http://127.0.0.1:${FIXTURE_PORT}` } },
  ],
  webServer: [serve('dist', SITE_PORT), serve('.fixture-dist', FIXTURE_PORT)],
});
