import { expect, test } from '@playwright/test';
import { builtSitemapPaths, expectNoAxeViolations, hydrateIslands, watchForProblems } from '../helpers';

// Every page in the sitemap plus the 404 page, in both themes, at desktop and phone width: zero
// WCAG 2.2 A/AA violations (with every quiz hydrated), no Content-Security-Policy violations and
// no script errors. One test per page, made from the built sitemap when the tests are collected,
// so new pages are covered automatically, the work spreads over the workers and no test grows
// with the site. One load serves all four checks: the layout responds to width alone (CSS and
// resize listeners), and the theme follows the system's colour scheme while the reader has not
// chosen one, as it does when a phone switches to dark mode at night.
const PAGES = [...builtSitemapPaths('dist'), '/404/'];
const DESKTOP = { width: 1280, height: 720 };
const PHONE = { width: 390, height: 844 };

test.describe.configure({ mode: 'parallel' });
for (const path of PAGES) {
  test(`${path} passes axe in both themes at desktop and phone width and runs under the CSP`, async ({ page }) => {
    // Four axe runs over a long article with its quizzes: room for a loaded 2-core machine.
    test.setTimeout(300_000);
    await page.setViewportSize(DESKTOP);
    await page.emulateMedia({ colorScheme: 'light' });
    const problems = await watchForProblems(page);
    await page.goto(path);
    const html = page.locator('html');
    await expect(html).toHaveAttribute('data-theme', 'light');
    // Axe checks the interactive state of the quizzes, not their server HTML.
    await hydrateIslands(page);
    for (const theme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: theme });
      await expect(html).toHaveAttribute('data-theme', theme);
      for (const [width, size] of theme === 'light' ? ([['desktop', DESKTOP], ['phone', PHONE]] as const) : ([['phone', PHONE], ['desktop', DESKTOP]] as const)) {
        await page.setViewportSize(size);
        await expect.poll(() => page.evaluate(() => window.innerWidth)).toBe(size.width);
        await expectNoAxeViolations(page, `${path} (${theme}, ${width})`);
      }
    }
    expect(await problems()).toEqual([]);
  });
}
