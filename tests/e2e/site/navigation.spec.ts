import { expect, test, type Page } from '@playwright/test';

/** Opens the first article listed on the home page and waits until it has loaded. */
async function openFirstArticle(page: Page): Promise<string> {
  await page.goto('/');
  const href = (await page.locator('.sf-home-section .sf-article-card a').first().getAttribute('href'))!;
  await page.goto(href);
  return href;
}

test('home page lists the sections and their articles', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('h1')).toBeVisible();
  const sections = page.locator('.sf-home-section');
  expect(await sections.count()).toBeGreaterThan(0);
  const firstArticle = page.locator('.sf-home-section .sf-article-card a').first();
  const title = (await firstArticle.textContent())!.trim();
  await firstArticle.click();
  await expect(page.locator('h1')).toHaveText(title);
});

test('an article shows breadcrumbs, reading time, difficulty, and marks itself in the sidebar', async ({ page }) => {
  const path = await openFirstArticle(page);
  await expect(page.locator('.sf-breadcrumbs li')).toHaveCount(3);
  await expect(page.locator('.sf-breadcrumbs [aria-current="page"]')).toHaveAttribute('href', path);
  await expect(page.locator('.sf-article-header .sf-reading-time')).toHaveText(/~\d+ min read/);
  await expect(page.locator('.sf-article-header .sf-badge')).toHaveText(/Beginner|Intermediate|Advanced/);
  await expect(page.locator('.sf-sidebar a[aria-current="page"]')).toHaveAttribute('href', path);
});

test('table of contents links land on their headings', async ({ page }) => {
  await openFirstArticle(page);
  const links = page.locator('.sf-toc a');
  expect(await links.count()).toBeGreaterThan(1);
  const second = links.nth(1);
  const href = (await second.getAttribute('href'))!;
  await second.click();
  await expect(page).toHaveURL(new RegExp(`${href}$`));
  const target = page.locator(href);
  await expect(target).toBeInViewport();
});

test('previous and next links walk the reading order', async ({ page }) => {
  await openFirstArticle(page);
  const first = page.url();
  await expect(page.locator('.sf-prev-next .sf-prev')).toHaveCount(0);
  const nextTitle = (await page.locator('.sf-prev-next .sf-next .sf-title').textContent())!.trim();
  await page.locator('.sf-prev-next .sf-next').click();
  await expect(page.locator('h1')).toHaveText(nextTitle);
  await page.locator('.sf-prev-next .sf-prev').click();
  await expect(page).toHaveURL(first);
});

test('section pages list their articles', async ({ page }) => {
  await page.goto('/');
  const sectionLink = page.locator('.sf-home-section h3 a').first();
  const name = (await sectionLink.textContent())!.trim();
  await sectionLink.click();
  await expect(page.locator('h1')).toHaveText(name);
  await expect(page.locator('.sf-article-cards .sf-article-card').first()).toBeVisible();
});

test('an unknown address shows the 404 page with a way back', async ({ page }) => {
  const response = await page.goto('/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.locator('h1')).toHaveText('Page not found');
  await page.getByRole('link', { name: 'Go to the home page' }).click();
  await expect(page).toHaveURL(/\/$/);
});

test('SEO: title, description, canonical, Open Graph, robots.txt and sitemap.xml', async ({ page }) => {
  const path = await openFirstArticle(page);
  await expect(page).toHaveTitle(/\| Studyforge$/);
  expect(await page.locator('meta[name="description"]').getAttribute('content')).toBeTruthy();
  expect(await page.locator('link[rel="canonical"]').getAttribute('href')).toMatch(new RegExp(`${path}$`));
  expect(await page.locator('meta[property="og:title"]').getAttribute('content')).toBe((await page.locator('h1').textContent())!.trim());
  expect(await page.locator('meta[property="og:type"]').getAttribute('content')).toBe('article');
  const robots = await (await page.request.get('/robots.txt')).text();
  expect(robots).toContain('Sitemap: ');
  const sitemap = await (await page.request.get('/sitemap.xml')).text();
  expect(sitemap).toContain(`${path}</loc>`);
  expect(sitemap).not.toContain('404');
});
