declare module 'virtual:studyforge/config' {
  const config: import('./integration/options').StudyforgeConfig;
  export default config;
}

declare module 'virtual:studyforge/code-tokens.css';

/** The site's locale's UI text (integration/strings-module.ts); typed as the reference locale, `en`. */
declare module 'virtual:studyforge/strings' {
  type Strings = import('./i18n/strings').Strings;
  export const site: Strings['site'];
  export const copy: Strings['copy'];
  export const interview: Strings['interview'];
  export const reading: Strings['reading'];
  export const search: Strings['search'];
  export const quiz: Strings['quiz'];
  export const challenge: Strings['challenge'];
  export const quizPages: Strings['quizPages'];
  export const bankPages: Strings['bankPages'];
  export const embed: Strings['embed'];
  export const embedSnippets: Strings['embedSnippets'];
}
