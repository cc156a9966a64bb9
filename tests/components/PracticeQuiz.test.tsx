// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { hydrate } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import PracticeQuiz from '../../src/quiz/ui/PracticeQuiz';
import { questionKey } from '../../src/quiz/core/progress-store';
import { fill, order, single, truefalse } from './questions';

const question = (id: string) => document.getElementById(`q-${id}`)!;
/** The verdict after Check: focused, so not a live region (it would be read twice). */
const verdict = (id: string) => question(id).querySelector('.sf-q-verdict');

describe('PracticeQuiz island', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => {
    cleanup();
    vi.restoreAllMocks();
  });

  it('grades a choice, explains it, locks the question and shows the solution', () => {
    render(<PracticeQuiz quizId="t" questions={[single]} maxAttempts={2} />);
    const q = within(question('q-single'));
    fireEvent.click(q.getByLabelText('YAML'));
    fireEvent.click(q.getByRole('button', { name: 'Check' }));
    expect(verdict('q-single')?.textContent).toContain('Correct.');
    expect(verdict('q-single')?.textContent).toContain('Banks are YAML.');
    expect((q.getByLabelText(/YAML/) as HTMLInputElement).disabled).toBe(true);
    expect(q.getAllByText('First step.').length).toBeGreaterThan(0);
    expect(screen.getByText('1 / 1')).toBeTruthy();
  });

  it('counts attempts, fails after the last one; Try again then starts a practice round that is not counted', () => {
    render(<PracticeQuiz quizId="t" questions={[single]} maxAttempts={2} />);
    const q = within(question('q-single'));
    expect(q.getByText('Attempts: 2 left')).toBeTruthy();
    fireEvent.click(q.getByLabelText('CSV'));
    fireEvent.click(q.getByRole('button', { name: 'Check' }));
    expect(verdict('q-single')?.textContent).toContain('Not quite.');
    expect(verdict('q-single')?.textContent).toContain('Attempts: 1 left.');
    // Attempts are final: no way to reset them before the solution shows.
    expect(q.queryByRole('button', { name: 'Try again' })).toBeNull();
    fireEvent.click(q.getByLabelText('XML'));
    fireEvent.click(q.getByRole('button', { name: 'Check' }));
    expect(verdict('q-single')?.textContent).toContain('No attempts left');
    expect(q.getByText('(correct answer)', { exact: false })).toBeTruthy();
    expect((q.getByRole('button', { name: 'Check' }) as HTMLButtonElement).disabled).toBe(true);
    expect(screen.getByText('1 / 1')).toBeTruthy();
    const tryAgain = q.getByRole('button', { name: 'Try again' });
    expect(tryAgain.getAttribute('aria-describedby')).toBeTruthy();
    expect(document.getElementById(tryAgain.getAttribute('aria-describedby')!)!.textContent).toBe('Trying again is practice: your result stays as it is.');
    fireEvent.click(tryAgain);
    expect(q.getByText('Practice round, not counted. Attempts: 2 left')).toBeTruthy();
    expect((q.getByLabelText('XML') as HTMLInputElement).checked).toBe(false);
    // Answering right in the practice round does not turn the failed question into a correct one.
    fireEvent.click(q.getByLabelText('YAML'));
    fireEvent.click(q.getByRole('button', { name: 'Check' }));
    expect(verdict('q-single')?.textContent).toContain('Correct.');
    expect(verdict('q-single')?.textContent).toContain('This practice round does not change your result.');
    expect(screen.getByText('1 / 1')).toBeTruthy();
    expect(screen.getByText('0 correct')).toBeTruthy();
  });

  it('Try again after a correct answer keeps the question counted as correct', () => {
    render(<PracticeQuiz quizId="t" questions={[single, fill]} maxAttempts={2} />);
    const q = within(question('q-single'));
    fireEvent.click(q.getByLabelText('YAML'));
    fireEvent.click(q.getByRole('button', { name: 'Check' }));
    expect(screen.getByText('1 / 2')).toBeTruthy();
    fireEvent.click(q.getByRole('button', { name: 'Try again' }));
    expect(screen.getByText('1 / 2')).toBeTruthy();
    expect(screen.getByText('1 correct')).toBeTruthy();
    expect(JSON.parse(localStorage.getItem(questionKey('q-single'))!).data).toMatchObject({ status: 'open', result: 'correct', round: 1 });
  });

  it('an empty Check costs no attempt and says why', () => {
    render(<PracticeQuiz quizId="t" questions={[fill]} maxAttempts={2} />);
    const q = within(question('q-fill'));
    fireEvent.click(q.getByRole('button', { name: 'Check' }));
    expect(q.getByRole('status').textContent).toBe('Choose or type an answer first.');
    expect(q.getByText('Attempts: 2 left')).toBeTruthy();
  });

  it('the hint button reveals the hint and reports its state', () => {
    render(<PracticeQuiz quizId="t" questions={[single]} maxAttempts={2} />);
    const q = within(question('q-single'));
    const button = q.getByRole('button', { name: 'Hint' });
    expect(button.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(button);
    expect(q.getByRole('button', { name: 'Hide hint' }).getAttribute('aria-expanded')).toBe('true');
    expect(document.getElementById(button.getAttribute('aria-controls')!)!.hidden).toBe(false);
  });

  it('reorders steps with move buttons and announces the new position', async () => {
    render(<PracticeQuiz quizId="t" questions={[order]} maxAttempts={2} />);
    const q = within(question('q-order'));
    fireEvent.click(q.getByRole('button', { name: 'Move down: Deploy' }));
    fireEvent.click(q.getByRole('button', { name: 'Move down: Deploy' }));
    const steps = [...question('q-order').querySelectorAll('.sf-q-step-text')].map((s) => s.textContent);
    expect(steps).toEqual(['Validate', 'Train', 'Deploy']);
    expect(q.getByRole('status').textContent).toBe('Moved “Deploy” to position 3 of 3.');
    expect((q.getByRole('button', { name: 'Move up: Validate' }) as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(q.getByRole('button', { name: 'Check' }));
    expect(verdict('q-order')?.textContent).toContain('Correct.');
  });

  it('saves progress and restores it in a new mount', () => {
    const first = render(<PracticeQuiz quizId="t" questions={[fill]} maxAttempts={2} />);
    const q = within(question('q-fill'));
    fireEvent.input(q.getByLabelText('Your answer'), { target: { value: ' mdx ' } });
    fireEvent.click(q.getByRole('button', { name: 'Check' }));
    expect(localStorage.getItem(questionKey('q-fill'))).toContain('"status":"correct"');
    first.unmount();
    render(<PracticeQuiz quizId="t" questions={[fill]} maxAttempts={2} />);
    const again = within(question('q-fill'));
    expect(verdict('q-fill')?.textContent).toContain('Correct.');
    expect((again.getByLabelText('Your answer') as HTMLInputElement).value).toBe(' mdx ');
  });

  it('drops a corrupt saved entry, says so, and keeps working', () => {
    localStorage.setItem(questionKey('q-single'), '{broken');
    render(<PracticeQuiz quizId="t" questions={[single]} maxAttempts={2} />);
    expect(screen.getByText(/could not be read and was reset/)).toBeTruthy();
    expect(localStorage.getItem(questionKey('q-single'))).toBeNull();
    const q = within(question('q-single'));
    fireEvent.click(q.getByLabelText('YAML'));
    fireEvent.click(q.getByRole('button', { name: 'Check' }));
    expect(verdict('q-single')?.textContent).toContain('Correct.');
  });

  it('works in memory and says so when storage throws', () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    render(<PracticeQuiz quizId="t" questions={[single]} maxAttempts={2} />);
    expect(screen.getByText(/progress will not be kept/)).toBeTruthy();
    const q = within(question('q-single'));
    fireEvent.click(q.getByLabelText('YAML'));
    fireEvent.click(q.getByRole('button', { name: 'Check' }));
    expect(verdict('q-single')?.textContent).toContain('Correct.');
  });

  it('picks up progress saved by another tab', () => {
    render(<PracticeQuiz quizId="t" questions={[single]} maxAttempts={2} />);
    const saved = { v: 1, data: { status: 'correct', attemptsUsed: 1, hintShown: false, updatedAt: 1, response: { type: 'choice', choice: 'a' } } };
    localStorage.setItem(questionKey('q-single'), JSON.stringify(saved));
    fireEvent(window, new StorageEvent('storage', { key: questionKey('q-single') }));
    expect(verdict('q-single')?.textContent).toContain('Correct.');
  });

  it('an entry saved before results existed still counts in the tally', () => {
    const old = { v: 1, data: { status: 'failed', attemptsUsed: 2, hintShown: false, updatedAt: 1, response: { type: 'choice', choice: 'b' } } };
    localStorage.setItem(questionKey('q-single'), JSON.stringify(old));
    render(<PracticeQuiz quizId="t" questions={[single, fill]} maxAttempts={2} />);
    expect(screen.getByText('1 / 2')).toBeTruthy();
    expect(within(question('q-single')).getByRole('button', { name: 'Try again' })).toBeTruthy();
  });
});

