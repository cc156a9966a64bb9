import { describe, expect, it } from 'vitest';
import type { LinkTargets } from '../../../src/lib/article-checks';
import { checkBankArticles, checkQuestionLinks, checkQuizTags, checkRepeatedQuestions } from '../../../src/quiz/build/tag-checks';
import type { RenderedQuestion } from '../../../src/quiz/core/types';
import { article, bank, banksOf, fillQ, orderQ, singleQ, trueFalseQ } from './fixtures';

const banks = banksOf(
  bank('drift', [singleQ('drift-psi-meaning'), singleQ('drift-ks-test'), fillQ('drift-psi-term')]),
  bank('registry', [singleQ('reg-alias-uri'), singleQ('reg-version-immutable')]),
);

const check = (body: string, file = 'psi') => checkQuizTags([article(file, body)], banks);

describe('checkQuizTags', () => {
  it('finds nothing wrong in an article without quiz tags', () => {
    expect(check('# Title\n\nJust prose.')).toEqual([]);
  });

  it('accepts valid quiz tags of every kind', () => {
    const body = [
      '<Quiz bank="drift" />',
      '<Quiz bank="drift" mode="practice" questions={["drift-psi-meaning","drift-psi-term"]} />',
      '<Quiz bank="registry" mode="challenge" difficulty="easy" limit={1} shuffle />',
      '<Question id="reg-alias-uri" />',
    ].join('\n\n');
    expect(check(body)).toEqual([]);
  });

  it('reports a <Question> without an id, naming the article file', () => {
    expect(check('<Question />')).toEqual([
      {
        file: 'content/articles/basics/psi.mdx',
        where: '<Question>',
        message: 'has no id. Write `<Question id="..." />` with a question id from a bank.',
      },
    ]);
  });

  it('reports a <Question> id that no bank has, suggesting a close one', () => {
    const [problem, ...rest] = check('<Question id="drift-psi-meening" />');
    expect(rest).toEqual([]);
    expect(problem?.where).toBe('<Question id="drift-psi-meening">');
    expect(problem?.message).toMatch(/^names a question that no bank has\./);
    expect(problem?.message).toContain('Did you mean "drift-psi-meaning"?');
    expect(problem?.message).toContain('content/quizzes/*.yaml');
  });

  it('accepts a <Question> id from any bank', () => {
    expect(check('<Question id="reg-version-immutable" />\n<Question id="drift-ks-test" />')).toEqual([]);
  });

  it('makes no suggestion for an id nothing resembles', () => {
    const [problem] = check('<Question id="completely-unrelated-thing" />');
    expect(problem?.message).not.toContain('Did you mean');
  });

  it('accepts a badge name on a challenge', () => {
    expect(check('<Quiz bank="drift" mode="challenge" badge="Sharp Eye" />')).toEqual([]);
  });

  it('reports a badge name that is empty, too long or on a practice quiz, saying how to fix it', () => {
    const problems = check(
      ['<Quiz bank="drift" mode="challenge" badge="  " />', `<Quiz bank="drift" mode="challenge" badge="${'Very '.repeat(20)}" />`, '<Quiz bank="registry" badge="Sharp Eye" />'].join('\n\n'),
    );
    expect(problems.map((p) => [p.file, p.where])).toEqual([
      ['content/articles/basics/psi.mdx', '<Quiz bank="drift" badge>'],
      ['content/articles/basics/psi.mdx', '<Quiz bank="drift" badge>'],
      ['content/articles/basics/psi.mdx', '<Quiz bank="registry" badge>'],
    ]);
    expect(problems[0]!.message).toMatch(/^is empty\. Name the badge in a few words/);
    expect(problems[1]!.message).toMatch(/^is longer than 60 characters\./);
    expect(problems[2]!.message).toBe('only applies to a challenge. Add mode="challenge", or remove the badge prop.');
  });

  it('reports a <Quiz> without a bank', () => {
    const problems = check('<Quiz mode="practice" />');
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'content/articles/basics/psi.mdx', where: '<Quiz>' });
    expect(problems[0]?.message).toMatch(/^has no bank\./);
  });

  it('reports an empty bank name as no bank', () => {
    expect(check('<Quiz bank="" />')[0]?.where).toBe('<Quiz>');
  });

  it('reports an unknown bank with a suggestion, and checks nothing else of that quiz', () => {
    const problems = check('<Quiz bank="drfit" mode="exam" questions={["nope"]} />');
    expect(problems).toHaveLength(1);
    expect(problems[0]?.where).toBe('<Quiz bank="drfit">');
    expect(problems[0]?.message).toMatch(/^names a bank that does not exist\./);
    expect(problems[0]?.message).toContain('Did you mean "drift"?');
    expect(problems[0]?.message).toContain('content/quizzes/');
  });

  it('reports an unknown mode', () => {
    const problems = check('<Quiz bank="drift" mode="exam" />');
    expect(problems).toEqual([
      {
        file: 'content/articles/basics/psi.mdx',
        where: '<Quiz bank="drift" mode>',
        message: 'is "exam". Use mode="practice" or mode="challenge".',
      },
    ]);
  });

  it('accepts both known modes and a missing mode', () => {
    expect(check('<Quiz bank="drift" mode="practice" />')).toEqual([]);
    expect(check('<Quiz bank="drift" mode="challenge" />')).toEqual([]);
    expect(check('<Quiz bank="drift" />')).toEqual([]);
  });

  it('reports listed ids that are not in the bank, one problem each', () => {
    const problems = check('<Quiz bank="drift" questions={["drift-psi-meaning","drift-psi-mening","nothing-like-it"]} />');
    expect(problems.map((p) => p.where)).toEqual(['<Quiz bank="drift"> questions', '<Quiz bank="drift"> questions']);
    expect(problems[0]?.message).toMatch(/^lists "drift-psi-mening", which is not in that bank\./);
    expect(problems[0]?.message).toContain('Did you mean "drift-psi-meaning"?');
    expect(problems[1]?.message).toMatch(/^lists "nothing-like-it", which is not in that bank\.$/);
  });

  it('says which bank a misplaced id belongs to', () => {
    const [problem] = check('<Quiz bank="drift" questions={["reg-alias-uri"]} />');
    expect(problem?.message).toContain('lists "reg-alias-uri", which is not in that bank.');
    expect(problem?.message).toContain('It is in the "registry" bank.');
  });

  it('reports a bad mode and bad ids of the same quiz together', () => {
    const problems = check('<Quiz bank="drift" mode="timed" questions={["zzz"]} />');
    expect(problems.map((p) => p.where)).toEqual(['<Quiz bank="drift" mode>', '<Quiz bank="drift"> questions']);
  });

  it('reports every problem across articles, each with its own file, in order', () => {
    const articles = [
      article('one', '<Question id="missing" />\n<Quiz bank="nope" />', 'operations'),
      article('two', '<Quiz bank="drift" />', 'operations'),
      article('three', '<Quiz />', 'delivery'),
    ];
    const problems = checkQuizTags(articles, banks);
    expect(problems.map((p) => [p.file, p.where])).toEqual([
      ['content/articles/operations/one.mdx', '<Question id="missing">'],
      ['content/articles/operations/one.mdx', '<Quiz bank="nope">'],
      ['content/articles/delivery/three.mdx', '<Quiz>'],
    ]);
  });

  it('reports every quiz tag when there are no banks at all', () => {
    const problems = checkQuizTags([article('a', '<Quiz bank="drift" />\n<Question id="drift-psi-meaning" />')], new Map());
    expect(problems.map((p) => p.where)).toEqual(['<Quiz bank="drift">', '<Question id="drift-psi-meaning">']);
  });

  it('does not mutate the banks it checks', () => {
    const before = JSON.stringify([...banks]);
    check('<Quiz bank="drift" questions={["x"]} />');
    expect(JSON.stringify([...banks])).toBe(before);
  });
});

