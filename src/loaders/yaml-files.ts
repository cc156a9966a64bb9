import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import yaml from 'js-yaml';
import type { ContentProblem } from '../lib/content-problems';

export interface YamlFile {
  /** File name without extension: the bank or topic name. */
  name: string;
  /** Path relative to the project, for messages. */
  file: string;
  data: unknown;
}

/** Reads every `.yaml`/`.yml` file in a folder; YAML syntax errors become problems with line numbers. */
export function readYamlFolder(dir: string): { files: YamlFile[]; problems: ContentProblem[] } {
  const files: YamlFile[] = [];
  const problems: ContentProblem[] = [];
  if (!existsSync(dir)) return { files, problems };
  for (const entry of readdirSync(dir).sort()) {
    const match = /^(.+)\.ya?ml$/.exec(entry);
    if (!match) continue;
    const path = join(dir, entry);
    const file = relative(process.cwd(), path);
    try {
      files.push({ name: match[1]!, file, data: yaml.load(readFileSync(path, 'utf8')) });
    } catch (error) {
      const mark = (error as { mark?: { line: number; column: number } }).mark;
      const reason = (error as { reason?: string }).reason ?? String(error);
      problems.push({
        file,
        where: mark ? `line ${mark.line + 1}, column ${mark.column + 1}` : 'YAML',
        message: `is not valid YAML (${reason}). Check indentation, and quote text that contains ": " or starts with a special character.`,
      });
    }
  }
  return { files, problems };
}
