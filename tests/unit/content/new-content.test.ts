import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { planNewFile, schemaPathFrom, type NewFile } from '../../../src/lib/new-content';
import { preflightContent } from '../../../src/integration/preflight';

const root = process.cwd();
const temp = mkdtempSync(join(tmpdir(), 'studyforge-new-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

function plan(kind: string, name?: string): NewFile {
  const result = planNewFile(kind, name);
  if ('error' in result) throw new Error(result.error);
  return result;
}

describe('npm run new: starting files', () => {
  it('pass the preflight of a content folder, $schema comment included', () => {
    const dir = join(temp, 'site');
    for (const file of [plan('article', 'getting-started/first-steps'), plan('bank', 'first-steps'), plan('interview', 'first-steps')]) {
      const path = join(dir, file.path);
      mkdirSync(dirname(path), { recursive: true });
      const schemaPath = file.schema ? schemaPathFrom(dirname(path), join(root, 'schemas'), file.schema) : undefined;
      writeFileSync(path, file.text(schemaPath));
    }
    expect(readFileSync(join(dir, 'quizzes/first-steps.yaml'), 'utf8')).toMatch(/^# yaml-language-server: \$schema=.*bank\.schema\.json\n/);
    expect(preflightContent(dir)).toEqual([]);
  });

  it('go to the folder of their kind', () => {
    expect(plan('article', 'foundations/getting-started').path).toBe('articles/foundations/getting-started.mdx');
    expect(plan('bank', 'drift').path).toBe('quizzes/drift.yaml');
    expect(plan('interview', 'drift').path).toBe('interview/drift.yaml');
  });

  it('refuse bad names with the fix', () => {
    const error = (kind: string, name?: string) => {
      const result = planNewFile(kind, name);
      return 'error' in result ? result.error : '';
    };
    expect(error('article', 'getting-started')).toMatch(/<section>\/<slug>, e\.g\. foundations\/getting-started \(got "getting-started"\)/);
    expect(error('article', 'Foundations/x')).toMatch(/section "Foundations" is not lower-case-with-hyphens.*Try "foundations"/);
    expect(error('article', 'a/Getting Started')).toMatch(/slug "Getting Started".*Try "getting-started"/);
    expect(error('bank', 'my_bank')).toMatch(/bank name "my_bank".*Try "my-bank"/);
    expect(error('bank', '')).toMatch(/bank name is missing/);
    expect(error('interview', '--')).toMatch(/topic "--" is not lower-case-with-hyphens/);
    expect(error('page', 'x')).toMatch(/"page" is not something `npm run new` can create. Choose one of: article, bank, interview/);
  });

  it('points the $schema comment at schemas/ relative to the file', () => {
    expect(schemaPathFrom('/p/content/quizzes', '/p/schemas', 'bank.schema.json')).toBe('../../schemas/bank.schema.json');
  });

  it('the script writes into STUDY_CONTENT_DIR, prints the path, and never overwrites', () => {
    const dir = join(temp, 'script');
    const run = () =>
      spawnSync(process.execPath, ['scripts/new.mjs', 'bank', 'my-bank'], { cwd: root, encoding: 'utf8', env: { ...process.env, STUDY_CONTENT_DIR: dir } });
    const first = run();
    expect(first.status, first.stderr).toBe(0);
    const path = join(dir, 'quizzes/my-bank.yaml');
    expect(first.stdout).toContain(`wrote ${path}`);
    writeFileSync(path, 'edited by the author\n');
    const second = run();
    expect(second.status).toBe(1);
    expect(second.stderr).toContain('already exists; nothing written');
    expect(readFileSync(path, 'utf8')).toBe('edited by the author\n');
  });
});
