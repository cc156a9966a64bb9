// `npm run test:e2e`: builds the real site (dist/), the test fixture site (.fixture-dist/) and the
// project that installs Studyforge as a package (.installed-dist/), then runs the Playwright suite
// in the system Chromium against the three, served locally.
import { spawnSync } from 'node:child_process';
import { findChromium, INSTALL_HELP } from './chromium.mjs';
import { buildInstalledSite } from './installed-site.mjs';

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
  run(bin('astro'), ['build', '--silent']);
  console.log('Building the fixture site (.fixture-dist/) ...');
  run(bin('astro'), ['build', '--silent'], { STUDY_CONTENT_DIR: 'tests/fixtures/site', STUDY_OUT_DIR: '.fixture-dist' });
  console.log('Building the project that installs Studyforge (tests/fixtures/installed-site/ into .installed-dist/) ...');
  const installed = buildInstalledSite();
  if (installed.status !== 0) process.exit(installed.status ?? 1);
}
run(bin('playwright'), ['test', ...process.argv.slice(2)], { CHROME_PATH: chromium });
