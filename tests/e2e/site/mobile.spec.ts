import { expect, test } from '@playwright/test';
import { sitemapPaths } from '../helpers';

test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

async function openFirstArticle(page: import('@playwright/test').Page) {
  await page.goto('/');
  await page.goto((await page.locator('.sf-home-section .sf-article-card a').first().getAttribute('href'))!);
}

test('on a phone the sidebar collapses into a Menu that opens and closes', async ({ page }) => {
  await openFirstArticle(page);
  const menu = page.locator('.sf-sidebar > summary');
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
  const toggle = page.locator('.sf-toc > summary');
  await expect(toggle).toHaveText('On this page');
  const firstLink = page.locator('.sf-toc a').first();
  await expect(firstLink).toBeHidden();
  await toggle.click();
  await expect(firstLink).toBeVisible();
  const href = (await firstLink.getAttribute('href'))!;
  await firstLink.click();
  await expect(page.locator(href)).toBeInViewport();
});

test('no page is wider than a phone screen, even with every disclosure open', async ({ page }) => {
  test.setTimeout(600_000);
  const paths = [...(await sitemapPaths(page)), '/404/'];
  for (const path of paths) {
    await page.goto(path);
    // Solutions, hints, answers and menus open: what is inside them must fit too. (The screen width
    // is the viewport's: a phone zooms out to show a too-wide page, which widens innerWidth.)
    const offenders = await page.evaluate((screen) => {
      document.querySelectorAll('details').forEach((details) => (details.open = true));
      if (document.documentElement.scrollWidth <= screen) return [];
      // Name the outermost elements that stick out (not those inside a box that scrolls), and say
      // when they are in a quiz.
      const sticksOut = (el: Element) => el.getBoundingClientRect().right > screen + 1;
      const scrollsInABox = (el: Element) => {
        for (let box = el.parentElement; box; box = box.parentElement) {
          if (getComputedStyle(box).overflowX !== 'visible') return !sticksOut(box);
        }
        return false;
      };
      return [...document.querySelectorAll('body *')]
        .filter((el) => sticksOut(el) && !sticksOut(el.parentElement!) && !scrollsInABox(el))
        .map((el) => {
          const where = el.closest('.sf-quiz') ? ' (in a quiz)' : '';
          return `${el.tagName.toLowerCase()}${[...el.classList].map((c) => `.${c}`).join('')}${where}`;
        })
        .slice(0, 10);
    }, page.viewportSize()!.width);
    expect(offenders, `${path} is wider than the screen because of`).toEqual([]);
  }
  expect(paths.length).toBeGreaterThan(1);
});

test('on a desktop both menus are always open and their toggles hidden', async ({ browser }) => {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  await openFirstArticle(page);
  await expect(page.locator('.sf-sidebar > summary')).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'Sections' })).toBeVisible();
  await expect(page.locator('.sf-toc > summary')).toBeHidden();
  await expect(page.locator('.sf-toc a').first()).toBeVisible();
  await page.close();
});
