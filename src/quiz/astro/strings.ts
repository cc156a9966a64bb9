import { quizPages } from 'virtual:studyforge/strings';

/** Text of the static quiz parts rendered at build (pages of a long quiz), in the site's locale. */
export const QUIZ_PAGE_STRINGS = quizPages;
