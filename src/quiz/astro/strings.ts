import { bankPages, embedSnippets, quizPages } from 'virtual:studyforge/strings';

/** Text of the static quiz parts rendered at build (pages of a long quiz), in the site's locale. */
export const QUIZ_PAGE_STRINGS = quizPages;

/** Text of the bank pages (`/quizzes/`, `/quizzes/<bank>/`) and the links to them, in the site's locale. */
export const BANK_PAGE_STRINGS = bankPages;

/** The "Embed this quiz" disclosure under each quiz (src/embed/snippets.ts writes the HTML), in the site's locale. */
export const EMBED_SNIPPET_STRINGS = embedSnippets;
