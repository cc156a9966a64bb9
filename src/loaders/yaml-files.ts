import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { displayPath } from '../lib/content-dir';
import type { ContentProblem } from '../lib/content-problems';
import { parseYaml } from '../lib/yaml-problems';

export interface YamlFile {
  /** File name without extension: the bank or topic name. */
  name: string;
  /** Path relative to the project, for messages. */
  file: string;
  data: unknown;
}

/** Reads every `.yaml`/`.yml` file in a folder; YAML syntax errors become problems with the line and key. */
export function readYamlFolder(dir: string): { files: YamlFile[]; problems: ContentProblem[] } {
  const files: YamlFile[] = [];
  const problems: ContentProblem[] = [];
  if (!existsSync(dir)) return { files, problems };
  for (const entry of readdirSync(dir).sort()) {
    const match = /^(.+)\.ya?ml$/.exec(entry);
    if (!match) continue;
    const path = join(dir, entry);
    const file = displayPath(path);
    let text: string;
    try {
      text = readFileSync(path, 'utf8');
    } catch (error) {
      problems.push({ file, where: 'YAML', message: `could not be read (${(error as Error).message}).` });
      continue;
    }
    const parsed = parseYaml(file, text);
    if (parsed.problem) problems.push(parsed.problem);
    else files.push({ name: match[1]!, file, data: parsed.data });
  }
  return { files, problems };
}
