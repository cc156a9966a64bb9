import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { toArticle, type Article } from '../../../src/lib/articles';
import { checkArticles, linkTargets } from '../../../src/lib/article-checks';
import { interviewUrl, staticRoutes } from '../../../src/lib/routes';
import { parseOptions } from '../../../src/integration/options';
import { checkBankArticles, checkQuestionLinks, checkQuizTags } from '../../../src/quiz/build/tag-checks';
import { findQuizTags } from '../../../src/quiz/build/quiz-tags';
import { articleSchema } from '../../../src/schemas/article';
import { bankSchema, CATEGORIES, QUESTION_TYPES, type BankSource } from '../../../src/quiz/build/schema';
import { interviewTopicSchema, type InterviewTopic } from '../../../src/interview/schema';
import type { RenderedBank } from '../../../src/quiz/core/types';

/**
 * The shipped curriculum (content/) meets the editorial rules: every article has its bank with the
 * required mix of questions, the required sections and a working set of links; every diagram is
 * described for screen readers; interview practice is complete.
 */
const CONTENT = 'content';

function files(dir: string, ext: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? files(path, ext) : entry.name.endsWith(ext) ? [path] : [];
  });
}

const articles: Article[] = files(join(CONTENT, 'articles'), '.mdx').map((file) => {
  const source = readFileSync(file, 'utf8');
  const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(source);
  if (!match) throw new Error(`${file} has no front matter`);
  const data = articleSchema.parse(yaml.load(match[1]!));
  const id = relative(join(CONTENT, 'articles'), file).replace(/\.mdx$/, '');
  return toArticle({ id, filePath: file, data, body: match[2]! });
});

const banks = new Map<string, BankSource>(
  files(join(CONTENT, 'quizzes'), '.yaml').map((file) => [file.split('/').pop()!.replace('.yaml', ''), bankSchema.parse(yaml.load(readFileSync(file, 'utf8')))]),
);
const interview: InterviewTopic[] = files(join(CONTENT, 'interview'), '.yaml').map((file) => interviewTopicSchema.parse(yaml.load(readFileSync(file, 'utf8'))));

