import { expect, test } from '@playwright/test';
import { sitemapPaths } from '../helpers';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

test('Copy puts a code block on the clipboard and says so', async ({ page }) => {
  // The first article page that has a highlighted code block.
  let found = false;
  for (const path of await sitemapPaths(page)) {
    await page.goto(path);
    if ((await page.locator('.sf-code-block').count()) > 0) {
      found = true;
      break;
    }
  }
  expect(found, 'some article has a code block').toBe(true);
  const block = page.locator('.sf-code-block').first();
  const expected = (await block.locator('pre').innerText()).replace(/\n+$/, '');
  // The button's name changes to "Copied", so it is located by its class rather than its name.
  const button = block.locator('.sf-copy-button');
  await expect(button).toHaveText('Copy');
  await button.click();
  await expect(button).toHaveText('Copied');
  await expect(block.getByRole('status')).toHaveText('Copied');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(expected);
});

test('Copy command copies the command without the prompt or the output', async ({ page }) => {
  let found = false;
  for (const path of await sitemapPaths(page)) {
    await page.goto(path);
    if ((await page.locator('.sf-terminal').count()) > 0) {
      found = true;
      break;
    }
  }
  expect(found, 'some article has a terminal block').toBe(true);
  const terminal = page.locator('.sf-terminal').first();
  const command = (await terminal.locator('.sf-terminal-command').innerText()).replace(/^\$ /gm, '').replace(/\n+$/, '');
  await terminal.getByRole('button', { name: 'Copy command' }).click();
  await expect(terminal.getByRole('status')).toHaveText('Copied');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(command);
  expect(copied).not.toMatch(/^\$/);
});
