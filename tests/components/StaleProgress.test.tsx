// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import PracticeQuiz from '../../src/quiz/ui/PracticeQuiz';
import { STRINGS } from '../../src/quiz/ui/strings';
import { questionKey, STORAGE_VERSION } from '../../src/quiz/core/progress-store';
import { answerFingerprint } from '../../src/quiz/core/saved-progress';
import type { QuizResponse, RenderedQuestion } from '../../src/quiz/core/types';
import { fill, order, single } from './questions';

const question = (id: string) => within(document.getElementById(`q-${id}`)!);

/** Progress as a page saved it: `fingerprint` absent for entries saved before fingerprints existed. */
function seed(id: string, response: QuizResponse, status = 'correct', fingerprint?: string) {
  const data = { status, attemptsUsed: 1, hintShown: false, updatedAt: 1, response, ...(fingerprint ? { fingerprint } : {}) };
  localStorage.setItem(questionKey(id), JSON.stringify({ v: STORAGE_VERSION, data }));
}

/** The same questions after an author renamed a choice and replaced an order step. */
const renamedSingle: RenderedQuestion = {
  ...single,
  type: 'single',
  choices: [
    { id: 'yaml', html: 'YAML' },
    { id: 'b', html: 'CSV' },
    { id: 'c', html: 'XML' },
  ],
  answer: 'yaml',
};
const changedOrder: RenderedQuestion = {
  ...order,
  type: 'order',
  steps: [
    { id: 'deploy', html: 'Deploy' },
    { id: 'check', html: 'Check' },
    { id: 'train', html: 'Train' },
  ],
  answer: ['check', 'train', 'deploy'],
};

describe('saved progress from before a question was edited', () => {
  beforeEach(() => localStorage.clear());
  afterEach(cleanup);

  it('is dropped with a notice, and other questions keep theirs (migration of entries without fingerprints)', () => {
    seed('q-single', { type: 'choice', choice: 'a' });
    seed('q-order', { type: 'order', order: ['validate', 'train', 'deploy'] });
    seed('q-fill', { type: 'text', text: 'mdx' });
    render(<PracticeQuiz quizId="t" questions={[renamedSingle, changedOrder, fill]} maxAttempts={2} />);

    const s = question('q-single');
    expect(s.getByRole('status').textContent).toBe(STRINGS.progressOutdated);
    expect(s.getAllByRole('radio').some((r) => (r as HTMLInputElement).checked)).toBe(false);
    expect(s.getByText('Attempts: 2 left')).toBeTruthy();
    expect((s.getByRole('button', { name: 'Check' }) as HTMLButtonElement).disabled).toBe(false);

    const o = question('q-order');
    expect(o.getByRole('status').textContent).toBe(STRINGS.progressOutdated);
    const steps = [...document.querySelectorAll('#q-q-order .sf-q-step-text')].map((el) => el.textContent);
    expect(steps).toEqual(['Deploy', 'Check', 'Train']);

    const f = question('q-fill');
    expect(document.querySelector('#q-q-fill .sf-q-verdict')?.textContent).toContain('Correct.');
    expect((f.getByLabelText('Your answer') as HTMLInputElement).value).toBe('mdx');

    expect(localStorage.getItem(questionKey('q-single'))).toBeNull();
    expect(localStorage.getItem(questionKey('q-order'))).toBeNull();
    expect(localStorage.getItem(questionKey('q-fill'))).not.toBeNull();
    expect(screen.queryByText(/could not be read/)).toBeNull();
  });

  it('the notice goes once the reader answers again, and the new answer is graded against the edited question', () => {
    seed('q-single', { type: 'choice', choice: 'a' });
    render(<PracticeQuiz quizId="t" questions={[renamedSingle]} maxAttempts={2} />);
    const s = question('q-single');
    fireEvent.click(s.getByLabelText('YAML'));
    expect(s.getByRole('status').textContent).toBe('');
    fireEvent.click(s.getByRole('button', { name: 'Check' }));
    expect(document.querySelector('#q-q-single .sf-q-verdict')?.textContent).toContain('Correct.');
  });

  it('drops an entry whose fingerprint differs even when its answer would still fit', () => {
    seed('q-single', { type: 'choice', choice: 'b' }, 'failed', answerFingerprint({ ...single, answer: 'b' } as RenderedQuestion));
    render(<PracticeQuiz quizId="t" questions={[single]} maxAttempts={2} />);
    const s = question('q-single');
    expect(s.getByRole('status').textContent).toBe(STRINGS.progressOutdated);
    expect((s.getByLabelText('CSV') as HTMLInputElement).checked).toBe(false);
  });

  it('keeps a legacy entry that still fits, and saves it with a fingerprint next time', () => {
    seed('q-single', { type: 'choice', choice: 'b' }, 'open');
    render(<PracticeQuiz quizId="t" questions={[single]} maxAttempts={2} />);
    const s = question('q-single');
    expect((s.getByLabelText('CSV') as HTMLInputElement).checked).toBe(true);
    expect(s.getByRole('status').textContent).toBe('');
    fireEvent.click(s.getByLabelText('YAML'));
    const stored = JSON.parse(localStorage.getItem(questionKey('q-single'))!);
    expect(stored.data.fingerprint).toBe(answerFingerprint(single));
    expect(stored.data.response).toEqual({ type: 'choice', choice: 'a' });
  });
});
