// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import ChallengeQuiz from '../../src/islands/quiz/ChallengeQuiz';
import { quizKey } from '../../src/quiz/quiz-records';
import { single, truefalse } from './questions';

describe('ChallengeQuiz island', () => {
  beforeEach(() => {
    localStorage.clear();
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'setTimeout', 'clearTimeout', 'Date'] });
  });
  afterEach(() => {
    cleanup();
    vi.useRealTimers();
  });

  const start = () => fireEvent.click(screen.getByRole('button', { name: 'Start challenge' }));

  it('shows the rules first, then one question at a time with a countdown', () => {
    render(<ChallengeQuiz quizId="c" questions={[single, truefalse]} />);
    expect(screen.getByText(/2 questions, one at a time/)).toBeTruthy();
    start();
    expect(screen.getByText('Question 1 of 2', { selector: '.q-challenge-bar .q-number' })).toBeTruthy();
    expect(document.querySelector('.q-clock-value')!.textContent).toBe('2:00');
    act(() => {
      vi.advanceTimersByTime(5_000);
    });
    expect(document.querySelector('.q-clock-value')!.textContent).toBe('1:55');
  });

  it('announces thresholds, not every second, and times out keeping the answer', () => {
    render(<ChallengeQuiz quizId="c" questions={[single, truefalse]} />);
    start();
    fireEvent.click(screen.getByLabelText('CSV'));
    const live = document.querySelector('.q-running > [role="status"]')!;
    act(() => {
      vi.advanceTimersByTime(30_000);
    });
    expect(live.textContent).toBe('');
    act(() => {
      vi.advanceTimersByTime(31_000);
    });
    expect(live.textContent).toBe('1 minute left.');
    act(() => {
      vi.advanceTimersByTime(60_000);
    });
    expect(screen.getByText(/Time is up/)).toBeTruthy();
    expect((screen.getByLabelText('CSV') as HTMLInputElement).checked).toBe(true);
    expect((screen.getByLabelText('CSV') as HTMLInputElement).disabled).toBe(true);
  });

  it('can run without a timer or with a longer one, and time can be added', () => {
    const { unmount } = render(<ChallengeQuiz quizId="c" questions={[single]} />);
    fireEvent.change(screen.getByLabelText('Time allowed per question'), { target: { value: '3' } });
    start();
    expect(document.querySelector('.q-clock-value')!.textContent).toBe('6:00');
    fireEvent.click(screen.getByRole('button', { name: /Add time/ }));
    expect(document.querySelector('.q-clock-value')!.textContent).toBe('8:00');
    unmount();
    render(<ChallengeQuiz quizId="c2" questions={[single]} />);
    fireEvent.click(screen.getByLabelText('Use a time limit'));
    start();
    expect(screen.getByText('No time limit')).toBeTruthy();
    act(() => {
      vi.advanceTimersByTime(60 * 60_000);
    });
    expect(screen.queryByText(/Time is up/)).toBeNull();
  });

  it('scores the run, reviews every question and saves a badge for a perfect score', () => {
    render(<ChallengeQuiz quizId="c" questions={[single, truefalse]} />);
    start();
    fireEvent.click(screen.getByLabelText('YAML'));
    fireEvent.click(screen.getByRole('button', { name: 'Submit answer' }));
    fireEvent.click(screen.getByLabelText('True'));
    fireEvent.click(screen.getByRole('button', { name: /Submit answer and see results/ }));
    expect(screen.getByRole('heading', { name: 'Score: 2 / 2 (100%)' })).toBeTruthy();
    expect(screen.getByText('Perfect score badge earned')).toBeTruthy();
    expect(document.querySelectorAll('.q-review-item')).toHaveLength(2);
    const saved = JSON.parse(localStorage.getItem(quizKey('c'))!);
    expect(saved.data.best).toMatchObject({ correct: 2, total: 2 });
    expect(typeof saved.data.badgeAt).toBe('number');
  });

  it('a skipped question counts as unanswered and earns no badge', () => {
    render(<ChallengeQuiz quizId="c" questions={[single, truefalse]} />);
    start();
    fireEvent.click(screen.getByRole('button', { name: 'Skip question' }));
    fireEvent.click(screen.getByLabelText('True'));
    fireEvent.click(screen.getByRole('button', { name: /Submit answer and see results/ }));
    expect(screen.getByRole('heading', { name: 'Score: 1 / 2 (50%)' })).toBeTruthy();
    expect(screen.queryByText('Perfect score badge earned')).toBeNull();
    expect(document.querySelector('.q-review-item')!.textContent).toContain('Unanswered');
  });
});
