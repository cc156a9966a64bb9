import { expect, test, type Locator, type Page } from '@playwright/test';
import { expectNoAxeViolations } from '../helpers';

test('the curriculum is searchable: an article, its interview page and its questions', async ({ page }) => {
  await page.goto('/search/?q=canary');
  const results = page.locator('.sf-search-result:not(.sf-search-sub-result)');
  await expect(results.first()).toBeVisible();
  const types = await results.locator('.sf-search-result-meta').allTextContents();
  expect(types.some((t) => t.startsWith('Article'))).toBe(true);
  expect(types.some((t) => t.startsWith('Interview'))).toBe(true);
  expect(types.some((t) => t.startsWith('Question'))).toBe(true);
  await expect(page.locator('.sf-search-result-title', { hasText: 'Release strategies for models' }).first()).toBeVisible();
});

test('the print stylesheet hides navigation and keeps the article', async ({ page }) => {
  await page.goto('/');
  await page.goto((await page.locator('.sf-home-section .sf-article-card a').first().getAttribute('href'))!);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.sf-site-header')).toBeHidden();
  await expect(page.locator('.sf-sidebar')).toBeHidden();
  await expect(page.locator('.sf-prev-next')).toBeHidden();
  await expect(page.locator('article h1')).toBeVisible();
});

const searchDialog = (page: Page) => page.locator('dialog.sf-search-dialog');
const topResults = (scope: Page | Locator) => scope.locator('.sf-search-result:not(.sf-search-sub-result)');
const totalOf = async (status: Locator) => Number(/^(\d+) results/.exec((await status.textContent()) ?? '')?.[1]);

