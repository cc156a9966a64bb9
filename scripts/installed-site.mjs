// The test project that installs Studyforge as a package (tests/fixtures/installed-site/): what the
// e2e runner and the build tests need to build it from a clean clone, without the network.
import { spawnSync } from 'node:child_process';
import { lstatSync, mkdirSync, realpathSync, rmSync, symlinkSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = fileURLToPath(new URL('..', import.meta.url)).replace(/[\\/]$/, '');
export const INSTALLED_SITE = join(REPO_ROOT, 'tests', 'fixtures', 'installed-site');
/** Where the e2e suite builds it (gitignored). */
export const INSTALLED_OUT_DIR = join(REPO_ROOT, '.installed-dist');

/**
 * Makes `node_modules/studyforge` of the project a link to this repository, which is what
 * `npm install` does for its `"studyforge": "file:../../.."` dependency; linking directly takes
 * no time and no network. Astro, Preact and the rest resolve from the repository's node_modules,
 * so the project shares their one copy.
 */
export function linkStudyforge() {
  const link = join(INSTALLED_SITE, 'node_modules', 'studyforge');
  try {
    if (realpathSync(link) === realpathSync(REPO_ROOT)) return;
  } catch {
    // No link yet, or a dangling one.
  }
  if (exists(link)) rmSync(link, { recursive: true, force: true });
  mkdirSync(dirname(link), { recursive: true });
  symlinkSync(relative(dirname(link), REPO_ROOT), link, 'junction');
}

function exists(path) {
  try {
    lstatSync(path);
    return true;
  } catch {
    return false;
  }
}

/**
 * Builds the project as its owner would (`astro build` in its folder) into `outDir`. Its generated
 * `src/content.config.ts` is removed first, so every build proves that studyforge() writes it.
 */
export function buildInstalledSite({ outDir = INSTALLED_OUT_DIR, silent = true, stdio = 'inherit' } = {}) {
  linkStudyforge();
  rmSync(join(INSTALLED_SITE, 'src', 'content.config.ts'), { force: true });
  const env = { ...process.env, STUDY_OUT_DIR: outDir };
  // A content folder chosen for another build must not leak into this one.
  delete env.STUDY_CONTENT_DIR;
  return spawnSync(join(REPO_ROOT, 'node_modules', '.bin', 'astro'), ['build', ...(silent ? ['--silent'] : [])], {
    cwd: INSTALLED_SITE,
    env,
    stdio,
    encoding: 'utf8',
  });
}
