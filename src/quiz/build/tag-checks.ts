import type { Article } from '../../lib/articles';
import { checkLink, type LinkTargets } from '../../lib/article-checks';
import { didYouMean, type ContentProblem } from '../../lib/content-problems';
import { findQuizTags } from './quiz-tags';
import { questionPlacements } from './placements';
import type { RenderedBank, RenderedQuestion } from '../core/types';
import { extractInternalLinks } from '../../lib/internal-links';
import { badgeNameProblem, QUESTION_DIFFICULTIES } from './schema';

const MODES = ['practice', 'challenge'];
const DIFFICULTIES: readonly string[] = QUESTION_DIFFICULTIES;

/** Every `<Quiz>` and `<Question>` in an article must name an existing bank, existing ids and a known mode. */
export function checkQuizTags(articles: Article[], banks: ReadonlyMap<string, RenderedBank>): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const allIds = new Map<string, string>();
  for (const bank of banks.values()) for (const q of bank.questions) allIds.set(q.id, bank.name);

  for (const article of articles) {
    for (const embed of findQuizTags(article.body)) {
      const push = (where: string, message: string) => problems.push({ file: article.filePath, where, message });
      if (embed.kind === 'Question') {
        const id = embed.questionIds[0];
        if (!id) push('<Question>', 'has no id. Write `<Question id="..." />` with a question id from a bank.');
        else if (!allIds.has(id)) push(`<Question id="${id}">`, `names a question that no bank has.${didYouMean(id, allIds.keys())} Use an id from content/quizzes/*.yaml.`);
        continue;
      }
      if (!embed.bank) {
        push('<Quiz>', 'has no bank. Write `<Quiz bank="drift" />`, naming a file in content/quizzes/ without .yaml.');
        continue;
      }
      const bank = banks.get(embed.bank);
      if (!bank) {
        push(`<Quiz bank="${embed.bank}">`, `names a bank that does not exist.${didYouMean(embed.bank, banks.keys())} Banks are the files in content/quizzes/ (without .yaml).`);
        continue;
      }
      if (embed.mode && !MODES.includes(embed.mode)) push(`<Quiz bank="${embed.bank}" mode>`, `is "${embed.mode}". Use mode="practice" or mode="challenge".`);
      if (embed.difficulty && !DIFFICULTIES.includes(embed.difficulty)) {
        push(`<Quiz bank="${embed.bank}" difficulty>`, `is "${embed.difficulty}". Use "easy", "medium" or "hard", or leave it out for all questions.`);
      }
      if (embed.pageSize !== undefined && !(Number.isInteger(embed.pageSize) && embed.pageSize >= 1)) {
        push(`<Quiz bank="${embed.bank}" pageSize>`, 'must be a whole number of questions per page written as a number, e.g. `pageSize={20}`.');
      }
      if (embed.badge !== undefined) {
        if ((embed.mode ?? 'practice') !== 'challenge') {
          push(`<Quiz bank="${embed.bank}" badge>`, 'only applies to a challenge. Add mode="challenge", or remove the badge prop.');
        } else {
          const problem = badgeNameProblem(embed.badge);
          if (problem) push(`<Quiz bank="${embed.bank}" badge>`, problem);
        }
      }
      const ids = new Set(bank.questions.map((q) => q.id));
      for (const id of embed.questionIds) {
        if (!ids.has(id)) {
          push(
            `<Quiz bank="${embed.bank}"> questions`,
            `lists "${id}", which is not in that bank.${didYouMean(id, ids)}${allIds.has(id) ? ` It is in the "${allIds.get(id)}" bank.` : ''}`,
          );
        }
      }
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
        message: 'is shown twice as a practice question on this page. Remove one of the <Quiz>/<Question> embeds that include it.',
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
