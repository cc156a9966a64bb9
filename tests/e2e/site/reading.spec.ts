import { expect, test, type Page } from '@playwright/test';
import { sitemapPaths } from '../helpers';

const PHONE = { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true };

async function openFirstArticle(page: Page): Promise<void> {
  await page.goto('/');
  await page.goto((await page.locator('.sf-home-section .sf-article-card a').first().getAttribute('href'))!);
}

test.describe('on a phone', () => {
  test.use(PHONE);

  test('every diagram keeps its labels at 12 px or more and scrolls inside its own box', async ({ page }) => {
    test.setTimeout(300_000);
    let diagrams = 0;
    for (const path of await sitemapPaths(page)) {
      await page.goto(path);
      const found = await page.locator('figure.sf-diagram').evaluateAll((figures) =>
        figures.map((figure) => {
          const svg = figure.querySelector('svg')!;
          const box = svg.parentElement!;
          // Font size as seen: the computed size in SVG units times the drawing's scale on screen.
          let smallest = Infinity;
          for (const text of svg.querySelectorAll('text')) {
            const ctm = text.getScreenCTM()!;
            smallest = Math.min(smallest, parseFloat(getComputedStyle(text).fontSize) * Math.hypot(ctm.a, ctm.b));
          }
          return {
            title: svg.querySelector('title')?.textContent,
            smallest: Math.round(smallest * 100) / 100,
            fits: svg.getBoundingClientRect().width <= box.clientWidth + 1,
            scrolls: ['auto', 'scroll'].includes(getComputedStyle(box).overflowX) && box.scrollWidth > box.clientWidth,
            right: figure.getBoundingClientRect().right,
          };
        }),
      );
      for (const diagram of found) {
        const where = `${path}: ${diagram.title}`;
        expect(diagram.smallest, where).toBeGreaterThanOrEqual(12);
        expect(diagram.fits || diagram.scrolls, `${where} fits or scrolls in its box`).toBe(true);
        expect(diagram.right, `${where} stays inside the page`).toBeLessThanOrEqual(390);
      }
      diagrams += found.length;
    }
    expect(diagrams).toBeGreaterThan(0);
  });

  test('wide tables and diagrams are named regions that scroll with the keyboard and show a cue only when they scroll', async ({ page }) => {
    await openFirstArticle(page);
    const regions = page.locator('.sf-prose .sf-scroll-region');
    // Every table and diagram drawing sits in a region; its name says what it holds.
    await expect(regions).toHaveCount(await page.locator('.sf-prose table, .sf-prose figure.sf-diagram svg').count());
    const states = await regions.evaluateAll((elements) =>
      elements.map((region) => ({
        role: region.getAttribute('role'),
        name: region.getAttribute('aria-label') ?? '',
        tabIndex: (region as HTMLElement).tabIndex,
        scrolls: region.scrollWidth > region.clientWidth,
        cue: getComputedStyle(region, '::before').visibility === 'visible',
      })),
    );
    for (const state of states) {
      expect(state.role).toBe('region');
      expect(state.name).toMatch(/^(Table|Diagram)\b/);
      expect(state.tabIndex).toBe(0);
      expect(state.cue, `${state.name}: cue shown exactly when it scrolls`).toBe(state.scrolls);
    }
    expect(states.some((s) => s.scrolls)).toBe(true);

    // In the tab order (tabIndex 0 above); once focused, the arrow keys scroll it.
    const region = regions.nth(states.findIndex((s) => s.scrolls));
    await region.focus();
    // The key goes to the region only once it holds focus and sits in view (focus scrolls the page).
    await expect(region).toBeFocused();
    await expect(region).toBeInViewport();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => region.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
  });

  test('a sticky bar names the current section, opens the contents and closes after a choice', async ({ page }) => {
    // Jumps are instant (a smooth scroll across a long page can take longer than the wait on a busy
    // machine); what is tested here is the bar, not the animation.
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await openFirstArticle(page);
    await page.evaluate(() => window.scrollTo({ top: document.documentElement.scrollHeight / 2, behavior: 'instant' }));
    const bar = page.locator('.sf-toc > summary');
    await expect(bar).toBeInViewport();
    const barBottom = async () => (await bar.boundingBox())!.y + (await bar.boundingBox())!.height;
    expect((await bar.boundingBox())!.y).toBeGreaterThanOrEqual(0);

    // The section being read: the last contents entry whose heading has scrolled up to the bar.
    const bottom = await barBottom();
    const current = await page.locator('.sf-toc nav a').evaluateAll(
      (links, limit) =>
        links
          .filter((link) => document.getElementById(link.getAttribute('href')!.slice(1))!.getBoundingClientRect().top <= limit + 16)
          .at(-1)!.textContent!,
      bottom,
    );
    await expect(bar).toContainText(current);

    // Keyboard: open the bar, the current entry is marked, choose the first entry.
    const nav = page.locator('.sf-toc nav');
    await bar.focus();
    await page.keyboard.press('Enter');
    await expect(nav).toBeVisible();
    await expect(nav.locator('a[aria-current="true"]')).toHaveText(current);
    await page.keyboard.press('Escape');
    await expect(nav).toBeHidden();
    await expect(bar).toBeFocused();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    const first = nav.locator('a').first();
    await expect(first).toBeFocused();
    const target = page.locator((await first.getAttribute('href'))!);
    const firstText = (await first.textContent())!;
    await page.keyboard.press('Enter');
    await expect(nav).toBeHidden();
    await expect(target).toBeInViewport();
    await expect(bar).toContainText(firstText);
    // The heading lands below the bar, not under it.
    await expect.poll(async () => (await target.boundingBox())!.y >= (await barBottom())).toBe(true);
  });
});

