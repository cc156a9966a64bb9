import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, hydrateIslands, useTheme, watchForProblems } from '../helpers';
import * as de from '../../../src/i18n/de';

// The author fixture (tests/fixtures/author-home: its own site.yaml with `locale: de`, logo, favicon, an
// index.mdx home page, one quiz bank, no interview files) built with SITE_URL=http://127.0.0.1:<port>/notes/
// (scripts/e2e.mjs) and served only under /notes/ (anything else is a plain 404), as on a GitHub Pages project site.
const BASE = '/notes/';

/** Every request the page makes, as paths; all must stay under the base. */
function recordRequests(page: Page): string[] {
  const paths: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol.startsWith('http')) paths.push(url.pathname);
  });
  return paths;
}

const escaping = (paths: string[]) => paths.filter((path) => !path.startsWith(BASE));

test("the author's identity and language: title, logo, favicon and German UI text from site.yaml", async ({ page }) => {
  const problems = await watchForProblems(page);
  await page.goto(BASE);
  await expect(page).toHaveTitle('Willkommen bei meinen Rust-Notizen | Rust-Notizen');
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
  const logo = page.locator('.sf-site-name img');
  await expect(logo).toHaveAttribute('alt', 'Logo der Rust-Notizen');
  await expect(logo).toHaveAttribute('src', /^\/notes\/_astro\/logo\.[\w-]+\.svg$/);
  expect(await logo.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
  await expect(page.locator('link[rel="icon"]')).toHaveAttribute('href', /^\/notes\/_astro\/icon\.[\w-]+\.png$/);
  await expect(page.locator('.sf-site-name')).toHaveText('Rust-Notizen');

  // The header, the skip link, the footer: German, from src/i18n/de.
  await expect(page.locator('.sf-skip-link')).toHaveText(de.site.skipLink);
  await expect(page.locator('.sf-search-button')).toContainText(de.search.dialogLabel);
  await expect(page.getByRole('combobox', { name: de.site.theme })).toBeVisible();
  await expect(page.locator('footer')).toContainText('© 2026 Ferris die Krabbe');
  await expect(page.locator('footer').getByRole('link', { name: de.site.repository })).toBeVisible();
  // The home page is the author's index.mdx, with its callout and its quiz, in German.
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Willkommen bei meinen Rust-Notizen');
  await expect(page.getByRole('note', { name: de.reading.callouts.note })).toBeVisible();
  await expect(page.getByRole('heading', { name: de.quizPages.heading('practice', 'Besitz') })).toBeVisible();

  // An article: German reading aids and a German date.
  await page.goto(`${BASE}rust/ownership/`);
  await expect(page.locator('.sf-article-meta')).toContainText('Aktualisiert am 1. März 2026');
  await expect(page.locator('.sf-article-meta')).toContainText(de.site.readingTime(1));
  await expect(page.locator('.sf-toc-heading')).toHaveText(de.reading.tocTitle);
  await expect(page.getByRole('navigation', { name: de.site.breadcrumb })).toContainText(de.site.home);
  await expect(page.getByRole('link', { name: de.site.editPage })).toHaveAttribute('href', 'https://example.org/me/rust-notes/edit/main/notes/articles/rust/ownership.mdx');
  await expect(page.locator('body')).not.toContainText(/Skip to content|On this page|Edit this page|Previous|Loading the quiz/);
  expect(await problems()).toEqual([]);
});

test('under a base path: home → article → previous → section → article link, the styled 404, no request outside the base', async ({ page }) => {
  const requests = recordRequests(page);
  const problems = await watchForProblems(page);

  await page.goto(BASE);
  // An author's `/rust/ownership/` link in index.mdx gets the base.
  await page.getByRole('note').getByRole('link', { name: 'Besitz', exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`${BASE}rust/ownership/$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Besitz');

  const prevNext = page.getByRole('navigation', { name: de.site.prevNext });
  await prevNext.getByRole('link', { name: new RegExp(`^${de.site.previous}`) }).click();
  await expect(page).toHaveURL(new RegExp(`${BASE}rust/borrowing/$`));
  await page.getByRole('navigation', { name: de.site.breadcrumb }).getByRole('link', { name: 'Rust-Grundlagen' }).click();
  await expect(page).toHaveURL(new RegExp(`${BASE}rust/$`));
  await expect(page.locator('main')).toContainText(de.site.articleCount(2));
  await page.locator('main').getByRole('link', { name: 'Ausleihen', exact: true }).click();
  // `/rust/ownership/#verschieben` in the article's Markdown: the base is added, the anchor kept.
  await expect(page.locator('main a[href="/rust/ownership/#verschieben"]')).toHaveCount(0);
  await page.locator('main').getByRole('link', { name: 'Besitz', exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`${BASE}rust/ownership/#verschieben$`));

  // The header's logo link goes home, under the base.
  await page.locator('.sf-site-name').click();
  await expect(page).toHaveURL(new RegExp(`${BASE}$`));

  const response = await page.goto(`${BASE}gibt-es-nicht/`);
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(de.site.notFoundTitle);
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  await expect(page.locator('link[rel="stylesheet"]').first()).toHaveAttribute('href', /^\/notes\//);
  await page.locator('main').getByRole('link', { name: de.site.notFoundHome }).click();
  await expect(page).toHaveURL(new RegExp(`${BASE}$`));

  expect(escaping(requests)).toEqual([]);
  expect(await problems()).toEqual([]);
});

test('under a base path: German search from the header finds a German word, and the result opens it', async ({ page }) => {
  const requests = recordRequests(page);
  const problems = await watchForProblems(page);

  await page.goto(BASE);
  await page.keyboard.press('Control+k');
  const dialog = page.getByRole('dialog', { name: de.search.dialogLabel });
  const input = dialog.getByRole('combobox', { name: de.search.inputLabel });
  await expect(input).toBeFocused();
  await expect(input).toHaveAttribute('placeholder', de.search.placeholder);
  // A German word from the article's text (the index is German: tests/build/site-identity.test.ts checks its language).
  await input.fill('freigegeben');
  const status = dialog.locator('[role="status"]');
  await expect(status).toContainText(/^\d+ Ergebnisse? für „freigegeben“/);
  const article = dialog.getByRole('option').filter({ hasText: 'Besitz' }).filter({ hasText: de.search.types.article }).first();
  await expect(article).toHaveAttribute('href', /^\/notes\/rust\/ownership\//);
  // The filters are German, and so are the values the index holds for them.
  await expect(dialog.getByRole('group', { name: de.search.filterGroups.type })).toContainText(de.search.types.question);
  // A quiz question is a result of its own, named as a German question.
  await expect(dialog.getByRole('option').filter({ hasText: `${de.search.questionPrefix}Wann wird ein Wert in Rust freigegeben?` }).first()).toBeVisible();
  await article.click();
  await expect(page).toHaveURL(/\/notes\/rust\/ownership\/.*highlight=/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Besitz');

  expect(requests.some((path) => path === `${BASE}pagefind/pagefind.js`)).toBe(true);
  expect(escaping(requests)).toEqual([]);
  expect(await problems()).toEqual([]);
});

test('under a base path: the quiz answered by keyboard, with German feedback and announcements', async ({ page }) => {
  const requests = recordRequests(page);
  const problems = await watchForProblems(page);

  await page.goto(`${BASE}rust/ownership/`);
  const practice = page.locator('.sf-quiz-practice');
  await practice.scrollIntoViewIfNeeded();
  await expect(practice.locator('astro-island')).not.toHaveAttribute('ssr', /.*/);

  // True or false: the answer chosen with the keyboard, checked with Enter on "Prüfen".
  const truefalse = practice.locator('[data-question-type="truefalse"]');
  await expect(truefalse).toContainText(de.quiz.trueOrFalse);
  await truefalse.getByRole('radio', { name: de.quiz.true }).focus();
  await page.keyboard.press('Space');
  await expect(truefalse.getByRole('radio', { name: de.quiz.true })).toBeChecked();
  await page.keyboard.press('Tab');
  await expect(truefalse.getByRole('button', { name: de.quiz.check })).toBeFocused();
  await page.keyboard.press('Enter');
  const verdict = truefalse.locator('.sf-q-verdict');
  await expect(verdict).toContainText(de.quiz.correct);
  await expect(verdict).toBeFocused();

  // A wrong choice: German verdict, attempts left in German (plural rules), the progress in German.
  const single = practice.locator('[data-question-type="single"]');
  await single.getByRole('radio', { name: 'Wenn die Speicherbereinigung läuft' }).focus();
  await page.keyboard.press('Space');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(single.locator('.sf-q-verdict')).toContainText(de.quiz.incorrect);
  await expect(single).toContainText(/Noch \d+ Versuche?\b/);
  // With attempts left, the wrong answer does not count as answered yet.
  await expect(practice.getByRole('progressbar', { name: de.quiz.questionsAnswered })).toHaveAttribute('value', '1');
  await expect(practice.locator('.sf-quiz-progress')).toContainText(`${de.quiz.answered}1 / 2${de.quiz.correctCount(1)}`);

  expect(escaping(requests)).toEqual([]);
  expect(await problems()).toEqual([]);
});

for (const theme of ['light', 'dark'] as const) {
  test(`axe: no WCAG 2.2 AA violation on any page of the author fixture, ${theme} theme`, async ({ page }) => {
    await useTheme(page, theme);
    const problems = await watchForProblems(page);
    for (const path of ['', 'rust/', 'rust/ownership/', 'rust/borrowing/', 'search/?q=Besitz', 'gibt-es-nicht/']) {
      await page.goto(`${BASE}${path}`);
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
      await hydrateIslands(page);
      await expectNoAxeViolations(page, `${BASE}${path} (${theme})`);
    }
    expect(await problems()).toEqual([]);
  });
}

test('right to left: with <html dir="rtl"> the same CSS puts the sidebar on the right and mirrors the menu marker', async ({ page }) => {
  // The built page with only its direction changed, so this is the CSS a `dir: rtl` site ships (the
  // build putting site.yaml's `dir` on <html> is tests/unit/integration/html-lang-dir.test.ts).
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(`${BASE}rust/ownership/`);
  const sidebar = page.locator('.sf-sidebar');
  const main = page.locator('main');
  const layout = async () => ({ sidebar: (await sidebar.boundingBox())!, main: (await main.boundingBox())! });

  const ltr = await layout();
  expect(ltr.sidebar.x + ltr.sidebar.width).toBeLessThanOrEqual(ltr.main.x);
  await page.locator('html').evaluate((html) => html.setAttribute('dir', 'rtl'));
  const rtl = await layout();
  expect(rtl.sidebar.x).toBeGreaterThanOrEqual(rtl.main.x + rtl.main.width);

  // On a phone the sidebar is a closed menu; its marker points the way the text runs.
  await page.setViewportSize({ width: 390, height: 800 });
  const marker = () => page.locator('.sf-sidebar > summary').evaluate((summary) => getComputedStyle(summary, '::after').content);
  expect(await marker()).toBe('"◂"');
  await page.locator('html').evaluate((html) => html.setAttribute('dir', 'ltr'));
  expect(await marker()).toBe('"▸"');
});
