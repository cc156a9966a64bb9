import { parseThemeChoice, resolveTheme, THEME_STORAGE_KEY, type ThemeChoice } from '../lib/theme';

function readChoice(): ThemeChoice {
  try {
    return parseThemeChoice(localStorage.getItem(THEME_STORAGE_KEY));
  } catch {
    return 'system';
  }
}

function saveChoice(choice: ThemeChoice): void {
  try {
    if (choice === 'system') localStorage.removeItem(THEME_STORAGE_KEY);
    else localStorage.setItem(THEME_STORAGE_KEY, choice);
  } catch {
    // Unavailable storage: the choice applies to this page only.
  }
}

const systemDark = matchMedia('(prefers-color-scheme: dark)');

function apply(choice: ThemeChoice): void {
  const root = document.documentElement;
  root.dataset.themeChoice = choice;
  root.dataset.theme = resolveTheme(choice, systemDark.matches);
}

/** `<theme-select>`: a native select that applies, remembers and syncs the theme across tabs. */
class ThemeSelect extends HTMLElement {
  connectedCallback(): void {
    const select = this.querySelector('select');
    if (!select) return;
    select.value = readChoice();
    select.addEventListener('change', () => {
      const choice = parseThemeChoice(select.value);
      saveChoice(choice);
      apply(choice);
    });
    systemDark.addEventListener('change', () => apply(readChoice()));
    window.addEventListener('storage', (event) => {
      if (event.key !== THEME_STORAGE_KEY) return;
      select.value = readChoice();
      apply(select.value as ThemeChoice);
    });
  }
}

export function defineThemeSelect(): void {
  if (!customElements.get('theme-select')) customElements.define('theme-select', ThemeSelect);
}
