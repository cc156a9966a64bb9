import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { ChallengeResult } from '../core/challenge-results';
import { clampMultiplier, DEFAULT_LIMIT_SECONDS, formatClock, TIMER_MULTIPLIERS, type TimerSettings } from '../core/timer';
import type { RenderedQuestion } from '../core/types';
// Imported first on purpose: it keeps the chunk shared with practice in the same module order, so
// the practice island stays byte for byte the same.
import { ChallengeStudySheet } from './ChallengeStudySheet';
import { BadgeName, Goal } from './ChallengeBadge';
import { ChallengePreview } from './ChallengePreview';
import { bestText, CHALLENGE_STRINGS, multiplierText, rulesText } from './challenge-strings';
import { STRINGS } from './strings';

interface Props {
  quizId: string;
  questions: RenderedQuestion[];
  badge: string;
  /** The saved best run and badge, once the store is open. */
  record?: ChallengeResult;
  notice?: string;
  /** The question a link named, previewed above the rules. */
  previewId?: string;
  /** The timer settings shown first: the last run's, so a restart keeps them. */
  settings: TimerSettings;
  /** True when the reader comes back to this screen (a restart): the keyboard goes to the goal line. */
  returning: boolean;
  onStart: (settings: TimerSettings) => void;
}

/** "2:00 easy, 2:30 medium, 3:00 hard" */
const limits = (['easy', 'medium', 'hard'] as const).map((d) => CHALLENGE_STRINGS.limit(formatClock(DEFAULT_LIMIT_SECONDS[d] * 1000), STRINGS.difficulties[d])).join(', ');

/** Before a run: the goal (or the badge earned), the rules, the timer settings and Start; the study sheet without JS. */
export function ChallengeIntro({ quizId, questions, badge, record, notice, previewId, settings: initial, returning, onStart }: Props) {
  const [settings, setSettings] = useState(initial);
  const previewRef = useRef<HTMLHeadingElement>(null);
  const goalRef = useRef<HTMLParagraphElement>(null);
  const previewIndex = previewId === undefined ? -1 : questions.findIndex((q) => q.id === previewId);

  // Back from a run, the keyboard goes to the goal line (on arrival it stays where the reader is).
  useLayoutEffect(() => {
    if (returning) goalRef.current?.focus();
  }, []);

  // A new preview takes the focus on its heading, and its box scrolls to the top (below the header:
  // the page's scroll padding).
  useLayoutEffect(() => {
    const heading = previewRef.current;
    if (!previewId || !heading) return;
    heading.focus({ preventScroll: true });
    heading.parentElement?.scrollIntoView?.({ block: 'start' });
  }, [previewId]);

  return (
    <div class="sf-quiz-body">
      <div class="sf-q-intro sf-js-only">
        {previewIndex >= 0 && (
          <ChallengePreview
            question={questions[previewIndex]!}
            number={previewIndex + 1}
            total={questions.length}
            titleId={`${quizId}-preview-title`}
            titleRef={previewRef}
          />
        )}
        {record?.badgeAt !== undefined ? (
          <p class="sf-q-badge sf-q-goal" tabIndex={-1} ref={goalRef}>
            {CHALLENGE_STRINGS.badgeEarned} <BadgeName name={badge} />
          </p>
        ) : (
          <p class="sf-q-goal" tabIndex={-1} ref={goalRef}>
            <Goal count={questions.length} badge={badge} />
          </p>
        )}
        <p>{rulesText(questions.length, limits)}</p>
        <fieldset class="sf-q-timer-settings">
          <legend>{CHALLENGE_STRINGS.timer}</legend>
          <div class="sf-q-choice">
            <input
              type="checkbox"
              id={`${quizId}-timer-on`}
              checked={settings.enabled}
              onChange={(e) => setSettings({ ...settings, enabled: (e.currentTarget as HTMLInputElement).checked })}
            />
            <label for={`${quizId}-timer-on`}>{CHALLENGE_STRINGS.useTimer}</label>
          </div>
          <label for={`${quizId}-timer-x`}>{CHALLENGE_STRINGS.timeAllowed}</label>{' '}
          <select
            id={`${quizId}-timer-x`}
            value={String(settings.multiplier)}
            disabled={!settings.enabled}
            onChange={(e) => setSettings({ ...settings, multiplier: clampMultiplier(Number((e.currentTarget as HTMLSelectElement).value)) })}
          >
            {TIMER_MULTIPLIERS.map((m) => (
              <option key={m} value={String(m)}>
                {m === 1 ? CHALLENGE_STRINGS.standardTime : multiplierText(m)}
              </option>
            ))}
          </select>
        </fieldset>
        <button type="button" class="sf-q-button sf-q-primary" onClick={() => onStart(settings)}>
          {CHALLENGE_STRINGS.startChallenge}
        </button>
        {record && <p class="sf-q-record">{bestText(record.best.correct, record.best.total)}</p>}
        {notice && <p class="sf-quiz-notice">{notice}</p>}
      </div>
      <ChallengeStudySheet quizId={quizId} questions={questions} />
    </div>
  );
}