describe('PracticeQuiz focus: the keyboard never falls back to <body>', () => {
  beforeEach(() => localStorage.clear());
  afterEach(cleanup);

  const setup = () => {
    render(<PracticeQuiz quizId="t" questions={[single]} maxAttempts={2} />);
    const q = within(question('q-single'));
    const checkWith = (label: string) => {
      fireEvent.click(q.getByLabelText(label));
      const button = q.getByRole('button', { name: 'Check' });
      button.focus();
      fireEvent.click(button);
    };
    return { q, checkWith };
  };

  it('a correct answer moves focus to the verdict', () => {
    const { checkWith } = setup();
    checkWith('YAML');
    expect(document.activeElement).toBe(verdict('q-single'));
    expect(document.activeElement?.textContent).toMatch(/^Correct\./);
  });

  it('a wrong answer with attempts left moves focus to the verdict, which says what is left', () => {
    const { checkWith } = setup();
    checkWith('CSV');
    expect(document.activeElement).toBe(verdict('q-single'));
    expect(document.activeElement?.textContent).toContain('Attempts: 1 left.');
  });

  it('running out of attempts moves focus to the verdict, which points to the solution', () => {
    const { checkWith } = setup();
    checkWith('CSV');
    checkWith('XML');
    expect(document.activeElement).toBe(verdict('q-single'));
    expect(document.activeElement?.textContent).toContain('No attempts left: the solution is below.');
  });

  it('Try again moves focus to the first choice, and says the round is not counted', () => {
    const { q, checkWith } = setup();
    checkWith('YAML');
    const button = q.getByRole('button', { name: 'Try again' });
    button.focus();
    fireEvent.click(button);
    expect(document.activeElement).toBe(q.getByLabelText('YAML'));
    expect(q.getByRole('status').textContent).toBe('This practice round does not change your result.');
  });

  it('Check with no answer keeps focus on Check and says why', () => {
    const { q } = setup();
    const button = q.getByRole('button', { name: 'Check' });
    button.focus();
    fireEvent.click(button);
    expect(document.activeElement).toBe(button);
    expect(q.getByRole('status').textContent).toBe('Choose or type an answer first.');
  });
});