describe('checkRepeatedQuestions', () => {
  it('accepts each practice question once per page', () => {
    const a = article('a', '<Quiz bank="drift" questions={["drift-psi-meaning"]} />\n<Question id="drift-ks-test" />');
    expect(checkRepeatedQuestions([a], banks)).toEqual([]);
  });

  it('reports a question practised twice on one page', () => {
    const a = article('a', '<Quiz bank="drift" />\n<Question id="drift-ks-test" />');
    expect(checkRepeatedQuestions([a], banks)).toEqual([
      {
        file: 'content/articles/basics/a.mdx',
        where: 'question "drift-ks-test"',
        message: 'is shown twice as a practice question on this page. Remove one of the <Quiz>/<Question> tags that include it.',
      },
    ]);
  });

  it('allows the same question on different pages and in a challenge on the same page', () => {
    const a = article('a', '<Question id="drift-ks-test" />\n<Quiz bank="drift" mode="challenge" />');
    const b = article('b', '<Question id="drift-ks-test" />');
    expect(checkRepeatedQuestions([a, b], banks)).toEqual([]);
  });
});

describe('checkQuestionLinks', () => {
  const targets: LinkTargets = {
    pages: new Set(['/section/article/', '/operations/drift/']),
    anchorsByPath: new Map([
      ['/section/article/', new Set(['anchor'])],
      ['/operations/drift/', new Set(['psi'])],
    ]),
  };
  const bankFile = (name: string) => `content/quizzes/${name}.yaml`;

  it('accepts related links that resolve', () => {
    // The fixtures link every question to /section/article/#anchor.
    expect(checkQuestionLinks(banks, targets, bankFile)).toEqual([]);
  });

  it('reports a related link to a missing page or heading, naming the bank file and question', () => {
    const broken = banksOf(
      bank('drift', [
        { ...singleQ('to-missing-page'), related: '/nowhere/' },
        { ...singleQ('to-missing-heading'), related: '/operations/drift/#pis' },
        { ...singleQ('fine'), related: '/operations/drift/#psi' },
      ]),
    );
    const problems = checkQuestionLinks(broken, targets, bankFile);
    expect(problems.map((p) => [p.file, p.where])).toEqual([
      ['content/quizzes/drift.yaml', 'question "to-missing-page", field related'],
      ['content/quizzes/drift.yaml', 'question "to-missing-heading", field related'],
    ]);
    expect(problems[0]?.message).toContain('/nowhere/');
    expect(problems[1]?.message).toContain('#pis');
  });

  it('checks links inside every Markdown field of a question, naming the field', () => {
    const link = (href: string) => `<a href="${href}">see</a>`;
    const questions: RenderedQuestion[] = [
      { ...singleQ('in-text'), promptHtml: `<p>${link('/ghost/')}</p>`, hintHtml: link('/operations/drift/#psi'), solutionHtml: ['ok', link('/operations/drift/#nope')] },
      { ...orderQ('in-steps'), steps: [{ id: 'one', html: link('/gone/') }] } as RenderedQuestion,
      { ...trueFalseQ('in-explanation'), explanationHtml: { false: link('/section/article/?a=1&amp;b=2#missing') } } as RenderedQuestion,
    ];
    const broken = banksOf(bank('drift', questions));
    expect(checkQuestionLinks(broken, targets, bankFile).map((p) => p.where)).toEqual([
      'question "in-text", field prompt, link "/ghost/"',
      'question "in-text", field solution[1], link "/operations/drift/#nope"',
      'question "in-steps", field steps[0].text, link "/gone/"',
      'question "in-explanation", field explanations.false, link "/section/article/?a=1&b=2#missing"',
    ]);
  });
});

