import { describe, expect, it } from 'vitest';
import { checkArticles, checkLink, linkTargets } from '../../../src/lib/article-checks';
import type { Article } from '../../../src/lib/articles';
import { makeArticle } from './helpers';

const STATIC_ROUTES = ['/', '/search/', '/quizzes/'];

function check(articles: Article[], declared: Record<string, string | undefined> = {}, routes = STATIC_ROUTES) {
  return checkArticles(articles, new Map(Object.entries(declared)), linkTargets(articles, routes));
}

const first = () =>
  makeArticle({ section: 'basics', slug: 'first-steps', body: '## Setup\n\n## Markdown features\n\n### Code' });
const second = () => makeArticle({ section: 'basics', slug: 'second-steps', body: '## Install\n\n## Install' });
const deep = () => makeArticle({ section: 'advanced', slug: 'deep-dive', body: '# Deep dive\n\n## Internals' });

describe('linkTargets', () => {
  it('lists every article URL, section index and static route as a page', () => {
    const targets = linkTargets([first(), deep()], ['/', '/search/']);
    expect([...targets.pages].sort()).toEqual(
      ['/', '/search/', '/basics/', '/advanced/', '/basics/first-steps/', '/advanced/deep-dive/'].sort(),
    );
  });

  it("records each article's heading ids by URL", () => {
    const targets = linkTargets([first(), second()], []);
    expect([...targets.anchorsByPath.get('/basics/first-steps/')!]).toEqual(['setup', 'markdown-features', 'code']);
    expect([...targets.anchorsByPath.get('/basics/second-steps/')!]).toEqual(['install', 'install-1']);
    expect(targets.anchorsByPath.has('/')).toBe(false);
  });
});

