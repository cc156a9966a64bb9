import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';

/** A one-article content folder with its own section and slug. */
function contentFolder(section: string, slug: string): string {
  const dir = mkdtempSync(join(tmpdir(), `studyforge-${section}-`));
  mkdirSync(join(dir, 'articles', section), { recursive: true });
  writeFileSync(join(dir, 'sections.yaml'), `${section}:\n  title: ${section}\n  order: 1\n`);
  writeFileSync(join(dir, 'articles', section, `${slug}.mdx`), `---\ntitle: ${slug}\ndescription: An article.\ndifficulty: beginner\norder: 1\n---\n\nText.\n`);
  return dir;
}

function build(contentDir: string, outDir: string) {
  const result = spawnSync('node_modules/.bin/astro', ['build', '--silent'], {
    env: { ...process.env, STUDY_CONTENT_DIR: contentDir, STUDY_OUT_DIR: outDir, FORCE_COLOR: '0' },
    encoding: 'utf8',
  });
  return { status: result.status, output: result.stdout + result.stderr };
}

// Astro's content cache (node_modules/.astro) is shared by every build of this checkout: after A is
// deleted it still lists A's articles, and building B used to import them
// (`Rolldown failed to resolve import "astro:content-layer-deferred-module?…"`).
it('builds folder B after folder A was built and deleted, from the same checkout', () => {
  const a = contentFolder('alpha', 'one');
  const b = contentFolder('beta', 'two');
  const out = mkdtempSync(join(tmpdir(), 'studyforge-out-'));
  try {
    expect(build(a, join(out, 'a')).status).toBe(0);
    rmSync(a, { recursive: true, force: true });
    const second = build(b, join(out, 'b'));
    expect(second.output).not.toContain('content-layer-deferred-module');
    expect(second.status).toBe(0);
    expect(existsSync(join(out, 'b', 'beta', 'two', 'index.html'))).toBe(true);
    expect(existsSync(join(out, 'b', 'alpha'))).toBe(false);
  } finally {
    for (const dir of [a, b, out]) rmSync(dir, { recursive: true, force: true });
  }
});
