// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import ChallengeQuiz from '../../src/quiz/ui/ChallengeQuiz';
import { quizKey } from '../../src/quiz/core/challenge-results';
import { single, truefalse } from './questions';

/** Fresh storage and a fake clock for each test of a describe block. */
function withFakeClock() {
  beforeEach(() => {
    localStorage.clear();
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'setTimeout', 'clearTimeout', 'Date'] });
  });
  afterEach(() => {
    cleanup();
    vi.useRealTimers();
  });
}

describe('ChallengeQuiz island', () => {
  withFakeClock();

  const start = () => fireEvent.click(screen.getByRole('button', { name: 'Start challenge' }));

  it('shows the rules first, then one question at a time with a countdown', () => {
    render(<ChallengeQuiz quizId="c" questions={[single, truefalse]} badge="Sharp Eye" />);
    expect(screen.getByText(/2 questions, one at a time/)).toBeTruthy();
    start();
    expect(screen.getByRole('heading', { name: 'Question 1 of 2' })).toBeTruthy();
    expect(document.querySelector('.sf-q-clock-value')!.textContent).toBe('2:00');
    act(() => {
      vi.advanceTimersByTime(5_000);
    });
    expect(document.querySelector('.sf-q-clock-value')!.textContent).toBe('1:55');
  });

  it('announces thresholds, not every second, and times out keeping the answer', () => {
    render(<ChallengeQuiz quizId="c" questions={[single, truefalse]} badge="Sharp Eye" />);
    start();
    fireEvent.click(screen.getByLabelText('CSV'));
    const live = document.querySelector('.sf-q-running > [role="status"]')!;
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
    expect(document.querySelector('.sf-q-timeout')!.textContent).toMatch(/^Time is up/);
    expect((screen.getByLabelText('CSV') as HTMLInputElement).checked).toBe(true);
    expect((screen.getByLabelText('CSV') as HTMLInputElement).disabled).toBe(true);
  });

  it('can run without a timer or with a longer one, and time can be added', () => {
    const { unmount } = render(<ChallengeQuiz quizId="c" questions={[single]} badge="Sharp Eye" />);
    fireEvent.change(screen.getByLabelText('Time allowed per question'), { target: { value: '3' } });
    start();
    expect(document.querySelector('.sf-q-clock-value')!.textContent).toBe('6:00');
    fireEvent.click(screen.getByRole('button', { name: /Add time/ }));
    expect(document.querySelector('.sf-q-clock-value')!.textContent).toBe('8:00');
    unmount();
    render(<ChallengeQuiz quizId="c2" questions={[single]} badge="Sharp Eye" />);
    fireEvent.click(screen.getByLabelText('Use a time limit'));
    start();
    expect(screen.getByText('No time limit')).toBeTruthy();
    act(() => {
      vi.advanceTimersByTime(60 * 60_000);
    });
    expect(screen.queryByText(/Time is up/)).toBeNull();
  });

  it('scores the run, reviews every question and saves a badge for a perfect score', () => {
    render(<ChallengeQuiz quizId="c" questions={[single, truefalse]} badge="Sharp Eye" />);
    start();
    fireEvent.click(screen.getByLabelText('YAML'));
    fireEvent.click(screen.getByRole('button', { name: 'Submit answer' }));
    fireEvent.click(screen.getByLabelText('True'));
    fireEvent.click(screen.getByRole('button', { name: /Submit answer and see results/ }));
    expect(screen.getByRole('heading', { name: 'Score: 2 / 2 (100%)' })).toBeTruthy();
    expect(document.querySelector('.sf-q-results .sf-q-badge')!.textContent).toBe('Badge earned: ★ Sharp Eye');
    expect(document.querySelectorAll('.sf-q-review-item')).toHaveLength(2);
    const saved = JSON.parse(localStorage.getItem(quizKey('c'))!);
    expect(saved.data.best).toMatchObject({ correct: 2, total: 2 });
    expect(typeof saved.data.badgeAt).toBe('number');
  });

  it('a skipped question counts as unanswered and earns no badge', () => {
    render(<ChallengeQuiz quizId="c" questions={[single, truefalse]} badge="Sharp Eye" />);
    start();
    fireEvent.click(screen.getByRole('button', { name: 'Skip question' }));
    fireEvent.click(screen.getByLabelText('True'));
    fireEvent.click(screen.getByRole('button', { name: /Submit answer and see results/ }));
    expect(screen.getByRole('heading', { name: 'Score: 1 / 2 (50%)' })).toBeTruthy();
    expect(document.querySelector('.sf-q-results .sf-q-badge')).toBeNull();
    expect(document.querySelector('.sf-q-review-item')!.textContent).toContain('Unanswered');
  });
});

