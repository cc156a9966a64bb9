/** Shiki language names for shell sessions: an output question with one of these runs a command in a terminal. */
const SHELL_LANGUAGES = new Set(['bash', 'sh', 'shell', 'zsh', 'fish', 'console', 'shellsession', 'powershell', 'ps1', 'pwsh', 'bat', 'cmd']);

export function isShellLanguage(language: string | undefined): boolean {
  return language !== undefined && SHELL_LANGUAGES.has(language.toLowerCase());
}
