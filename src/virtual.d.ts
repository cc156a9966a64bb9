declare module 'virtual:studyforge/config' {
  const config: import('./integration/options').StudyforgeConfig;
  export default config;
}

declare module 'virtual:studyforge/code-tokens.css';
