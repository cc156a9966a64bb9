import { expect, test, type Locator, type Page } from '@playwright/test';
import { watchForProblems } from '../helpers';

/**
 * tests/fixtures/installed-site/: a plain Astro project whose only Studyforge code is
 * `studyforge()` in its astro.config.mjs, with Studyforge installed as a package. What its owner
 * gets must work as on our own site: pages, components, quizzes, search, CSP.
 */

/** Waits for a quiz island to hydrate (Astro removes `ssr` when it has). */
const hydrated = (quiz: Locator) => expect(quiz.locator('astro-island')).not.toHaveAttribute('ssr', /.*/);

/** Answers a true/false question with the keyboard only: focus the answer, Space, Tab to Check, Enter. */
async function answerWithKeyboard(page: Page, question: Locator, answer: string) {
  await question.getByLabel(answer, { exact: true }).focus();
  await page.keyboard.press('Space');
  await page.keyboard.press('Tab');
  await expect(question.getByRole('button', { name: 'Check' })).toBeFocused();
  await page.keyboard.press('Enter');
}

/** Every page of the site: Studyforge's and the host's own /practice/. */
const PAGES = ['/', '/dough/', '/baking/', '/dough/flour-and-water/', '/dough/kneading/', '/baking/oven-heat/', '/interview/', '/interview/dough/', '/search/', '/practice/'];

test('every page, its own included, carries the CSP and loads with no failed request', async ({ page }) => {
  const problems = await watchForProblems(page);
  for (const path of PAGES) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
    await expect(page.locator('meta[http-equiv="content-security-policy"]'), path).toHaveAttribute('content', /script-src 'self'/);
  }
  expect(await problems()).toEqual([]);
});

test('without `site` in its config, the build leaves out what needs the public URL instead of failing', async ({ page }) => {
  await page.goto('/dough/kneading/');
  await expect(page.locator('link[rel="canonical"], meta[property="og:url"], link[rel="sitemap"]')).toHaveCount(0);
  expect((await page.request.get('/sitemap.xml')).status()).toBe(404);
  expect(await (await page.request.get('/robots.txt')).text()).toBe('User-agent: *\nAllow: /\n');
});

test('the home page lists the sections with their articles, in the order of sections.yaml', async ({ page }) => {
  await page.goto('/');
  const sections = page.getByRole('region', { name: 'Sections' }).getByRole('heading', { level: 3 });
  await expect(sections).toHaveText(['Dough', 'Baking']);
  await page.getByRole('link', { name: 'Kneading' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kneading');
});

test('an article renders its MDX components, and its quiz is answered with the keyboard', async ({ page }) => {
  await page.goto('/dough/flour-and-water/');
  await expect(page.getByRole('note', { name: "Key concept: Baker's percentages" })).toContainText('Flour is always 100 %');
  await expect(page.getByRole('note', { name: 'Common mistake' })).toContainText('salt slows the yeast down');
  await expect(page.getByRole('table')).toContainText('Slack, open crumb');
  await expect(page.locator('figure').filter({ hasText: 'Terminal' })).toContainText('echo $((700 * 100 / 1000))');

  const quiz = page.getByRole('region', { name: 'Practice: Bread basics' });
  await quiz.scrollIntoViewIfNeeded();
  await hydrated(quiz);
  const salt = quiz.getByRole('group', { name: 'Question 2 of 3' });
  await answerWithKeyboard(page, salt, 'True');
  await expect(salt).toContainText('Not quite.');
  await expect(salt).toContainText('Salt slows the yeast down when it touches it directly.');
  await answerWithKeyboard(page, salt, 'False');
  await expect(salt).toContainText('Correct.');
});

test("search finds a word of the site's content, and the host's own MDX page runs a Studyforge quiz", async ({ page }) => {
  await page.goto('/search/?q=windowpane');
  await expect(page.getByRole('listbox', { name: 'Results' }).getByRole('option').first()).toHaveAccessibleName(/^Kneading/);

  await page.goto('/practice/');
  await expect(page).toHaveTitle('Practice | Bread notes');
  const quiz = page.getByRole('region', { name: 'Two quick questions' });
  await hydrated(quiz);
  const salt = quiz.getByRole('group', { name: 'Question 1 of 2' });
  await answerWithKeyboard(page, salt, 'False');
  await expect(salt).toContainText('Correct.');
});

test("without JavaScript, the quiz on the host's own page is a study sheet: solutions shown, no Check buttons", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/practice/');
  const quiz = page.getByRole('region', { name: 'Two quick questions' });
  const salt = quiz.getByRole('group', { name: 'Question 1 of 2' });
  await salt.locator('summary', { hasText: 'Solution' }).click();
  await expect(salt.getByText('Salt draws water out of yeast cells and slows them.')).toBeVisible();
  // The interactive controls are in the page, hidden until the island runs.
  await expect(salt.locator('button', { hasText: 'Check' })).toHaveCount(1);
  await expect(salt.locator('button', { hasText: 'Check' })).toBeHidden();
  await context.close();
});
