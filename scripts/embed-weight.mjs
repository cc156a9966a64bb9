// Gzip weights of the embeds (issue budgets: element practice path ≤ 10 KB incl. Preact, challenge
// chunk ≤ 5 KB, element styles ≤ 3 KB, host.js ≤ 1 KB, an /embed/<bank>/ page ≤ 25 KB). Figures only.
// Usage: node scripts/embed-weight.mjs <dist> <bank>
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { pageWeight } from './page-weight.mjs';

const gz = (text) => gzipSync(text, { level: 9 }).length;

/** A module and every module it imports statically, as paths under `distDir`. */
function closure(distDir, entry) {
  const files = new Set([entry]);
  const queue = [entry];
  while (queue.length) {
    const file = queue.pop();
    for (const m of readFileSync(join(distDir, file), 'utf8').matchAll(/(?:from|import)\s*["']((?:\.\.?\/)[^"']+\.js)["']/g)) {
      const dep = join(file, '..', m[1]);
      if (!files.has(dep)) files.add(dep) && queue.push(dep);
    }
  }
  return files;
}

/** Each file gzipped on its own, as a browser downloads them. */
const weigh = (distDir, files) => [...files].reduce((sum, file) => sum + gz(readFileSync(join(distDir, file))), 0);

export function embedWeights(distDir, bank) {
  const practice = closure(distDir, 'embed/study-quiz.js');
  const element = [...practice].find((file) => /import\(`\.\/ChallengeQuiz/.test(readFileSync(join(distDir, file), 'utf8')));
  const source = element ? readFileSync(join(distDir, element), 'utf8') : '';
  const dynamic = /import\(`(\.\/ChallengeQuiz[^`]+)`\)/.exec(source)?.[1];
  const challenge = dynamic ? [...closure(distDir, join(element, '..', dynamic))].filter((file) => !practice.has(file)) : [];
  // The styles are the long CSS strings in the element's chunk (`?inline` imports).
  const styles = [...source.matchAll(/`([^`]{1000,})`/g)].map((m) => m[1]).join('');
  return {
    practice: weigh(distDir, practice),
    practiceFiles: practice.size,
    challenge: weigh(distDir, challenge),
    styles: gz(styles),
    host: gz(readFileSync(join(distDir, 'embed/host.js'))),
    page: bank ? pageWeight(distDir, `embed/${bank}`) : undefined,
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [dist = 'dist', bank] = process.argv.slice(2);
  console.log(embedWeights(dist, bank));
}
