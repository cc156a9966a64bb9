// `npm run test:e2e`: builds the real site (dist/), the test fixture site (.fixture-dist/), the author
// fixture with a base path (.fixture-base/) and the project that installs Studyforge as a package
// (.installed-dist/), then runs the Playwright suite in the system Chromium against them, served locally.
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { findChromium, INSTALL_HELP } from './chromium.mjs';
import { buildInstalledSite } from './installed-site.mjs';

/** What `astro build` printed for dist/, read by the build-output test. */
const SITE_BUILD_LOG = '.build-logs/site.log';

const chromium = findChromium();
if (!chromium) {
  console.error(INSTALL_HELP);
  process.exit(1);
}
const bin = (name) => new URL(`../node_modules/.bin/${name}`, import.meta.url).pathname;
const run = (command, args, env = {}) => {
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status !== 0) process.exit(result.status ?? 1);
};

if (!process.env.SKIP_BUILD) {
  console.log('Building the site (dist/) ...');
  // Not silent: what the curriculum's build prints is kept for tests/e2e/site/build-output.spec.ts.
  const site = spawnSync(bin('astro'), ['build'], { encoding: 'utf8', env: { ...process.env, FORCE_COLOR: '0' } });
  const output = site.stdout + site.stderr;
  process.stdout.write(output);
  if (site.status !== 0) process.exit(site.status ?? 1);
  mkdirSync('.build-logs', { recursive: true });
  writeFileSync(SITE_BUILD_LOG, output);
  console.log('Building the fixture site (.fixture-dist/) ...');
  run(bin('astro'), ['build', '--silent'], { STUDY_CONTENT_DIR: 'tests/fixtures/site', STUDY_OUT_DIR: '.fixture-dist' });
  // An author's own folder (site.yaml, German, index.mdx home page, a quiz) built with a base path and served under it:
  // its identity and language, and every link, asset and search request carrying the base.
  const basePort = Number(process.env.E2E_PORT ?? 4411) + 3;
  console.log('Building the author fixture with the base path /notes/ (.fixture-base/) ...');
  run(bin('astro'), ['build', '--silent'], { STUDY_CONTENT_DIR: 'tests/fixtures/author-home', STUDY_OUT_DIR: '.fixture-base', SITE_URL: `http://127.0.0.1:${basePort}/notes/` });
  console.log('Building the project that installs Studyforge (tests/fixtures/installed-site/ into .installed-dist/) ...');
  const installed = buildInstalledSite();
  if (installed.status !== 0) process.exit(installed.status ?? 1);
}
run(bin('playwright'), ['test', ...process.argv.slice(2)], { CHROME_PATH: chromium });
