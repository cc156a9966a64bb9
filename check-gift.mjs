import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
const require = createRequire('/work/wt/exports/package.json');
const { parse } = require('gift-pegjs');
for (const f of readdirSync('dist/quizzes').filter((f) => f.endsWith('.gift.txt'))) {
  const text = readFileSync('dist/quizzes/' + f, 'utf8');
  try { parse(text); } catch (e) { console.log(f, e.location.start.line, text.split('\n')[e.location.start.line - 1].slice(0, 200)); console.log(text.split('\n')[e.location.start.line - 2].slice(0, 400)); }
}
