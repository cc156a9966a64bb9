import { readdirSync, readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import yaml from 'js-yaml';
import { questionAnchor } from '../../../src/quiz/core/quiz-id';
import { quiz as STRINGS } from '../../../src/i18n/en/quiz';

const attemptsLeftText = STRINGS.attemptsLeft;

/**
 * A real practice question on a real article page of the site, answered with the keyboard. The
 * question and its right answer come from the banks in content/quizzes, so the test follows the
 * curriculum as it changes: no curriculum text is written here.
 */
interface BankQuestion {
  id: string;
  type: string;
  answer?: unknown;
  related?: string;
}

function trueFalseQuestions(): { id: string; answer: boolean; page: string }[] {
  const dir = 'content/quizzes';
  return readdirSync(dir)
    .filter((file) => file.endsWith('.yaml'))
    .sort()
    .flatMap((file) => (yaml.load(readFileSync(`${dir}/${file}`, 'utf8')) as { questions: BankQuestion[] }).questions)
    .filter((q) => q.type === 'truefalse' && typeof q.answer === 'boolean' && q.related?.startsWith('/'))
    .map((q) => ({ id: q.id, answer: q.answer as boolean, page: new URL(q.related!, 'http://site').pathname }));
}

/** The first true/false question that a practice quiz shows on the article its bank links to. */
async function findQuestion(page: Page) {
  for (const candidate of trueFalseQuestions()) {
    const html = await (await page.request.get(candidate.page)).text();
    if (html.includes(`id="${questionAnchor(candidate.id)}"`)) return candidate;
  }
  throw new Error('No practice true/false question found on the article pages its bank links to.');
}

test('a practice question on an article: a wrong then a right answer with the keyboard, each verdict taking the focus', async ({ page }) => {
  const { id, answer, page: path } = await findQuestion(page);
  const right = answer ? STRINGS.true : STRINGS.false;
  const wrong = answer ? STRINGS.false : STRINGS.true;
  await page.goto(path);
  const q = page.locator(`#${questionAnchor(id)}`);
  await q.scrollIntoViewIfNeeded();
  // Hydrated: the island has run and its attempts replace the loading note.
  const attemptsNote = new RegExp(`^${attemptsLeftText(999).replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace('999', '(\\d+)')}$`);
  await expect(q.locator('.sf-q-attempts')).toHaveText(attemptsNote);
  const attempts = Number(attemptsNote.exec((await q.locator('.sf-q-attempts').textContent())!)![1]);
  expect(attempts, 'a practice question allows a second try').toBeGreaterThan(1);
  const check = q.getByRole('button', { name: STRINGS.check, exact: true });
  const verdict = q.locator('.sf-q-verdict');

  // Wrong: choose with Space, Tab to Check, Enter.
  await q.getByRole('radio', { name: wrong }).focus();
  await page.keyboard.press('Space');
  await expect(q.getByRole('radio', { name: wrong })).toBeChecked();
  await page.keyboard.press('Tab');
  await expect(check).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(verdict).toBeFocused();
  await expect(verdict).toContainText(STRINGS.incorrect);
  await expect(verdict).toContainText(attemptsLeftText(attempts - 1));
  await expect(q.getByRole('radio', { name: wrong })).toBeEnabled();

  // Right: back to the chosen answer, an arrow key moves the choice, Tab, Enter.
  await q.getByRole('radio', { name: wrong }).focus();
  await page.keyboard.press(answer ? 'ArrowUp' : 'ArrowDown');
  await expect(q.getByRole('radio', { name: right })).toBeChecked();
  await expect(q.getByRole('radio', { name: right })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(check).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(verdict).toBeFocused();
  await expect(verdict).toContainText(STRINGS.correct);
  await expect(verdict).not.toContainText(STRINGS.incorrect);
  // Answered right, the question locks and shows its solution.
  await expect(q.getByRole('radio', { name: right })).toBeDisabled();
  await expect(check).toBeDisabled();
  await expect(q.locator('.sf-q-solution').first()).toBeVisible();
});
