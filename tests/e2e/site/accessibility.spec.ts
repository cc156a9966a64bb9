import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, sitemapPaths, useTheme, watchForProblems } from '../helpers';

// Every page in the sitemap plus the 404 page, in both themes: zero WCAG 2.2 A/AA violations, no
// Content-Security-Policy violations and no script errors. New pages are covered automatically.
for (const theme of ['light', 'dark'] as const) {
  test(`every page passes axe in the ${theme} theme and runs under the CSP`, async ({ page }) => {
    test.setTimeout(600_000);
    const paths = [...(await sitemapPaths(page)), '/404/'];
    await useTheme(page, theme);
    const problems = await watchForProblems(page);
    for (const path of paths) {
      await page.goto(path);
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
      // Hydrate every island: axe checks the interactive state too.
      await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
      await expectNoAxeViolations(page, `${path} (${theme})`);
    }
    expect(await problems()).toEqual([]);
  });
}
