import { describe, expect, it } from 'vitest';
import { bundledThemes, codeToHtml } from 'shiki';
import { classForDeclaration, shikiClassCss, shikiStyleClasses } from '../../../src/markdown/shiki-classes';
import { SHIKI_THEMES } from '../../../src/integration/code-tokens-module';

async function loadThemes() {
  return Object.fromEntries(await Promise.all(Object.entries(SHIKI_THEMES).map(async ([key, name]) => [key, (await bundledThemes[name]()).default] as const)));
}

const SAMPLES: Array<[string, string]> = [
  ['ts', 'export async function f(x: number): Promise<string> { return `${x}` + /re/g.source; } // note'],
  ['python', '@decorator\ndef f(x: int) -> str:\n    """doc"""\n    return f"{x!r}" if x else None'],
  ['bash', 'for f in *.txt; do echo "$f" | grep -v "#" >> out.log; done'],
  ['yaml', 'key: [1, true, null, "s"] # comment\nanchor: &a\n  nested: *a'],
  ['diff', '+added\n-removed\n context'],
  ['markdown', '# Title\n\n*em* **strong** [link](https://example.org) `code`'],
];

describe('shikiStyleClasses', () => {
  it('maps Shiki declarations to classes named after their values', () => {
    expect(classForDeclaration('--shiki-light:#0E1116')).toBe('sf-shiki-light-0e1116');
    expect(classForDeclaration('--shiki-dark-bg:#0a0c10')).toBe('sf-shiki-dark-bg-0a0c10');
    expect(classForDeclaration('--shiki-light-font-style:italic')).toBe('sf-shiki-light-font-style-italic');
    expect(classForDeclaration(' overflow-x: auto')).toBeUndefined();
    expect(classForDeclaration('user-select: none')).toBe('sf-shiki-no-select');
    expect(classForDeclaration('background:url(x)')).toBeNull();
  });

  it('leaves no style attribute on highlighted code, and the stylesheet has a rule for every class it writes', async () => {
    const themes = await loadThemes();
    const css = shikiClassCss(themes);
    for (const [lang, code] of SAMPLES) {
      const html = await codeToHtml(code, { lang, themes: SHIKI_THEMES, defaultColor: false, transformers: [shikiStyleClasses()] });
      expect(html, lang).not.toContain('style=');
      const classes = [...html.matchAll(/sf-shiki-[\w-]+/g)].map(([name]) => name);
      expect(classes.length, lang).toBeGreaterThan(0);
      for (const name of new Set(classes)) expect(css, `${lang}: .${name}`).toContain(`.${name}{`);
    }
  });

  it('keeps both palettes: each token carries a light and a dark colour class', async () => {
    const html = await codeToHtml('const x = 1;', { lang: 'js', themes: SHIKI_THEMES, defaultColor: false, transformers: [shikiStyleClasses()] });
    for (const span of html.match(/<span class="[^"]*sf-shiki[^"]*"/g) ?? []) {
      expect(span).toMatch(/sf-shiki-light-[0-9a-f]+/);
      expect(span).toMatch(/sf-shiki-dark-[0-9a-f]+/);
    }
    expect(shikiClassCss(await loadThemes())).toMatch(/^@layer sf\.components \{/);
  });
});
