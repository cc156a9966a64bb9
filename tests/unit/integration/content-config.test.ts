import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_CONFIG_SCAFFOLD, ensureContentConfig } from '../../../src/integration/content-config';

const project = () => mkdtempSync(join(tmpdir(), 'studyforge-project-'));

describe('ensureContentConfig', () => {
  it('writes src/content.config.ts with the Studyforge collections into a project that has none, src/ included', () => {
    const src = join(project(), 'src');
    expect(ensureContentConfig(src)).toBe(join(src, 'content.config.ts'));
    expect(readFileSync(join(src, 'content.config.ts'), 'utf8')).toBe(CONTENT_CONFIG_SCAFFOLD);
    expect(CONTENT_CONFIG_SCAFFOLD).toContain("import { studyforgeCollections } from 'studyforge/content';");
    expect(CONTENT_CONFIG_SCAFFOLD).toContain('export const collections = studyforgeCollections();');
  });

  it("leaves a project's own content config alone, whatever its extension", () => {
    for (const file of ['content.config.ts', 'content.config.mts', 'content.config.js', 'content.config.mjs']) {
      const src = join(project(), 'src');
      mkdirSync(src);
      writeFileSync(join(src, file), 'export const collections = {};\n');
      expect(ensureContentConfig(src), file).toBeUndefined();
      expect(readdirSync(src)).toEqual([file]);
      expect(readFileSync(join(src, file), 'utf8')).toBe('export const collections = {};\n');
    }
  });
});
