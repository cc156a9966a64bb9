/** UI text of the site's frame (footer, home page, article footer). One place, so a locale can replace it. */
export const SITE_STRINGS = {
  /** Said only what is true of every Studyforge site. */
  footerDefault: 'A static study site: articles, questions and solutions read without JavaScript.',
  footerLinksLabel: 'Site links',
  repository: 'Source repository',
  editPage: 'Edit this page',
  homeSectionsHeading: 'Sections',
  homeStartWith: (title: string) => `Start with “${title}”`,
  homeNoArticles: 'No articles yet. Add MDX files under articles/<section>/ in the content folder.',
  homeAllArticles: (count: number, section: string) => `All ${count} articles in ${section}`,
  homeInterviewHeading: 'Interview practice',
  homeInterviewText: 'Questions an interviewer might ask, with short, medium and long answers to reveal.',
} as const;