test('a query with more than 12 results reaches its last result by "Show more", keyboard only', async ({ page }) => {
  await page.goto('/delivery/release-strategies/');
  await page.keyboard.press('Control+k');
  await page.keyboard.type('canary');
  const dialog = searchDialog(page);
  const status = dialog.locator('.sf-search-status');
  // The first query loads the index: give it time on a busy machine.
  await expect(status).toContainText(/results for “canary”, showing 12\./, { timeout: 15_000 });
  const total = await totalOf(status);
  expect(total).toBeGreaterThan(12);
  await expect(topResults(dialog)).toHaveCount(12);

  // Tab from the search box to the button, past the filters.
  const more = dialog.getByRole('button', { name: 'Show more results' });
  for (let i = 0; i < 40 && !(await more.evaluate((button) => button === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(more).toBeFocused();
  await page.keyboard.press('Enter');
  // Focus returns to the box with the first new result active, so arrows and Enter go on from there.
  const input = dialog.getByRole('combobox');
  await expect(input).toBeFocused();
  await expect(topResults(dialog)).toHaveCount(Math.min(24, total));
  await expect(topResults(dialog).nth(12)).toHaveAttribute('aria-selected', 'true');
  await expect(input).toHaveAttribute('aria-activedescendant', (await topResults(dialog).nth(12).getAttribute('id'))!);

  // The down arrow on the last listed result lists the next ones.
  while ((await topResults(dialog).count()) < total) {
    const listed = await topResults(dialog).count();
    await page.keyboard.press('End');
    await page.keyboard.press('ArrowDown');
    await expect(topResults(dialog)).toHaveCount(Math.min(listed + 12, total));
  }
  await expect(more).toBeHidden();
  await expect(status).toHaveText(`${total} results for “canary”.`);
  await page.keyboard.press('End');
  const last = dialog.getByRole('option').last();
  await expect(last).toHaveAttribute('aria-selected', 'true');
  const href = (await last.getAttribute('href'))!;
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new URL(href, page.url()).href);
});

test('the search page lists more results with "Show more" too', async ({ page }) => {
  await page.goto('/search/?q=model');
  const status = page.locator('search-panel .sf-search-status');
  await expect(status).toContainText('showing 12.', { timeout: 15_000 });
  const more = page.getByRole('button', { name: 'Show more results' });
  await more.focus();
  await page.keyboard.press('Enter');
  await expect(status).toContainText('showing 24.');
  await expect(topResults(page)).toHaveCount(24);
});

test('a typo offers "Did you mean", and the corrected results come first', async ({ page }) => {
  await page.goto('/search/?q=cannary');
  const suggestion = page.locator('search-panel .sf-search-suggestion');
  await expect(suggestion).toHaveText('Did you mean canary?', { timeout: 15_000 });
  await expect(page.locator('search-panel .sf-search-status')).toContainText('including “canary”');
  const top3 = (await topResults(page).locator('.sf-search-result-title').allTextContents()).slice(0, 3);
  expect(top3).toContain('Release strategies for models');
  // Excerpts start at the sentence that matched, not inside the YAML example before it.
  const excerpt = topResults(page).filter({ hasText: 'Release strategies for models' }).first().locator('.sf-search-result-excerpt');
  await expect(excerpt).not.toContainText('templateName');
  await expect(excerpt).toContainText(/^Canary/);

  await suggestion.getByRole('button', { name: 'canary' }).click();
  await expect(page.locator('search-panel input')).toHaveValue('canary');
  await expect(page.locator('search-panel input')).toBeFocused();
  await expect(page).toHaveURL(/\/search\/\?q=canary$/);
  await expect(suggestion).toBeHidden();
  await expect(topResults(page).first().locator('.sf-search-result-title')).toHaveText('Release strategies for models');
});

test('a challenge question is found by its prompt, but its record holds no hint, solution or explanation', async ({ page }) => {
  await page.goto('/search/');
  const content = await page.evaluate(async () => {
    const url = '/pagefind/pagefind.js';
    const pagefind = await import(/* @vite-ignore */ url);
    await pagefind.init();
    const search = await pagefind.search('reveal concept drift on their own');
    for (const result of search.results) {
      const data = await result.data();
      if (data.meta.title?.startsWith('Question: Which of these can reveal concept drift')) return { url: data.url as string, content: data.content as string };
    }
    return undefined;
  });
  expect(content?.url).toMatch(/-challenge-/);
  expect(content?.content).toContain('PSI on each input feature');
  for (const answer of ['What do you need to observe', 'Only data that includes the correct answer', 'Concept drift needs labels', 'Believing that stable input']) {
    expect(content?.content).not.toContain(answer);
  }
});

test('a challenge-only question opens as a preview in its challenge with JS, and lands on its study-sheet entry without', async ({ page, browser }) => {
  await page.goto(`/search/?q=${encodeURIComponent('reveal concept drift on their own')}`);
  const result = page.locator('.sf-search-result:not(.sf-search-sub-result)', { hasText: 'Question: Which of these can reveal concept drift' }).first();
  await expect(result).toBeVisible({ timeout: 15_000 });
  const href = (await result.getAttribute('href'))!;
  // The result names the question inside the challenge, not the challenge's start.
  expect(href).toMatch(/#quiz-[\w-]+-challenge-[\w-]+-q-[\w-]+$/);
  await result.click();

  const preview = page.locator('.sf-q-preview');
  const heading = preview.getByRole('heading', { name: /^Question \d+ of \d+ in this challenge$/ });
  await expect(heading).toBeFocused();
  await expect(heading).toBeInViewport();
  await expect(preview).toContainText('Which of these can reveal concept drift');
  await expect(preview).toContainText('This question is part of the challenge');
  // Read-only and giving nothing away; the run starts from the usual control.
  await expect(preview.locator('input, button, select, textarea, details')).toHaveCount(0);
  await expect(preview).not.toContainText('What do you need to observe');
  const quiz = page.locator('section.sf-quiz-challenge', { has: preview });
  await expect(quiz.getByRole('button', { name: 'Start challenge' })).toBeVisible();
  // The sticky header does not cover the heading.
  const header = (await page.locator('.sf-site-header').boundingBox())!;
  expect((await heading.boundingBox())!.y).toBeGreaterThanOrEqual(header.y + header.height);

  const noJs = await browser.newContext({ javaScriptEnabled: false });
  const plain = await noJs.newPage();
  await plain.goto(page.url());
  const target = plain.locator(`[id="${new URL(page.url()).hash.slice(1)}"]`);
  await expect(target).toBeVisible();
  await expect(target).toBeInViewport();
  await expect(target).toContainText('Which of these can reveal concept drift');
  await noJs.close();
});

test.describe('on a 390 px phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true });

  test('the search dialog fills the screen, filters fold behind one control and results use the full width', async ({ page }) => {
    await page.goto('/delivery/release-strategies/');
    await page.getByRole('link', { name: 'Search' }).click();
    const dialog = searchDialog(page);
    await page.keyboard.type('canary');
    await expect(topResults(dialog).first()).toBeVisible({ timeout: 15_000 });
    expect(await dialog.boundingBox()).toEqual({ x: 0, y: 0, width: 390, height: 844 });
    // Filters are folded: the first result is on the first screen.
    await expect(dialog.getByRole('group', { name: 'Type' })).toBeHidden();
    const firstBox = (await topResults(dialog).first().boundingBox())!;
    expect(firstBox.width).toBeGreaterThanOrEqual(350);
    expect(firstBox.y + firstBox.height).toBeLessThan(844);
    const toggle = dialog.locator('summary', { hasText: 'Filters' });
    await toggle.click();
    await dialog.getByRole('group', { name: 'Type' }).getByRole('button', { name: /^Article/ }).click();
    await expect(toggle).toHaveText('Filters (1 on)');
    await expect(topResults(dialog).first().locator('.sf-search-result-meta')).toContainText('Article');
    await expectNoAxeViolations(page, 'search dialog at 390 px');

    await page.goto('/search/?q=canary');
    await expect(topResults(page).first()).toBeVisible();
    await expect(page.getByRole('group', { name: 'Type' })).toBeHidden();
    expect((await topResults(page).first().boundingBox())!.width).toBeGreaterThanOrEqual(350);
  });
});