describe('PracticeQuiz before and after hydration', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('the server HTML cannot submit (buttons disabled, "loading"); answers given before hydration are kept', async () => {
    const questions = [single, fill, truefalse];
    const container = document.createElement('div');
    container.innerHTML = renderToString(<PracticeQuiz quizId="t" questions={questions} maxAttempts={2} />);
    document.body.append(container);
    const checks = [...container.querySelectorAll<HTMLButtonElement>('button[type="submit"]')];
    expect(checks).toHaveLength(3);
    expect(checks.every((b) => b.disabled)).toBe(true);
    expect(container.querySelector('.sf-q-attempts')!.textContent).toBe('Loading the quiz…');
    // The reader answers before the code arrives.
    within(question('q-single')).getByLabelText('CSV').click();
    (within(question('q-fill')).getByLabelText('Your answer') as HTMLInputElement).value = 'mdx';
    await act(() => hydrate(<PracticeQuiz quizId="t" questions={questions} maxAttempts={2} />, container));
    const q = within(question('q-single'));
    expect((q.getByLabelText('CSV') as HTMLInputElement).checked).toBe(true);
    expect((within(question('q-fill')).getByLabelText('Your answer') as HTMLInputElement).value).toBe('mdx');
    expect((q.getByRole('button', { name: 'Check' }) as HTMLButtonElement).disabled).toBe(false);
    expect(q.getByText('Attempts: 2 left')).toBeTruthy();
    fireEvent.click(within(question('q-fill')).getByRole('button', { name: 'Check' }));
    expect(verdict('q-fill')?.textContent).toContain('Correct.');
    fireEvent.click(q.getByRole('button', { name: 'Check' }));
    expect(verdict('q-single')?.textContent).toContain('Not quite.');
  });
});
