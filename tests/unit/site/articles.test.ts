import { describe, expect, it } from 'vitest';
import { articleUrl, compareArticles, sectionUrl, splitArticleId, toArticle, type ArticleSource } from '../../../src/lib/articles';
import { PROSE_WORDS_PER_MINUTE } from '../../../src/lib/reading-time';
import type { ArticleFrontmatter } from '../../../src/schemas/article';
import { makeArticle } from './helpers';

const data = (overrides: Partial<ArticleFrontmatter> = {}): ArticleFrontmatter => ({
  title: 'DevOps vs MLOps',
  description: 'What carries over.',
  difficulty: 'intermediate',
  order: 10,
  tags: ['ci', 'ml'],
  draft: false,
  related: ['why-cicd'],
  ...overrides,
});

const source = (overrides: Partial<ArticleSource> = {}): ArticleSource => ({
  id: 'foundations/devops-vs-mlops',
  filePath: 'content/articles/foundations/devops-vs-mlops.mdx',
  data: data(),
  body: 'Some words.',
  ...overrides,
});

describe('splitArticleId', () => {
  it('splits folder and file name', () => {
    expect(splitArticleId('foundations/devops-vs-mlops')).toEqual({ folder: 'foundations', fileSlug: 'devops-vs-mlops' });
  });

  it('has an empty folder for a file at the top level', () => {
    expect(splitArticleId('loose')).toEqual({ folder: '', fileSlug: 'loose' });
  });

  it('keeps nested folders together', () => {
    expect(splitArticleId('a/b/c')).toEqual({ folder: 'a/b', fileSlug: 'c' });
  });
});

describe('URLs', () => {
  it('builds article and section URLs with trailing slashes', () => {
    expect(articleUrl('foundations', 'intro')).toBe('/foundations/intro/');
    expect(sectionUrl('foundations')).toBe('/foundations/');
  });
});

describe('toArticle', () => {
  it('takes the slug from the file name and the section from the folder', () => {
    const article = toArticle(source());
    expect(article.slug).toBe('devops-vs-mlops');
    expect(article.section).toBe('foundations');
    expect(article.url).toBe('/foundations/devops-vs-mlops/');
    expect(article.id).toBe('foundations/devops-vs-mlops');
  });

  it('prefers a slug from the front matter', () => {
    const article = toArticle(source({ data: data({ slug: 'custom-slug' }) }));
    expect(article.slug).toBe('custom-slug');
    expect(article.url).toBe('/foundations/custom-slug/');
    expect(article.id).toBe('foundations/devops-vs-mlops');
  });

  it('ignores the front-matter section field: the folder decides', () => {
    const article = toArticle(source({ data: data({ section: 'elsewhere' }) }));
    expect(article.section).toBe('foundations');
    expect(article.url).toBe('/foundations/devops-vs-mlops/');
  });

  it('has an empty section for a file outside a section folder', () => {
    const article = toArticle(source({ id: 'loose' }));
    expect(article.section).toBe('');
    expect(article.slug).toBe('loose');
  });

  it('copies the front matter fields and the file path', () => {
    const updated = new Date('2026-01-02');
    const article = toArticle(source({ data: data({ updated, draft: true }) }));
    expect(article).toMatchObject({
      filePath: 'content/articles/foundations/devops-vs-mlops.mdx',
      title: 'DevOps vs MLOps',
      description: 'What carries over.',
      difficulty: 'intermediate',
      order: 10,
      tags: ['ci', 'ml'],
      related: ['why-cicd'],
      draft: true,
      updated,
      body: 'Some words.',
    });
  });

  it('estimates reading time from the body', () => {
    const words = (n: number) => Array.from({ length: n }, () => 'word').join(' ');
    expect(toArticle(source({ body: '' })).readingMinutes).toBe(1);
    expect(toArticle(source({ body: words(PROSE_WORDS_PER_MINUTE * 7) })).readingMinutes).toBe(7);
  });
});

describe('compareArticles', () => {
  it('orders by order, then title', () => {
    const a = makeArticle({ slug: 'a', title: 'B', order: 1 });
    const b = makeArticle({ slug: 'b', title: 'A', order: 2 });
    const c = makeArticle({ slug: 'c', title: 'C', order: 2 });
    expect(compareArticles(a, b)).toBeLessThan(0);
    expect(compareArticles(b, c)).toBeLessThan(0);
    expect(compareArticles(c, b)).toBeGreaterThan(0);
    expect(compareArticles(b, b)).toBe(0);
    expect([c, b, a].sort(compareArticles).map((x) => x.slug)).toEqual(['a', 'b', 'c']);
  });
});
