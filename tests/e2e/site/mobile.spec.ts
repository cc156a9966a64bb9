import { expect, test } from '@playwright/test';

test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

async function openFirstArticle(page: import('@playwright/test').Page) {
  await page.goto('/');
  await page.goto((await page.locator('.home-section .article-card a').first().getAttribute('href'))!);
}

test('on a phone the sidebar collapses into a Menu that opens and closes', async ({ page }) => {
  await openFirstArticle(page);
  const menu = page.locator('.sidebar > summary');
  const nav = page.getByRole('navigation', { name: 'Sections' });
  await expect(menu).toBeVisible();
  await expect(nav).toBeHidden();
  await menu.click();
  await expect(nav).toBeVisible();
  await expect(nav.locator('a[aria-current="page"]')).toBeVisible();
  await menu.click();
  await expect(nav).toBeHidden();
});

test('on a phone the table of contents is an "On this page" menu', async ({ page }) => {
  await openFirstArticle(page);
  const toggle = page.locator('.toc > summary');
  await expect(toggle).toHaveText('On this page');
  const firstLink = page.locator('.toc a').first();
  await expect(firstLink).toBeHidden();
  await toggle.click();
  await expect(firstLink).toBeVisible();
  const href = (await firstLink.getAttribute('href'))!;
  await firstLink.click();
  await expect(page.locator(href)).toBeInViewport();
});

test('pages do not scroll sideways on a phone', async ({ page }) => {
  for (const path of ['/', '/404/']) {
    await page.goto(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
  await openFirstArticle(page);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});

test('on a desktop both menus are always open and their toggles hidden', async ({ browser }) => {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  await openFirstArticle(page);
  await expect(page.locator('.sidebar > summary')).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'Sections' })).toBeVisible();
  await expect(page.locator('.toc > summary')).toBeHidden();
  await expect(page.locator('.toc a').first()).toBeVisible();
  await page.close();
});
