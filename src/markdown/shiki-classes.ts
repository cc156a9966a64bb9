/**
 * Shiki token colours as classes instead of `style` attributes, so the CSP needs no
 * `style-src-attr 'unsafe-inline'`. Shiki (with `defaultColor: false`) writes each token's colours as
 * `--shiki-light:#0e1116;--shiki-dark:#f0f3f6`; each declaration becomes one class named after its
 * value (`sf-shiki-light-0e1116`). The class names come from the values, not from a per-build
 * registry, so the stylesheet can be generated from the themes' palettes alone: it is the same in
 * dev and build, and HTML that Astro's content cache kept from an earlier build still matches it.
 */
import type { Element, Root, RootContent } from 'hast';

/** `--shiki-light`, `--shiki-dark-bg`, `--shiki-light-font-style` … : the variables Shiki writes. */
const SHIKI_VARIABLE = /^--shiki-([a-z]+(?:-bg|-font-style|-font-weight|-text-decoration)?)$/;
const COLOUR = /^#[0-9a-f]{3,8}$/;
const KEYWORD = /^(?:italic|bold|normal|none|underline|line-through)$/;

/** Declarations the stylesheet already covers for every code block (Astro's <pre> and diff markers). */
const COVERED: Record<string, string | undefined> = {
  'overflow-x:auto': undefined,
  'user-select:none': 'sf-shiki-no-select',
};

/** The class for one `property:value` declaration, or undefined when it is not one we know. */
export function classForDeclaration(declaration: string): string | undefined | null {
  const [rawProperty, ...rest] = declaration.split(':');
  const property = rawProperty?.trim().toLowerCase() ?? '';
  const value = rest.join(':').trim().toLowerCase();
  const key = `${property}:${value}`;
  if (key in COVERED) return COVERED[key];
  const variable = SHIKI_VARIABLE.exec(property);
  if (variable && (COLOUR.test(value) || KEYWORD.test(value))) return `sf-shiki-${variable[1]}-${value.replace('#', '')}`;
  return null;
}

/** Replaces one element's Shiki style with classes; keeps any declaration it does not know (a test then fails). */
function styleToClasses(node: Element): void {
  const style = node.properties.style;
  if (typeof style !== 'string') return;
  const unknown: string[] = [];
  const classes: string[] = [];
  for (const declaration of style.split(';').map((part) => part.trim()).filter(Boolean)) {
    const name = classForDeclaration(declaration);
    if (name === null) unknown.push(declaration);
    else if (name) classes.push(name);
  }
  const existing = node.properties.className ?? node.properties.class;
  const current = Array.isArray(existing) ? existing.map(String) : typeof existing === 'string' ? existing.split(/\s+/).filter(Boolean) : [];
  delete node.properties.class;
  node.properties.className = [...current, ...classes];
  if (unknown.length) node.properties.style = unknown.join(';');
  else delete node.properties.style;
}

function visit(node: Root | RootContent): void {
  if (node.type === 'element') styleToClasses(node);
  if ('children' in node) for (const child of node.children) visit(child);
}

/** A Shiki transformer; `root` runs after every other hook (Astro's own <pre> and diff hooks included). */
export function shikiStyleClasses() {
  return {
    name: 'studyforge:shiki-style-classes',
    root(hast: Root) {
      visit(hast);
    },
  };
}

type Theme = { colors?: Record<string, string>; tokenColors?: Array<{ settings?: { foreground?: string; background?: string } }> };

/** Every colour a theme can give a token or a block, lower-cased. */
export function themePalette(theme: Theme): string[] {
  const colours = new Set<string>();
  const add = (value: unknown) => {
    if (typeof value === 'string' && COLOUR.test(value.toLowerCase())) colours.add(value.toLowerCase());
  };
  for (const value of Object.values(theme.colors ?? {})) add(value);
  for (const rule of theme.tokenColors ?? []) {
    add(rule.settings?.foreground);
    add(rule.settings?.background);
  }
  return [...colours].sort();
}

/** The stylesheet: one rule per colour and theme, setting the variable code.css reads. */
export function shikiClassCss(themes: Record<string, Theme>): string {
  const rules = ['.sf-shiki-no-select{user-select:none}'];
  for (const [name, theme] of Object.entries(themes)) {
    const palette = themePalette(theme);
    for (const colour of palette) {
      const hex = colour.slice(1);
      rules.push(`.sf-shiki-${name}-${hex}{--shiki-${name}:${colour}}`);
    }
    const background = theme.colors?.['editor.background']?.toLowerCase();
    if (background) rules.push(`.sf-shiki-${name}-bg-${background.slice(1)}{--shiki-${name}-bg:${background}}`);
    for (const [property, values] of [
      ['font-style', ['italic', 'normal']],
      ['font-weight', ['bold', 'normal']],
      ['text-decoration', ['underline', 'line-through', 'none']],
    ] as const) {
      for (const value of values) rules.push(`.sf-shiki-${name}-${property}-${value}{--shiki-${name}-${property}:${value}}`);
    }
  }
  // In the components layer with code.css, so a host site's layers order it like the rest of Studyforge.
  return `@layer sf.components {\n${rules.join('\n')}\n}\n`;
}
