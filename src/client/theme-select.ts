import { SafeStorage } from '../lib/safe-storage';
import { parseThemeChoice, resolveTheme, THEME_STORAGE_KEY, type ThemeChoice } from '../lib/theme';

/** Where storage is unavailable or full, a choice applies to this page only. */
const storage = SafeStorage.local();

const readChoice = (): ThemeChoice => parseThemeChoice(storage.getText(THEME_STORAGE_KEY));

function saveChoice(choice: ThemeChoice): void {
  if (choice === 'system') storage.remove(THEME_STORAGE_KEY);
  else storage.setText(THEME_STORAGE_KEY, choice);
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