/** Article text (prose and table cells) without code, diagrams, components and MDX syntax. */
function proseWords(body: string): number {
  const text = body
    .replace(/```[\s\S]*?```/g, ' ')
    .replace(/<figure[\s\S]*?<\/figure>/g, ' ')
    .replace(/<Terminal[\s\S]*?\/>/g, ' ')
    .replace(/<Quiz[^>]*\/>/g, ' ')
    .replace(/^\|[\s:|-]+\|$/gm, ' ')
    .replace(/<[^>]+>/g, ' ');
  return (text.match(/[A-Za-z0-9][A-Za-z0-9'’.-]*/g) ?? []).length;
}

/** A bank as the checks see it. The Markdown stands in for the HTML: the link checks read Markdown links as well as `href`s. */
const asRendered = (name: string, bank: BankSource): RenderedBank =>
  ({
    name,
    title: bank.title,
    article: bank.article,
    questions: bank.questions.map((q) => ({
      ...q,
      bank: name,
      promptHtml: q.prompt,
      hintHtml: q.hint,
      solutionHtml: q.solution,
      quickCheckHtml: q.quickCheck,
      commonMistakesHtml: q.commonMistakes,
      ...('choices' in q ? { choices: q.choices.map((c) => ({ id: c.id, html: c.text, explanationHtml: c.explanation })) } : {}),
      ...(q.type === 'order' ? { steps: q.steps.map((s) => ({ id: s.id, html: s.text })) } : {}),
      ...(q.type === 'truefalse' ? { explanationHtml: { ...q.explanations } } : {}),
    })),
  }) as unknown as RenderedBank;

describe('curriculum', () => {
  it('has the twelve articles', () => {
    expect(articles.length).toBeGreaterThanOrEqual(12);
  });

  for (const article of articles) {
    describe(article.slug, () => {
      const bank = banks.get(article.slug);

      it('is 1200 to 2500 words long', () => {
        const count = proseWords(article.body);
        expect(count).toBeGreaterThanOrEqual(1200);
        expect(count).toBeLessThanOrEqual(2500);
      });

      it('has a key concept, a comparison table, common mistakes, a summary and related articles', () => {
        expect(article.body).toMatch(/<KeyConcept\b/);
        expect(article.body).toMatch(/^\|.+\|\n\|\s*:?-{3,}/m);
        expect(article.body).toMatch(/^## Common mistakes$/m);
        expect(article.body).toMatch(/^\| *Mistake *\| *Why it hurts *\| *The fix *\|/m);
        expect(article.body).toMatch(/^## Summary$/m);
        expect(article.related.length).toBeGreaterThan(0);
      });

      it('has a practice and a challenge quiz from its own bank', () => {
        const tags = findQuizTags(article.body).filter((e) => e.kind === 'Quiz');
        expect(tags.some((e) => e.props.bank === article.slug && (e.props.mode ?? 'practice') === 'practice')).toBe(true);
        expect(tags.some((e) => e.props.bank === article.slug && e.props.mode === 'challenge')).toBe(true);
      });

      it('has a bank of at least 5 easy, 5 medium and 5 hard questions covering every category and type', () => {
        expect(bank, `content/quizzes/${article.slug}.yaml`).toBeDefined();
        const questions = bank!.questions;
        for (const difficulty of ['easy', 'medium', 'hard'] as const) {
          expect(questions.filter((q) => q.difficulty === difficulty).length, difficulty).toBeGreaterThanOrEqual(5);
        }
        for (const category of CATEGORIES) expect(questions.some((q) => q.category === category), category).toBe(true);
        for (const type of QUESTION_TYPES) expect(questions.some((q) => q.type === type), type).toBe(true);
      });

      it('names the badge of its challenge, and does not repeat the heading a quiz brings', () => {
        expect(bank?.badge, `content/quizzes/${article.slug}.yaml badge`).toBeTruthy();
        // A quiz has its own heading ("Challenge: <bank title>"): a heading right above it saying
        // "Challenge" again is a duplicate in the screen-reader heading list.
        for (const match of article.body.matchAll(/^#{2,6}\s+(.+)\n\s*\n<Quiz\b[^>]*>/gm)) {
          const mode = /mode="(\w+)"/.exec(match[0])?.[1] ?? 'practice';
          expect(match[1]!.trim().toLowerCase(), `heading above a ${mode} quiz`).not.toMatch(new RegExp(`^${mode}\\b`));
        }
      });

      it('describes every diagram with a title and a description', () => {
        for (const svg of article.body.match(/<svg[\s\S]*?<\/svg>/g) ?? []) {
          expect(svg).toMatch(/role="img"/);
          const ids = /aria-labelledby="([^"]+)"/.exec(svg)?.[1]?.split(/\s+/) ?? [];
          expect(ids.length, 'aria-labelledby names a title and a description').toBe(2);
          expect(svg).toMatch(new RegExp(`<title id="${ids[0]}">[^<]{5,}</title>`));
          expect(svg).toMatch(new RegExp(`<desc id="${ids[1]}">[^<]{20,}</desc>`));
        }
      });
    });
  }

  it('has at least five diagrams across the site', () => {
    const count = articles.reduce((sum, a) => sum + (a.body.match(/<svg\b/g) ?? []).length, 0);
    expect(count).toBeGreaterThanOrEqual(5);
  });

  it('resolves every related entry, internal link, quiz tag, bank article and link in question text', () => {
    const interviewRoutes = files(join(CONTENT, 'interview'), '.yaml').map((f) => interviewUrl(f.split('/').pop()!.replace('.yaml', '')));
    const targets = linkTargets(articles, [...staticRoutes(parseOptions({}).options!), ...interviewRoutes]);
    const rendered = new Map([...banks].map(([name, bank]) => [name, asRendered(name, bank)]));
    const problems = [
      ...checkArticles(articles, new Map(), targets),
      ...checkQuizTags(articles, rendered),
      ...checkQuestionLinks(rendered, targets, (name) => `content/quizzes/${name}.yaml`),
      ...checkBankArticles(rendered, new Set(articles.map((a) => a.slug)), (name) => `content/quizzes/${name}.yaml`),
    ];
    expect(problems).toEqual([]);
  });

  it('has at least 40 interview questions, each with a short, a medium and a long answer', () => {
    const questions = interview.flatMap((topic) => topic.questions);
    expect(questions.length).toBeGreaterThanOrEqual(40);
    for (const q of questions) {
      const sentences = q.short.split(/(?<=[.!?])\s+/).filter(Boolean).length;
      expect(sentences, `${q.id} short answer is one or two sentences`).toBeLessThanOrEqual(2);
      expect(q.medium.length, `${q.id} medium answer is longer than the short one`).toBeGreaterThan(q.short.length);
      expect(q.long.length, `${q.id} long answer is the longest`).toBeGreaterThan(q.medium.length);
    }
  });
});
