/** UI text of the `<study-quiz>` element and its iframe page, in the site's locale (src/i18n/<locale>/). */
import { embed, embedSnippets } from 'virtual:studyforge/strings';

/** The element's own text: loading, and errors shown inside it in plain words. */
export const EMBED_STRINGS = embed;

/** The iframe page `/embed/<bank>/` (its no-JS fallback). */
export const EMBED_PAGE_STRINGS = { title: embedSnippets.pageTitle, solution: embedSnippets.solution, allQuestions: embedSnippets.allQuestions };
