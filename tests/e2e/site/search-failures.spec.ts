import { expect, test } from '@playwright/test';
import { search as SEARCH_STRINGS } from '../../../src/i18n/en/search';

// When a Pagefind request fails (offline, a file missing from the deploy), the panel says so and
// stays usable; nothing is left as an unhandled rejection.

test('results whose details fail to load are announced, and "Show more" loads them once the network is back', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.route('**/pagefind/fragment/**', (route) => route.abort('internetdisconnected'));
  await page.goto('/search/?q=canary');
  const status = page.locator('search-panel .sf-search-status');
  await expect(status).toContainText(SEARCH_STRINGS.resultsFailed, { timeout: 15_000 });
  await expect(status).toContainText(/^\d+ results for “canary”, showing 0\./);
  await expect(page.locator('.sf-search-result')).toHaveCount(0);

  await page.unroute('**/pagefind/fragment/**');
  await page.getByRole('button', { name: SEARCH_STRINGS.showMore }).click();
  await expect(page.locator('.sf-search-result:not(.sf-search-sub-result)')).toHaveCount(12);
  await expect(status).toHaveText(/^\d+ results for “canary”, showing 12\.$/);
  expect(errors).toEqual([]);
});

test('when Pagefind cannot load, the dialog says so, closes as usual and tries again on the next query', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  let attempts = 0;
  await page.route('**/pagefind/pagefind.js', (route) => {
    attempts++;
    return route.abort('internetdisconnected');
  });
  await page.goto('/delivery/release-strategies/');
  await page.keyboard.press('Control+k');
  const dialog = page.locator('dialog.sf-search-dialog');
  const status = dialog.locator('.sf-search-status');
  await page.keyboard.type('canary');
  await expect(status).toHaveText(SEARCH_STRINGS.loadFailed, { timeout: 15_000 });
  await expect(dialog.getByRole('combobox')).toBeFocused();
  await dialog.getByRole('button', { name: SEARCH_STRINGS.close }).click();
  await expect(dialog).toBeHidden();

  await page.keyboard.press('Control+k');
  await expect(dialog.getByRole('combobox')).toBeFocused();
  const before = attempts;
  await page.keyboard.type('s');
  await expect.poll(() => attempts).toBeGreaterThan(before);
  await expect(status).toHaveText(SEARCH_STRINGS.loadFailed);
  expect(errors).toEqual([]);
});
