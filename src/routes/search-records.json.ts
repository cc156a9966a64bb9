import type { APIRoute } from 'astro';
import { questionPlacements } from '../quiz/build/placements';
import { CONTENT_TYPES, QUESTION_LEVEL, questionTitle, recordText, type SearchRecord } from '../search/records';
import { loadQuizzes } from '../quiz/build/load-quizzes';
import { loadCatalog } from '../catalog/load-catalog';

/**
 * Search records for quiz questions, one per question per page, for the Pagefind integration to
 * index after the build (it deletes this file once read). Each links to the question on its page.
 */
export const GET: APIRoute = async () => {
  const catalog = await loadCatalog();
  const { banks } = await loadQuizzes();
  const sectionTitle = new Map(catalog.sections.map((s) => [s.slug, s.title]));
  // One record per question per page; where a question is in both a practice quiz and a challenge
  // on the same page, the practice one (which links straight to the question) is kept.
  const placements = questionPlacements(catalog.articles, banks);
  const practiced = new Set(placements.filter((p) => p.mode === 'practice').map((p) => `${p.pageUrl}#${p.question.id}`));
  const unique = placements.filter((p) => p.mode === 'practice' || !practiced.has(`${p.pageUrl}#${p.question.id}`));
  const records: SearchRecord[] = unique.map(({ article, question, pageUrl, anchor, mode }) => {
    const section = sectionTitle.get(article.section) ?? article.section;
    const level = QUESTION_LEVEL[question.difficulty];
    const choices = 'choices' in question ? question.choices.map((c) => c.html) : 'steps' in question ? question.steps.map((s) => s.html) : [];
    // Steps are authored in their right order; a challenge's record must not give the order away.
    if (mode === 'challenge' && 'steps' in question) choices.sort();
    // A challenge is a test: its hint, solution and explanations must not show up in result excerpts.
    const studyHtml = mode === 'practice' ? [question.hintHtml, ...question.solutionHtml, question.quickCheckHtml, ...question.commonMistakesHtml] : [];
    const content = recordText([question.promptHtml, ...choices, ...studyHtml]);
    return {
      url: `${pageUrl}#${anchor}`,
      content,
      meta: { title: `Question: ${questionTitle(question.promptHtml)}`, section, difficulty: level, type: CONTENT_TYPES.question },
      filters: { type: [CONTENT_TYPES.question], section: [section], difficulty: [level] },
    };
  });
  return new Response(JSON.stringify(records), { headers: { 'Content-Type': 'application/json' } });
};
