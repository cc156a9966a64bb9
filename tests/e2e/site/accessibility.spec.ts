import { expect, test } from '@playwright/test';
import { builtSitemapPaths, expectNoAxeViolations, hydrateIslands, useTheme, watchForProblems } from '../helpers';

// Every page in the sitemap plus the 404 page, in both themes, at desktop and phone width: zero
// WCAG 2.2 A/AA violations (with every quiz hydrated), no Content-Security-Policy violations and
// no script errors. One test per page and theme, made from the built sitemap when the tests are
// collected, so new pages are covered automatically, the work spreads over the workers and no
// test grows with the site. (At phone width wide tables and diagrams scroll in their own box.)
const PAGES = [...builtSitemapPaths('dist'), '/404/'];
const DESKTOP = { width: 1280, height: 720 };
const PHONE = { width: 390, height: 844 };

test.describe.configure({ mode: 'parallel' });
for (const path of PAGES) {
  for (const theme of ['light', 'dark'] as const) {
    test(`${path} passes axe in the ${theme} theme at desktop and phone width and runs under the CSP`, async ({ page }) => {
      // Two axe runs over a long article with its quizzes: room for a loaded 2-core machine.
      test.setTimeout(300_000);
      await page.setViewportSize(DESKTOP);
      await useTheme(page, theme);
      const problems = await watchForProblems(page);
      await page.goto(path);
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
      // Axe checks the interactive state of the quizzes, not their server HTML.
      await hydrateIslands(page);
      await expectNoAxeViolations(page, `${path} (${theme}, desktop)`);
      // The same page narrowed to a phone: the layout responds to width alone (CSS and resize
      // listeners), so one load serves both widths.
      await page.setViewportSize(PHONE);
      await expect.poll(() => page.evaluate(() => window.innerWidth)).toBe(PHONE.width);
      await expectNoAxeViolations(page, `${path} (${theme}, phone)`);
      expect(await problems()).toEqual([]);
    });
  }
}
