// A content folder with one article embedding one question bank of N questions (every question
// type in turn), for the benchmark and the build test that keep huge quizzes usable.
// `node scripts/huge-bank.mjs <dir> [N]` writes it; the bench and tests import writeHugeBankSite.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const json = (value) => JSON.stringify(value);

function question(i) {
  const common = [
    `    category: conceptual`,
    `    difficulty: ${['easy', 'medium', 'hard'][i % 3]}`,
    `    prompt: ${json(`Question ${i + 1}: which statement about item ${i} holds? Read the options carefully before answering.`)}`,
    `    hint: ${json(`Think about item ${i}.`)}`,
    `    solution: [${json(`First consider item ${i}.`)}, ${json('Then compare the options.')}]`,
    `    quickCheck: ${json(`Item ${i} is the one to remember.`)}`,
    `    commonMistakes: [${json(`Confusing item ${i} with item ${i + 1}.`)}]`,
    `    related: /huge/bank/#questions`,
  ];
  const id = `huge-${i + 1}`;
  switch (i % 6) {
    case 0:
      return [`  - id: ${id}`, `    type: single`, ...common, `    choices:`, ...['a', 'b', 'c', 'd'].map((c) => `      - { id: ${c}, text: ${json(`Option ${c} for item ${i}`)}, explanation: ${json(`Why ${c} fits or not.`)} }`), `    answer: b`];
    case 1:
      return [`  - id: ${id}`, `    type: multiple`, ...common, `    choices:`, ...['a', 'b', 'c', 'd'].map((c) => `      - { id: ${c}, text: ${json(`Option ${c} for item ${i}`)} }`), `    answer: [a, c]`];
    case 2:
      return [`  - id: ${id}`, `    type: truefalse`, ...common, `    answer: true`];
    case 3:
      return [`  - id: ${id}`, `    type: order`, ...common, `    steps:`, ...['one', 'two', 'three'].map((s) => `      - { id: ${s}, text: ${json(`Step ${s} of item ${i}`)} }`), `    answer: [two, one, three]`];
    case 4:
      return [`  - id: ${id}`, `    type: output`, ...common, `    code: ${json(`echo item-${i}`)}`, `    language: bash`, `    choices:`, `      - { id: a, text: ${json(`item-${i}`)} }`, `      - { id: b, text: ${json(`echo item-${i}`)} }`, `    answer: a`];
    default:
      return [`  - id: ${id}`, `    type: fill`, ...common, `    accept: [${json(`item ${i}`)}]`];
  }
}

const article = (title, order, quiz) =>
  `---\ntitle: ${title}\ndescription: Every question of a generated bank.\ndifficulty: beginner\norder: ${order}\n---\n\nAn article with one very long quiz.\n\n## Questions\n\n${quiz}\n`;

/**
 * Writes `<dir>/articles/huge/bank.mdx` with `<Quiz bank="huge" />` and a bank of `count` questions.
 * With `unpaged`, also `huge/whole.mdx`, whose quiz shows the whole bank on one page (for comparison).
 */
export function writeHugeBankSite(dir, count = 2000, { unpaged = false } = {}) {
  mkdirSync(join(dir, 'articles', 'huge'), { recursive: true });
  mkdirSync(join(dir, 'quizzes'), { recursive: true });
  writeFileSync(join(dir, 'articles', 'huge', 'bank.mdx'), article('A huge question bank', 1, '<Quiz bank="huge" />'));
  if (unpaged) writeFileSync(join(dir, 'articles', 'huge', 'whole.mdx'), article('The whole bank on one page', 2, `<Quiz bank="huge" pageSize={${count}} />`));
  const lines = ['title: Huge bank', 'questions:'];
  for (let i = 0; i < count; i++) lines.push(...question(i));
  writeFileSync(join(dir, 'quizzes', 'huge.yaml'), `${lines.join('\n')}\n`);
  return dir;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const [dir, count] = process.argv.slice(2);
  if (!dir) {
    console.error('Usage: node scripts/huge-bank.mjs <dir> [questions]');
    process.exit(1);
  }
  writeHugeBankSite(dir, Number(count ?? 2000));
  console.log(`Wrote a ${count ?? 2000}-question bank site to ${dir}`);
}
