// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import PracticeQuiz from '../../src/islands/quiz/PracticeQuiz';
import { questionKey } from '../../src/quiz/progress-store';
import { fill, order, single } from './questions';

const question = (id: string) => document.getElementById(`q-${id}`)!;

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
    expect(q.getByRole('status').textContent).toContain('Correct.');
    expect(q.getByRole('status').textContent).toContain('Banks are YAML.');
    expect((q.getByLabelText(/YAML/) as HTMLInputElement).disabled).toBe(true);
    expect(q.getAllByText('First step.').length).toBeGreaterThan(0);
    expect(screen.getByText('1 / 1')).toBeTruthy();
  });

  it('counts attempts, fails after the last one, and Try again resets', () => {
    render(<PracticeQuiz quizId="t" questions={[single]} maxAttempts={2} />);
    const q = within(question('q-single'));
    expect(q.getByText('Attempts: 2 left')).toBeTruthy();
    fireEvent.click(q.getByLabelText('CSV'));
    fireEvent.click(q.getByRole('button', { name: 'Check' }));
    expect(q.getByRole('status').textContent).toContain('Not quite.');
    expect(q.getByRole('status').textContent).toContain('Attempts: 1 left');
    fireEvent.click(q.getByLabelText('XML'));
    fireEvent.click(q.getByRole('button', { name: 'Check' }));
    expect(q.getByRole('status').textContent).toContain('No attempts left');
    expect(q.getByText('(correct answer)')).toBeTruthy();
    expect((q.getByRole('button', { name: 'Check' }) as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(q.getByRole('button', { name: 'Try again' }));
    expect(q.getByText('Attempts: 2 left')).toBeTruthy();
    expect((q.getByLabelText('XML') as HTMLInputElement).checked).toBe(false);
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
    const steps = [...question('q-order').querySelectorAll('.q-step-text')].map((s) => s.textContent);
    expect(steps).toEqual(['Validate', 'Train', 'Deploy']);
    expect(q.getByRole('status').textContent).toBe('Deploy moved to position 3 of 3.');
    expect((q.getByRole('button', { name: 'Move up: Validate' }) as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(q.getByRole('button', { name: 'Check' }));
    expect(q.getByRole('status').textContent).toContain('Correct.');
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
    expect(again.getByRole('status').textContent).toContain('Correct.');
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
    expect(q.getByRole('status').textContent).toContain('Correct.');
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
    expect(q.getByRole('status').textContent).toContain('Correct.');
  });

  it('picks up progress saved by another tab', () => {
    render(<PracticeQuiz quizId="t" questions={[single]} maxAttempts={2} />);
    const saved = { v: 1, data: { status: 'correct', attemptsUsed: 1, hintShown: false, updatedAt: 1, response: { type: 'choice', choice: 'a' } } };
    localStorage.setItem(questionKey('q-single'), JSON.stringify(saved));
    fireEvent(window, new StorageEvent('storage', { key: questionKey('q-single') }));
    expect(within(question('q-single')).getByRole('status').textContent).toContain('Correct.');
  });
});