test('on a desktop the contents highlight the section being read', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await openFirstArticle(page);
  const links = page.locator('.sf-toc nav a');
  await expect(links.first()).toBeVisible();
  const third = links.nth(2);
  await page.locator((await third.getAttribute('href'))!).evaluate((heading) => heading.scrollIntoView({ behavior: 'instant' }));
  await expect(third).toHaveAttribute('aria-current', 'true');
  await expect(page.locator('.sf-toc nav a[aria-current]')).toHaveCount(1);
  // At the end of the page the last section is the current one.
  await page.keyboard.press('End');
  await expect(links.last()).toHaveAttribute('aria-current', 'true');
  await expect(page.locator('.sf-toc nav a[aria-current]')).toHaveCount(1);
});

test('articles link to their interview questions and the interview pages link back', async ({ page }) => {
  test.setTimeout(300_000);
  const topics = (await sitemapPaths(page)).filter((path) => /^\/interview\/[^/]+\/$/.test(path));
  let linked = 0;
  for (const topic of topics) {
    await page.goto(topic);
    const article = page.locator('main .sf-article-description a').first();
    if ((await article.count()) === 0) continue;
    const articlePath = (await article.getAttribute('href'))!;
    await page.goto(articlePath);
    await expect(page.locator(`.sf-article-header a[href="${topic}"]`), `${articlePath} links to ${topic}`).toHaveCount(1);
    linked++;
  }
  expect(linked).toBeGreaterThan(0);
});

test('interview answers keep the articles\' reading width', async ({ page }) => {
  await page.setViewportSize({ width: 1600, height: 900 });
  await openFirstArticle(page);
  const articleWidth = await page.locator('.sf-prose > p').first().evaluate((p) => p.getBoundingClientRect().width);
  const topic = (await sitemapPaths(page)).find((path) => /^\/interview\/[^/]+\/$/.test(path))!;
  await page.goto(topic);
  const answer = page.locator('.sf-interview-answer').first();
  await answer.locator('summary').click();
  const widths = await page.locator('main.sf-interview .sf-prose p').evaluateAll((ps) => ps.map((p) => p.getBoundingClientRect().width));
  expect(widths.length).toBeGreaterThan(0);
  for (const width of widths) expect(width).toBeLessThanOrEqual(articleWidth);
});
