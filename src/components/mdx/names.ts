/**
 * Names of the components every article can use without importing them. The build checks articles
 * against this list before Astro reads them (an unknown `<Quizz>` gets "did you mean <Quiz>?");
 * `index.ts` must provide exactly these, which the type check enforces.
 */
export const ARTICLE_COMPONENT_NAMES = ['KeyConcept', 'CommonMistake', 'Note', 'Terminal', 'Quiz', 'Question'] as const;
export type ArticleComponentName = (typeof ARTICLE_COMPONENT_NAMES)[number];
