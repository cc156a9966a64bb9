import { expect, test } from '@playwright/test';

test('the curriculum is searchable: an article, its interview page and its questions', async ({ page }) => {
  await page.goto('/search/?q=canary');
  const results = page.locator('.search-result:not(.search-sub-result)');
  await expect(results.first()).toBeVisible();
  const types = await results.locator('.search-result-meta').allTextContents();
  expect(types.some((t) => t.startsWith('Article'))).toBe(true);
  expect(types.some((t) => t.startsWith('Interview'))).toBe(true);
  expect(types.some((t) => t.startsWith('Question'))).toBe(true);
  await expect(page.locator('.search-result-title', { hasText: 'Release strategies for models' }).first()).toBeVisible();
});

test('the print stylesheet hides navigation and keeps the article', async ({ page }) => {
  await page.goto('/');
  await page.goto((await page.locator('.home-section .article-card a').first().getAttribute('href'))!);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.site-header')).toBeHidden();
  await expect(page.locator('.sidebar')).toBeHidden();
  await expect(page.locator('.prev-next')).toBeHidden();
  await expect(page.locator('article h1')).toBeVisible();
});
