import type { Article } from '../../lib/articles';
import { checkLink, type LinkTargets } from '../../lib/article-checks';
import { didYouMean, type ContentProblem } from '../../lib/content-problems';
import { findQuizTags } from './quiz-tags';
import { QUIZ_RESOLVE_TEXT, questionPlacements } from './placements';
import type { RenderedBank, RenderedQuestion } from '../core/types';
import { extractInternalLinks } from '../../lib/internal-links';
import { QUIZ_PROP_NAMES, quizPropProblems, resolveQuiz, type QuizPropProblem } from '../core/resolve-quiz';

/** Every `<Quiz>` and `<Question>` in an article must have props `resolveQuiz` can use, naming existing banks and ids. */
export function checkQuizTags(articles: ReadonlyArray<Pick<Article, 'filePath' | 'body'>>, banks: ReadonlyMap<string, RenderedBank>): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const allIds = new Map<string, string>();
  for (const bank of banks.values()) for (const q of bank.questions) allIds.set(q.id, bank.name);

  for (const article of articles) {
    for (const tag of findQuizTags(article.body)) {
      const push = ({ where, message }: QuizPropProblem) => problems.push({ file: article.filePath, where, message });
      if (tag.problems.length) {
        tag.problems.forEach(push);
        continue;
      }
      if (tag.kind === 'Question') {
        const id = tag.props.id;
        if (id === undefined || id === '' || id === true) push({ where: '<Question>', message: 'has no id. Write `<Question id="..." />` with a question id from a bank.' });
        else if (typeof id !== 'string' || !allIds.has(id)) {
          push({ where: `<Question id="${String(id)}">`, message: `names a question that no bank has.${didYouMean(String(id), allIds.keys())} Use an id from content/quizzes/*.yaml.` });
        }
        continue;
      }
      for (const name of Object.keys(tag.props)) {
        if (!(QUIZ_PROP_NAMES as readonly string[]).includes(name)) {
          push({ where: `<Quiz> ${name}`, message: `is not a prop of <Quiz>.${didYouMean(name, QUIZ_PROP_NAMES)} The props are ${QUIZ_PROP_NAMES.join(', ')}.` });
        }
      }
      quizPropProblems(banks, tag.props).forEach(push);
    }
  }
  return problems;
}

/** A question can be practised once per page: its anchor (`#q-<id>`) must be unique there. */
export function checkRepeatedQuestions(articles: Article[], banks: ReadonlyMap<string, RenderedBank>): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const seen = new Set<string>();
  for (const placement of questionPlacements(articles, banks)) {
    if (placement.mode !== 'practice') continue;
    const key = `${placement.pageUrl}#${placement.question.id}`;
    if (seen.has(key)) {
      problems.push({
        file: placement.article.filePath,
        where: `question "${placement.question.id}"`,
        message: 'is shown twice as a practice question on this page. Remove one of the <Quiz>/<Question> tags that include it.',
      });
    }
    seen.add(key);
  }
  return problems;
}

/** A bank's `article:` must name an article, by its slug. */
export function checkBankArticles(banks: ReadonlyMap<string, RenderedBank>, slugs: ReadonlySet<string>, bankFile: (bank: string) => string): ContentProblem[] {
  return [...banks.values()]
    .filter((bank) => bank.article !== undefined && !slugs.has(bank.article))
    .map((bank) => ({
      file: bankFile(bank.name),
      where: 'article',
      message: `"${bank.article}" is not an article slug.${didYouMean(bank.article!, slugs)} Use the file name of an existing article (without .mdx) or remove the line.`,
    }));
}

/** Every rendered Markdown field of a question, named as in the bank file. */
function renderedFields(question: RenderedQuestion): Array<[field: string, html: string | undefined]> {
  const fields: Array<[string, string | undefined]> = [
    ['prompt', question.promptHtml],
    ['hint', question.hintHtml],
    ...question.solutionHtml.map((html, i): [string, string] => [`solution[${i}]`, html]),
    ['quickCheck', question.quickCheckHtml],
    ...question.commonMistakesHtml.map((html, i): [string, string] => [`commonMistakes[${i}]`, html]),
  ];
  const options = 'choices' in question ? question.choices : question.type === 'order' ? question.steps : [];
  const list = question.type === 'order' ? 'steps' : 'choices';
  options.forEach((option, i) => fields.push([`${list}[${i}].text`, option.html], [`${list}[${i}].explanation`, option.explanationHtml]));
  if (question.type === 'truefalse') fields.push(['explanations.true', question.explanationHtml.true], ['explanations.false', question.explanationHtml.false]);
  return fields;
}

/** A question's `related` link, and every link in its prompt, hint, solution and other text, must point at a page (and heading) of the site. */
export function checkQuestionLinks(banks: ReadonlyMap<string, RenderedBank>, targets: LinkTargets, bankFile: (bank: string) => string): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const bank of banks.values()) {
    for (const question of bank.questions) {
      const problem = checkLink(question.related, '/', targets);
      if (problem) problems.push({ file: bankFile(bank.name), where: `question "${question.id}", field related`, message: problem });
      for (const [field, html] of renderedFields(question)) {
        // The Markdown is already HTML here: its links are `href` attributes.
        for (const link of html ? extractInternalLinks(html.replace(/&amp;/g, '&')) : []) {
          const linkProblem = checkLink(link, '/', targets);
          if (linkProblem) problems.push({ file: bankFile(bank.name), where: `question "${question.id}", field ${field}, link "${link}"`, message: linkProblem });
        }
      }
    }
  }
  return problems;
}

/**
 * The author's home page (`index.mdx`) has no quiz pages of its own: later pages of a long quiz live
 * under an article's address. So a quiz there must fit on one page, or its questions would be cut off.
 */
export function checkHomeQuizzes(home: Pick<Article, 'filePath' | 'body'>, banks: ReadonlyMap<string, RenderedBank>): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const tag of findQuizTags(home.body)) {
    if (tag.kind !== 'Quiz' || tag.problems.length || quizPropProblems(banks, tag.props).length) continue;
    const quiz = resolveQuiz(banks, tag.props, { file: home.filePath, text: QUIZ_RESOLVE_TEXT });
    if (quiz.pageCount < 2) continue;
    problems.push({
      file: home.filePath,
      where: '<Quiz>',
      message: `shows ${quiz.questions.length} questions, more than one page holds (${quiz.pageSize}), and the home page has no later pages. Add \`limit={${quiz.pageSize}}\`, raise \`pageSize\`, or move the quiz into an article.`,
    });
  }
  return problems;
}