describe('checkBankArticles', () => {
  const bankFile = (name: string) => `content/quizzes/${name}.yaml`;
  it("reports a bank whose article: is no article's slug, with a suggestion", () => {
    const withArticle = (name: string, articleSlug?: string) => ({ ...bank(name, [singleQ(`${name}-1`)]), article: articleSlug });
    const problems = checkBankArticles(banksOf(withArticle('a', 'psi-drift'), withArticle('b', 'psy-drift'), withArticle('c')), new Set(['psi-drift']), bankFile);
    expect(problems).toEqual([
      {
        file: 'content/quizzes/b.yaml',
        where: 'article',
        message: '"psy-drift" is not an article slug. Did you mean "psi-drift"? Use the file name of an existing article (without .mdx) or remove the line.',
      },
    ]);
  });
});

describe('difficulty prop', () => {
  it('rejects an unknown difficulty on a <Quiz>', async () => {
    const { bank, banksOf, article, singleQ } = await import('./fixtures');
    const problems = checkQuizTags([article('a', '<Quiz bank="b" difficulty="medum" />')], banksOf(bank('b', [singleQ('b-1')])));
    expect(problems.map((p) => p.message)).toContain('is "medum". Use "easy", "medium" or "hard", or leave it out for all questions.');
  });
});
