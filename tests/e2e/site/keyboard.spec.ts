import { expect, test, type Page } from '@playwright/test';

async function focusedOutline(page: Page) {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el) return null;
    const style = getComputedStyle(el);
    return { tag: el.tagName, style: style.outlineStyle, width: parseFloat(style.outlineWidth) };
  });
}

test('the first Tab reaches a visible skip link that moves focus to the main content', async ({ page }) => {
  await page.goto('/');
  await page.goto((await page.locator('.sf-home-section .sf-article-card a').first().getAttribute('href'))!);
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
  // The next Tab continues inside the main content, not back in the header.
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => !!document.activeElement?.closest('main'))).toBe(true);
});

test('every control reached by Tab shows a visible focus indicator', async ({ page }) => {
  await page.goto('/');
  await page.goto((await page.locator('.sf-home-section .sf-article-card a').first().getAttribute('href'))!);
  const seen = new Set<string>();
  for (let i = 0; i < 25; i++) {
    await page.keyboard.press('Tab');
    const focus = await focusedOutline(page);
    if (!focus || focus.tag === 'BODY') break;
    expect(focus.style, `outline on ${focus.tag}`).not.toBe('none');
    expect(focus.width, `outline width on ${focus.tag}`).toBeGreaterThanOrEqual(2);
    seen.add(focus.tag);
  }
  expect(seen.has('A')).toBe(true);
  expect(seen.has('SELECT')).toBe(true);
});

test('keyboard only: follow a sidebar link and the next-article link', async ({ page }) => {
  await page.goto('/');
  await page.locator('.sf-home-section .sf-article-card a').first().focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('.sf-article')).toBeVisible();
  const next = page.locator('.sf-prev-next .sf-next');
  const nextTitle = (await next.locator('.sf-title').textContent())!.trim();
  await next.focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('h1')).toHaveText(nextTitle);
});