describe('ChallengeQuiz: asking, announcing, focus and the badge', () => {
  withFakeClock();

  const start = () => fireEvent.click(screen.getByRole('button', { name: 'Start challenge' }));
  const live = () => document.querySelector('.sf-q-running > [role="status"]')!;
  const submitButton = () => screen.getByRole('button', { name: /^Submit answer/ });
  const run = (seconds: number) =>
    act(() => {
      vi.advanceTimersByTime(seconds * 1000);
    });

  it('asks for an answer instead of skipping the question when Submit is pressed with nothing chosen', () => {
    render(<ChallengeQuiz quizId="c" questions={[single, truefalse]} badge="Sharp Eye" />);
    start();
    fireEvent.submit(submitButton().closest('form')!);
    expect(screen.getByRole('heading', { name: 'Question 1 of 2' })).toBeTruthy();
    const ask = 'Choose or type an answer first, or use Skip question to move on without answering.';
    expect(document.querySelector('.sf-q-ask')!.textContent).toBe(ask);
    expect(live().textContent).toBe(ask);
    fireEvent.click(screen.getByLabelText('YAML'));
    expect(document.querySelector('.sf-q-ask')).toBeNull();
    fireEvent.click(submitButton());
    expect(screen.getByRole('heading', { name: 'Question 2 of 2' })).toBeTruthy();
    // The stray Enter on the last question does not end the run either.
    fireEvent.submit(submitButton().closest('form')!);
    expect(screen.queryByRole('heading', { name: /^Score/ })).toBeNull();
  });

  it('shows the 60, 30 and 10 second warnings next to the clock, and announces each once', () => {
    render(<ChallengeQuiz quizId="c" questions={[single]} badge="Sharp Eye" />);
    start();
    expect(document.querySelector('.sf-q-warning')).toBeNull();
    run(60);
    expect(document.querySelector('.sf-q-warning')!.textContent).toBe('1 minute left.');
    expect(live().textContent).toBe('1 minute left.');
    run(31);
    expect(document.querySelector('.sf-q-clock-value')!.textContent).toBe('0:29');
    expect(document.querySelector('.sf-q-challenge-bar .sf-q-warning')!.textContent).toBe('30 seconds left.');
    expect(live().textContent).toBe('30 seconds left.');
    run(20);
    expect(document.querySelector('.sf-q-warning')!.textContent).toBe('10 seconds left.');
    fireEvent.click(screen.getByRole('button', { name: /Add time/ }));
    expect(document.querySelector('.sf-q-warning')).toBeNull();
  });

  it('says time is up once, in the one live region, with the answer kept above only when there is one', () => {
    const { unmount } = render(<ChallengeQuiz quizId="c" questions={[single, truefalse]} badge="Sharp Eye" />);
    start();
    fireEvent.click(screen.getByLabelText('CSV'));
    run(120);
    const kept = 'Time is up: this question counts as unanswered, and your answer above is kept for the review.';
    expect(document.querySelector('.sf-q-timeout')!.textContent).toBe(kept);
    expect(live().textContent).toBe(kept);
    expect([...document.querySelectorAll('[role="status"], [aria-live]')].filter((el) => el.textContent?.includes('Time is up'))).toHaveLength(1);
    unmount();
    render(<ChallengeQuiz quizId="c" questions={[single, truefalse]} badge="Sharp Eye" />);
    start();
    run(120);
    expect(document.querySelector('.sf-q-timeout')!.textContent).toBe('Time is up: this question counts as unanswered.');
    expect(live().textContent).toBe('Time is up: this question counts as unanswered.');
  });

  it('moves focus to the start of each new screen, never leaving it on <body>', () => {
    render(<ChallengeQuiz quizId="c" questions={[single, truefalse, single]} badge="Sharp Eye" />);
    const focused = () => document.activeElement!;
    start();
    expect(focused()).toBe(screen.getByRole('heading', { name: 'Question 1 of 3' }));
    // Submit -> the next question's heading.
    fireEvent.click(screen.getByLabelText('YAML'));
    fireEvent.click(submitButton());
    expect(focused()).toBe(screen.getByRole('heading', { name: 'Question 2 of 3' }));
    // Time up -> Next; Next -> the next question's heading.
    run(120);
    expect(focused()).toBe(screen.getByRole('button', { name: 'Next question' }));
    fireEvent.click(screen.getByRole('button', { name: 'Next question' }));
    expect(focused()).toBe(screen.getByRole('heading', { name: 'Question 3 of 3' }));
    // Time up on the last question -> See results -> the score.
    run(120);
    expect(focused()).toBe(screen.getByRole('button', { name: 'See results' }));
    fireEvent.click(screen.getByRole('button', { name: 'See results' }));
    expect(focused()).toBe(screen.getByRole('heading', { name: 'Score: 1 / 3 (33%)' }));
    // Restart -> the goal at the top of the rules.
    fireEvent.click(screen.getByRole('button', { name: 'Restart challenge' }));
    expect(focused()).toBe(document.querySelector('.sf-q-goal'));
    // Skip, and Submit on the last question -> the next heading, then the score.
    start();
    fireEvent.click(screen.getByRole('button', { name: 'Skip question' }));
    expect(focused()).toBe(screen.getByRole('heading', { name: 'Question 2 of 3' }));
    fireEvent.click(screen.getByRole('button', { name: 'Skip question' }));
    fireEvent.click(screen.getByLabelText('YAML'));
    fireEvent.click(submitButton());
    expect(focused()).toBe(screen.getByRole('heading', { name: 'Score: 1 / 3 (33%)' }));
  });

  it('names the badge as the goal before the run, and shows it earned after a reload', () => {
    const { unmount } = render(<ChallengeQuiz quizId="c" questions={[single, truefalse]} badge="Sharp Eye" />);
    expect(document.querySelector('.sf-q-goal')!.textContent).toBe('Goal: answer all 2 questions correctly to earn the badge ★ Sharp Eye.');
    start();
    fireEvent.click(screen.getByLabelText('YAML'));
    fireEvent.click(submitButton());
    fireEvent.click(screen.getByLabelText('True'));
    fireEvent.click(submitButton());
    expect(document.querySelector('.sf-q-results .sf-q-badge')!.textContent).toBe('Badge earned: ★ Sharp Eye');
    unmount();
    render(<ChallengeQuiz quizId="c" questions={[single, truefalse]} badge="Sharp Eye" />);
    expect(document.querySelector('.sf-q-intro .sf-q-badge')!.textContent).toBe('Badge earned: ★ Sharp Eye');
    expect(document.querySelector('.sf-q-record')!.textContent).toBe('Best so far: 2 / 2 correct.');
  });

  it('nests its own headings below the quiz heading: one level, no repeated "Challenge"', () => {
    render(<ChallengeQuiz quizId="c" questions={[single]} badge="Sharp Eye" />);
    start();
    const headings = () => [...document.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((h) => `${h.tagName} ${h.textContent}`);
    expect(headings()).toEqual(['H4 Question 1 of 1']);
    fireEvent.click(screen.getByLabelText('YAML'));
    fireEvent.click(submitButton());
    expect(headings()).toEqual(['H4 Score: 1 / 1 (100%)']);
  });
});

describe('ChallengeQuiz: a link to one of its questions', () => {
  afterEach(() => {
    cleanup();
    history.replaceState(null, '', '/');
  });

  const preview = () => document.querySelector<HTMLElement>('.sf-q-preview');

  it('shows that question read-only before the start, with no answer, hint or solution, and focuses it', () => {
    history.replaceState(null, '', '/basics/page/#c-q-q-tf');
    render(<ChallengeQuiz quizId="c" questions={[single, truefalse]} badge="Sharp Eye" />);
    const heading = screen.getByRole('heading', { name: 'Question 2 of 2 in this challenge' });
    expect(document.activeElement).toBe(heading);
    const region = screen.getByRole('region', { name: 'Question 2 of 2 in this challenge' });
    expect(region.textContent).toContain('This question is part of the challenge: start the challenge to answer it.');
    expect([...region.querySelectorAll('li')].map((li) => li.textContent)).toEqual(['True', 'False']);
    // Nothing to answer, and nothing that gives the answer away.
    expect(region.querySelectorAll('input, button, select, textarea, details')).toHaveLength(0);
    for (const secret of ['Yes.', 'No.', 'A useful hint.', 'First step.', 'Remember this.', 'A classic mistake.']) expect(region.textContent).not.toContain(secret);
    // The run starts as usual, from question 1, and the preview is gone.
    fireEvent.click(screen.getByRole('button', { name: 'Start challenge' }));
    expect(screen.getByRole('heading', { name: 'Question 1 of 2' })).toBeTruthy();
    expect(preview()).toBeNull();
  });

  it('lists choices as the challenge shows them, and opens on a later hashchange too', () => {
    render(<ChallengeQuiz quizId="c" questions={[single, truefalse]} badge="Sharp Eye" />);
    expect(preview()).toBeNull();
    act(() => {
      history.replaceState(null, '', '#c-q-q-single');
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    });
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Question 1 of 2 in this challenge' }));
    expect([...preview()!.querySelectorAll('li')].map((li) => li.textContent)).toEqual(['YAML', 'CSV', 'XML']);
    expect(preview()!.textContent).not.toMatch(/Banks are YAML|CSV cannot nest/);
  });

  it('does not interrupt a run: a link followed mid-run opens nothing and keeps the focus', () => {
    render(<ChallengeQuiz quizId="c" questions={[single, truefalse]} badge="Sharp Eye" />);
    fireEvent.click(screen.getByRole('button', { name: 'Start challenge' }));
    const focused = document.activeElement;
    act(() => {
      history.replaceState(null, '', '#c-q-q-tf');
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    });
    expect(document.activeElement).toBe(focused);
    expect(screen.getByRole('heading', { name: 'Question 1 of 2' })).toBeTruthy();
    // Nor does it surface later, when the reader restarts after the run.
    fireEvent.click(screen.getByRole('button', { name: 'Skip question' }));
    fireEvent.click(screen.getByRole('button', { name: 'Skip question' }));
    fireEvent.click(screen.getByRole('button', { name: 'Restart challenge' }));
    expect(screen.getByRole('button', { name: 'Start challenge' })).toBeTruthy();
    expect(preview()).toBeNull();
  });

  it('ignores a hash that names another quiz or no question of its own', () => {
    for (const hash of ['#q-q-tf', '#other-q-q-tf', '#c', '#c-q-nope']) {
      history.replaceState(null, '', hash);
      const { unmount } = render(<ChallengeQuiz quizId="c" questions={[single, truefalse]} badge="Sharp Eye" />);
      expect(preview(), hash).toBeNull();
      unmount();
    }
  });

  it('gives each question of the no-JS study sheet the anchor search results link to', () => {
    render(<ChallengeQuiz quizId="c" questions={[single, truefalse]} badge="Sharp Eye" />);
    expect([...document.querySelectorAll('.sf-q-study-sheet > li')].map((li) => li.id)).toEqual(['c-q-q-single', 'c-q-q-tf']);
  });
});
