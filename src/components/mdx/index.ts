import CodeBlock from './CodeBlock.astro';
import CommonMistake from './CommonMistake.astro';
import KeyConcept from './KeyConcept.astro';
import Note from './Note.astro';
import Terminal from './Terminal.astro';
import Quiz from '../../quiz/astro/Quiz.astro';
import Question from '../../quiz/astro/Question.astro';
import type { ArticleComponentName } from './names';

/**
 * Components every article can use without importing them, and the element overrides applied to
 * rendered Markdown (`pre` gets a Copy button).
 */
export const articleComponents = { pre: CodeBlock, KeyConcept, CommonMistake, Note, Terminal, Quiz, Question } satisfies Record<
  ArticleComponentName | 'pre',
  unknown
>;

/** The same components for a host site's own pages: `import { Quiz } from 'studyforge/components'`. */
export { KeyConcept, CommonMistake, Note, Terminal, Quiz, Question };
