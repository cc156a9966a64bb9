/**
 * The site's stylesheets adapted to a shadow root. Pure string work, unit-tested:
 * - `:root` becomes `:host`, so the design tokens are defined on the element;
 * - each token reads a host-page override first: `--accent: var(--sf-accent, <ours>)`, which is the
 *   documented way to theme the element (custom properties cross the shadow boundary);
 * - the element's own rules (theme attribute, no-JS parts hidden) are added.
 */
const TOKEN = /(^|[{;\s])--([a-z][a-z0-9-]*)\s*:\s*([^;{}]+);/g;

/** Rewrites one `:root { … }` token block's declarations to read `--sf-<name>` overrides. */
export function overridableTokens(css: string): string {
  return css.replace(TOKEN, (_, before: string, name: string, value: string) => `${before}--${name}: var(--sf-${name}, ${value.trim()});`);
}

export const ELEMENT_RULES = `
:host { display: block; font-family: var(--font-body); color: var(--text); line-height: 1.6; }
:host([hidden]) { display: none; }
:host([theme='light']) { color-scheme: light; }
:host([theme='dark']) { color-scheme: dark; }
.sf-nojs-only { display: none !important; }
.sf-embed-error { padding: 0.75rem 1rem; border-inline-start: 4px solid var(--mistake); background: var(--mistake-bg); color: var(--text); }
`;

/**
 * One stylesheet text for the shadow root, from the site's CSS files in their cascade order (the
 * tokens first). Rules keyed on the site's `<html>` (`:root[data-theme]`, `html.sf-js`) match nothing
 * in a shadow root, so they need no removing; ELEMENT_RULES does their job for the element.
 */
export function shadowCss([tokens = '', ...rest]: string[]): string {
  return [overridableTokens(tokens), ...rest].map((css) => css.replaceAll(':root', ':host')).join('\n') + ELEMENT_RULES;
}
