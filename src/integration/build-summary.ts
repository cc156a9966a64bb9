/** The one line a build ends with: what was built, how big and how long it took. */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Total size in bytes of every file under `dir`. */
export function folderSize(dir: string): number {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).reduce((sum, file) => {
    const stat = statSync(join(dir, file));
    return stat.isFile() ? sum + stat.size : sum;
  }, 0);
}

export interface BuildSummary {
  pages: number;
  questions?: number;
  records?: number;
  bytes: number;
  ms: number;
}

export function summaryLine({ pages, questions, records, bytes, ms }: BuildSummary): string {
  const parts = [`${pages} pages`];
  if (questions !== undefined) parts.push(`${questions} questions`);
  if (records !== undefined) parts.push(`${records} search records`);
  parts.push(`${(bytes / 1024 / 1024).toFixed(1)} MB in dist/`);
  return `Built ${parts.join(', ')} in ${(ms / 1000).toFixed(1)} s`;
}
