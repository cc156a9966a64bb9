/** Names of the Studyforge content collections, prefixed so they never clash with a host site's own. */
export const COLLECTIONS = {
  articles: 'studyforgeArticles',
  sections: 'studyforgeSections',
  quizzes: 'studyforgeQuizzes',
  interview: 'studyforgeInterview',
  home: 'studyforgeHome',
} as const;
