import { expect, test, type Page } from '@playwright/test';
import { watchForProblems } from '../helpers';

// The fixture site built with SITE_URL=http://127.0.0.1:<port>/notes/ (scripts/e2e.mjs) and served only
// under /notes/ (anything else is a plain 404), as on a GitHub Pages project site.
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

test('under a base path: home → section → article → next, a quiz answered, the styled 404, no request outside the base', async ({ page }) => {
  const requests = recordRequests(page);
  const problems = await watchForProblems(page);

  await page.goto(BASE);
  await page.locator('main').getByRole('link', { name: 'Basics', exact: true }).first().click();
  await expect(page).toHaveURL(/\/notes\/basics\/$/);
  await page.locator('main').getByRole('link', { name: 'First steps', exact: true }).first().click();
  await expect(page).toHaveURL(/\/notes\/basics\/first-steps\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('First steps');

  // A quiz works: its island and its code load from under the base.
  const practice = page.locator('.sf-quiz-practice');
  await practice.scrollIntoViewIfNeeded();
  await expect(practice.locator('astro-island')).not.toHaveAttribute('ssr', /.*/);
  const question = practice.locator('[data-question-type="single"]');
  await question.getByLabel('YAML').check();
  await question.getByRole('button', { name: 'Check' }).click();
  await expect(question.locator('.sf-q-verdict')).toContainText('Correct.');

  await page.locator('a[rel="next"]').first().click();
  await expect(page).toHaveURL(/\/notes\/basics\/second-steps\/$/);
  // An author's `/basics/first-steps/` link in the article's Markdown gets the base.
  await expect(page.locator('main a[href="/basics/first-steps/"]')).toHaveCount(0);

  // The header's logo link goes home, under the base.
  await page.locator('.sf-site-name').click();
  await expect(page).toHaveURL(new RegExp(`${BASE}$`));

  const response = await page.goto(`${BASE}no-such-page/`);
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.locator('link[rel="stylesheet"]').first()).toHaveAttribute('href', /^\/notes\//);
  await page.locator('main').getByRole('link', { name: /home page/i }).click();
  await expect(page).toHaveURL(new RegExp(`${BASE}$`));

  expect(escaping(requests)).toEqual([]);
  expect(await problems()).toEqual([]);
});

test('under a base path: search loads its bundle from the base, finds a question, and the result opens it', async ({ page }) => {
  const requests = recordRequests(page);
  const problems = await watchForProblems(page);

  await page.goto(`${BASE}search/?q=${encodeURIComponent('which file format do question banks use')}`);
  const result = page.locator('.sf-search-result:not(.sf-search-sub-result)').filter({ hasText: 'Question:' }).first();
  await expect(result).toHaveAttribute('href', /^\/notes\/basics\/first-steps\/\?highlight=.*#q-basics-single$/);
  await result.click();
  await expect(page).toHaveURL(/\/notes\/basics\/first-steps\/.*#q-basics-single$/);
  await expect(page.locator('#q-basics-single')).toBeInViewport();

  expect(requests.some((path) => path === `${BASE}pagefind/pagefind.js`)).toBe(true);
  expect(escaping(requests)).toEqual([]);
  expect(await problems()).toEqual([]);
});
