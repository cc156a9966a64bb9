import { expect, test, type Browser, type Locator, type Page } from '@playwright/test';
import { sitemapPaths } from '../helpers';

/**
 * Output choices (wide terminal tables, JSON) scroll inside their own code box: the page never
 * pans sideways on a phone, and on a desktop the quiz stays out of the "On this page" column.
 * One test per viewport, looping over every article that has output choices.
 */

interface Measure {
  path: string;
  /** How far anything in a quiz (code inside a scrolling box aside) reaches past the screen. */
  pastScreen: number;
  /** How far any quiz code box reaches past its question card (should be 0). */
  spill: number;
  /** How far any quiz reaches into the table of contents beside it (desktop). */
  intoToc: number;
  scrollable: number;
}

const measure = (page: Page, path: string): Promise<Measure> =>
  page.evaluate((path) => {
    const right = (el: Element) => el.getBoundingClientRect().right;
    const boxes = [...document.querySelectorAll('.sf-quiz .sf-q-choice pre')];
    const spill = Math.max(0, ...boxes.map((pre) => right(pre) - right(pre.closest('.sf-quiz-question')!)));
    const toc = document.querySelector('.sf-article > .sf-toc');
    const quizzes = [...document.querySelectorAll('.sf-quiz')];
    const tocBeside = toc && toc.getBoundingClientRect().left > quizzes[0]!.getBoundingClientRect().left;
    const intoToc = tocBeside ? Math.max(0, ...quizzes.map((q) => right(q) - toc.getBoundingClientRect().left)) : 0;
    // Only the quizzes are measured: the rest of the article (a wide table) is set aside, as it is
    // the whole-page width test's business. What is left must fit the screen.
    const setAside = [...document.querySelectorAll<HTMLElement>('.sf-prose > :not(.sf-quiz)')];
    for (const el of setAside) el.style.display = 'none';
    const pastScreen = document.documentElement.scrollWidth - window.innerWidth;
    for (const el of setAside) el.style.removeProperty('display');
    return {
      path,
      pastScreen,
      spill,
      intoToc,
      scrollable: boxes.filter((pre) => pre.scrollWidth > pre.clientWidth).length,
    };
  }, path);

async function articlesWithOutputChoices(page: Page): Promise<string[]> {
  const found: string[] = [];
  for (const path of await sitemapPaths(page)) {
    // A choice whose text is a code box: a <pre> between a choice and the end of its list.
    const html = await (await page.request.get(path)).text();
    if (html.split('class="sf-q-choice').slice(1).some((part) => part.split('</fieldset>')[0]!.includes('<pre'))) found.push(path);
  }
  return found;
}

async function check(browser: Browser, width: number) {
  test.setTimeout(180_000);
  const context = await browser.newContext({ viewport: { width, height: 900 } });
  const page = await context.newPage();
  const paths = await articlesWithOutputChoices(page);
  expect(paths.length, 'articles with output choices').toBeGreaterThanOrEqual(8);

  // Every page as it arrives (the island renders the same markup once it has loaded).
  const results: Measure[] = [];
  for (const path of paths) {
    await page.goto(path);
    results.push(await measure(page, path));
  }
  expect(results.filter((r) => r.pastScreen > 0.5 || r.spill > 0.5 || r.intoToc > 0.5)).toEqual([]);
  const wide = results.find((r) => r.scrollable > 0);
  expect(wide, 'at least one output choice is wider than its box').toBeDefined();

  // Once the quiz has loaded, a box that scrolls is reached with Tab and scrolled with the arrow keys.
  await page.goto(wide!.path);
  const choice = page.locator('.sf-quiz-practice .sf-q-choice').filter({ has: page.locator('pre') });
  let box: Locator | undefined;
  for (const candidate of await choice.all()) {
    if (await candidate.locator('pre').evaluate((el) => el.scrollWidth > el.clientWidth)) {
      box = candidate;
      break;
    }
  }
  expect(box, `a practice output choice that scrolls on ${wide!.path}`).toBeDefined();
  const island = box!.locator('xpath=ancestor::astro-island[1]');
  await box!.scrollIntoViewIfNeeded();
  await expect(island).not.toHaveAttribute('ssr', /.*/);
  expect(await measure(page, wide!.path)).toMatchObject({ pastScreen: 0, spill: 0 });
  const pre = box!.locator('pre');
  const radio = box!.locator('input');
  await radio.focus();
  await page.keyboard.press('Tab');
  await expect(pre).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => pre.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
  // Scrolling the box selected nothing.
  await expect(radio).not.toBeChecked();
  await context.close();

  // Without JavaScript the study sheets (practice and challenge) stay inside the screen too.
  const noJs = await browser.newContext({ viewport: { width, height: 900 }, javaScriptEnabled: false });
  const sheet = await noJs.newPage();
  const wideSheets: Measure[] = [];
  for (const path of paths) {
    await sheet.goto(path);
    const past = await measure(sheet, path);
    if (past.pastScreen > 0.5 || past.spill > 0.5 || past.intoToc > 0.5) wideSheets.push(past);
  }
  expect(wideSheets).toEqual([]);
  await noJs.close();
}

test('on a 390 px phone, output choices scroll in their own box and no article is wider than the screen', async ({ browser }) => {
  await check(browser, 390);
});

test('on a 1280 px desktop, output choices stay inside the quiz and out of the "On this page" column', async ({ browser }) => {
  await check(browser, 1280);
});