describe('checkLink', () => {
  const targets = linkTargets([first(), second(), deep()], STATIC_ROUTES);
  const from = '/basics/first-steps/';

  it('accepts links to articles, with or without a trailing slash, absolute or relative', () => {
    expect(checkLink('/advanced/deep-dive/', from, targets)).toBeUndefined();
    expect(checkLink('/advanced/deep-dive', from, targets)).toBeUndefined();
    expect(checkLink('../second-steps/', from, targets)).toBeUndefined();
  });

  it('accepts existing anchors, on this page and on others', () => {
    expect(checkLink('#setup', from, targets)).toBeUndefined();
    expect(checkLink('/basics/second-steps/#install-1', from, targets)).toBeUndefined();
    expect(checkLink('../../advanced/deep-dive/#internals', from, targets)).toBeUndefined();
  });

  it('accepts section pages and static routes, including anchors on them', () => {
    expect(checkLink('/basics/', from, targets)).toBeUndefined();
    expect(checkLink('/search/', from, targets)).toBeUndefined();
    expect(checkLink('/search', from, targets)).toBeUndefined();
    expect(checkLink('/quizzes/#any', from, targets)).toBeUndefined();
    expect(checkLink('/', from, targets)).toBeUndefined();
  });

  it('does not check assets', () => {
    expect(checkLink('/img/diagram.png', from, targets)).toBeUndefined();
    expect(checkLink('/files/notes.PDF', from, targets)).toBeUndefined();
  });

  it('reports a link to a page that does not exist, with a suggestion and the URL shape', () => {
    const problem = checkLink('/basics/first-step/', '/advanced/deep-dive/', targets);
    expect(problem).toContain('points to /basics/first-step/, which is not a page of this site.');
    expect(problem).toContain('Did you mean "/basics/first-steps/"?');
    expect(problem).toContain('/<section>/<slug>/');
  });

  it('reports a missing anchor with the nearest heading id', () => {
    const problem = checkLink('/basics/first-steps/#markdown-feature', '/advanced/deep-dive/', targets);
    expect(problem).toContain('points to #markdown-feature, but /basics/first-steps/ has no heading with that id.');
    expect(problem).toContain('Did you mean "markdown-features"?');
  });

  it('reports a missing anchor on the same page', () => {
    expect(checkLink('#nowhere', from, targets)).toMatch(/^points to #nowhere, but \/basics\/first-steps\/ has no heading/);
  });

  it('offers no suggestion when nothing is close', () => {
    const problem = checkLink('/completely/unrelated/path/', from, targets);
    expect(problem).toBeDefined();
    expect(problem).not.toContain('Did you mean');
  });

  it('reports a malformed %-escape instead of throwing', () => {
    expect(checkLink('/basics/second-steps/#%E0%A4%A', from, targets)).toMatch(/^has a malformed %-escape\. Write a literal % as %25/);
    expect(checkLink('/basics/%zz/', from, targets)).toMatch(/^has a malformed %-escape/);
  });
});

describe('checkArticles', () => {
  it('finds no problems in a consistent site', () => {
    const a = { ...first(), related: ['second-steps'], body: first().body + '\n\nSee [next](../second-steps/#install).' };
    const b = { ...second(), related: ['first-steps', 'deep-dive'], body: second().body + '\n\n[Home](/) [deep](/advanced/deep-dive/#internals)' };
    const c = { ...deep(), body: deep().body + '\n\n<a href="/basics/">Basics</a> [search](/search/) ![x](/img/x.png)' };
    expect(check([a, b, c], { 'basics/first-steps': 'basics', 'basics/second-steps': undefined })).toEqual([]);
  });

  it('reports a duplicate slug on both files, each naming the other', () => {
    const one = makeArticle({ section: 'one', slug: 'intro' });
    const two = makeArticle({ section: 'two', slug: 'intro' });
    const problems = check([one, two]).filter((p) => p.where === 'slug');
    expect(problems).toHaveLength(2);
    expect(problems.map((p) => p.file).sort()).toEqual(['content/articles/one/intro.mdx', 'content/articles/two/intro.mdx']);
    const forOne = problems.find((p) => p.file === one.filePath)!;
    const forTwo = problems.find((p) => p.file === two.filePath)!;
    expect(forOne.message).toContain(`"intro" is also used by ${two.filePath}`);
    expect(forTwo.message).toContain(`"intro" is also used by ${one.filePath}`);
    expect(forOne.message).toContain('set a different `slug:`');
  });

  it('lists every other file when a slug is used three times', () => {
    const files = ['a', 'b', 'c'].map((section) => makeArticle({ section, slug: 'same' }));
    const problems = check(files).filter((p) => p.where === 'slug');
    expect(problems).toHaveLength(3);
    const forA = problems.find((p) => p.file === files[0]!.filePath)!;
    expect(forA.message).toContain(`${files[1]!.filePath}, ${files[2]!.filePath}`);
    expect(forA.message).not.toContain(`used by ${files[0]!.filePath}`);
  });

  it('reports an article outside a section folder', () => {
    const loose = makeArticle({ section: '', slug: 'loose' });
    const problems = check([loose]);
    expect(problems).toContainEqual({
      file: loose.filePath,
      where: 'location',
      message: expect.stringContaining('is not inside a section folder. Move it to articles/<section>/'),
    });
  });

  it('reports a section field that contradicts the folder, with both fixes', () => {
    const article = first();
    const problems = check([article], { [article.id]: 'advanced' });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: article.filePath, where: 'section' });
    expect(problems[0]!.message).toContain('is "advanced" but the file is in the "basics" folder');
    expect(problems[0]!.message).toContain('articles/advanced/');
    expect(problems[0]!.message).toContain('`section: basics`');
  });

  it('accepts a section field equal to the folder, or no field', () => {
    const a = first();
    const b = second();
    expect(check([a, b], { [a.id]: 'basics', [b.id]: undefined })).toEqual([]);
  });

  it('reports an unknown related slug with a "Did you mean" suggestion and its index', () => {
    const article = { ...first(), related: ['second-steps', 'deep-dvie'] };
    const problems = check([article, second(), deep()]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: article.filePath, where: 'related[1]' });
    expect(problems[0]!.message).toContain('"deep-dvie" is not an article slug.');
    expect(problems[0]!.message).toContain('Did you mean "deep-dive"?');
    expect(problems[0]!.message).toContain('remove the entry');
  });

  it('reports an unknown related slug without a suggestion when nothing is close', () => {
    const article = { ...first(), related: ['kubernetes-operators-in-depth'] };
    const [problem] = check([article, second()]);
    expect(problem!.where).toBe('related[0]');
    expect(problem!.message).not.toContain('Did you mean');
  });

  it('reports a broken internal link, naming the link as written', () => {
    const article = { ...first(), body: 'Read [this](/basics/secnd-steps/) first.' };
    const problems = check([article, second()]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: article.filePath, where: 'link "/basics/secnd-steps/"' });
    expect(problems[0]!.message).toContain('not a page of this site');
    expect(problems[0]!.message).toContain('Did you mean "/basics/second-steps/"?');
  });

  it('reports a link to a missing #anchor', () => {
    const article = { ...first(), body: '## Setup\n\nSee [install](../second-steps/#instal) and [setup](#setup).' };
    const problems = check([article, second()]);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.where).toBe('link "../second-steps/#instal"');
    expect(problems[0]!.message).toContain('#instal');
    expect(problems[0]!.message).toContain('Did you mean "install"?');
  });

  it('does not report links in code', () => {
    const article = { ...first(), body: '```md\n[broken](/nowhere/)\n```\n\nInline: `[broken](/nowhere/)`' };
    expect(check([article])).toEqual([]);
  });

  it('allows links to static routes only when they are listed', () => {
    const article = { ...first(), body: '[Glossary](/glossary/)' };
    expect(check([article], {}, [...STATIC_ROUTES, '/glossary/'])).toEqual([]);
    const problems = check([article], {}, STATIC_ROUTES);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.where).toBe('link "/glossary/"');
  });

  it('reports every problem, not only the first', () => {
    const one = { ...makeArticle({ section: 'one', slug: 'dup' }), related: ['missing'] };
    const two = { ...makeArticle({ section: 'two', slug: 'dup' }), body: '[x](/nope/)' };
    const loose = makeArticle({ section: '', slug: 'loose' });
    const wheres = check([one, two, loose]).map((p) => `${p.file} ${p.where}`).sort();
    expect(wheres).toEqual(
      [
        `${loose.filePath} location`,
        `${one.filePath} related[0]`,
        `${one.filePath} slug`,
        `${two.filePath} link "/nope/"`,
        `${two.filePath} slug`,
      ].sort(),
    );
  });
});
