import { createRequire } from 'node:module';
import { realpathSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { INSTALLED_SITE, linkStudyforge, REPO_ROOT } from '../../scripts/installed-site.mjs';

/**
 * tests/fixtures/installed-site/ resolves Studyforge as a package, the way `npm install` of its
 * `file:` dependency sets it up, and shares this repository's single copy of Astro and Preact
 * (two copies of Astro or Preact break rendering and hydration). The e2e suite builds and browses it.
 */
describe('the project that installs Studyforge', () => {
  linkStudyforge();
  const fromSite = createRequire(join(INSTALLED_SITE, 'astro.config.mjs'));
  const real = (specifier: string) => realpathSync(fromSite.resolve(specifier));

  it("resolves studyforge and its entry points (the scaffold's studyforge/content too) to this repository", () => {
    expect(real('studyforge')).toBe(realpathSync(join(REPO_ROOT, 'src/integration/index.ts')));
    expect(real('studyforge/content')).toBe(realpathSync(join(REPO_ROOT, 'src/loaders/collections.ts')));
    expect(real('studyforge/components')).toBe(realpathSync(join(REPO_ROOT, 'src/components/mdx/index.ts')));
  });

  it("uses this repository's Astro and Preact", () => {
    expect(real('astro/package.json')).toBe(realpathSync(join(REPO_ROOT, 'node_modules/astro/package.json')));
    expect(real('preact/package.json')).toBe(realpathSync(join(REPO_ROOT, 'node_modules/preact/package.json')));
  });

  it('linking again is harmless', () => {
    linkStudyforge();
    expect(real('studyforge/package.json')).toBe(realpathSync(join(REPO_ROOT, 'package.json')));
  });
});
