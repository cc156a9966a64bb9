import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, sitemapPaths, useTheme, watchForProblems } from '../helpers';

// Every page in the sitemap plus the 404 page, in both themes, at desktop and phone width: zero
// WCAG 2.2 A/AA violations, no Content-Security-Policy violations and no script errors. New pages
// are covered automatically. (At phone width wide tables and diagrams scroll in their own box.)
const WIDTHS = { desktop: { width: 1280, height: 720 }, phone: { width: 390, height: 844 } };
// The four sweeps are the suite's longest tests: let both workers take them.
test.describe.configure({ mode: 'parallel' });
const RUNS = (['light', 'dark'] as const).flatMap((theme) => (['desktop', 'phone'] as const).map((width) => ({ theme, width })));
for (const { theme, width } of RUNS) {
  test(`every page passes axe in the ${theme} theme at ${width} width and runs under the CSP`, async ({ page }) => {
    test.setTimeout(600_000);
    await page.setViewportSize(WIDTHS[width]);
    const paths = [...(await sitemapPaths(page)), '/404/'];
    await useTheme(page, theme);
    const problems = await watchForProblems(page);
    for (const path of paths) {
      await page.goto(path);
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
      // Hydrate every island: axe checks the interactive state too.
      await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
      await expectNoAxeViolations(page, `${path} (${theme}, ${width})`);
    }
    expect(await problems()).toEqual([]);
  });
}
