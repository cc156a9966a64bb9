import { Component } from 'preact';
import { check, fromProgress, initialPractice, isLocked, respond, showHint, tally, toProgress, tryAgain, type PracticeState } from '../core/attempts';
import { responseFromFields } from '../core/form-response';
import { emptyResponse, isAnswered } from '../core/grading';
import { ProgressStore } from '../core/progress-store';
import { answerFingerprint, restoreProgress } from '../core/saved-progress';
import type { RenderedQuestion } from '../core/types';
import { PracticeQuestion } from './PracticeQuestion';
import { watchOtherTabs } from './progress-sync';
import { correctCountText, progressText, STRINGS } from './strings';

/** What happened in the quiz, for a host page (the `<study-quiz>` element turns these into DOM events). */
export type PracticeEvent =
  | { kind: 'answered'; question: RenderedQuestion; correct: boolean; attempt: number; locked: boolean }
  | { kind: 'hint'; question: RenderedQuestion }
  | { kind: 'progress'; answered: number; correct: number; total: number }
  | { kind: 'completed'; correct: number; total: number }
  | { kind: 'storage'; problem: string };

interface Props {
  quizId: string;
  questions: RenderedQuestion[];
  maxAttempts: number;
  /** On a later page of a long quiz: how many questions come before this page, and the quiz's total. */
  offset?: number;
  total?: number;
  /** `memory`: keep progress for this page view only (an embed whose host asks for it). */
  storage?: 'local' | 'memory';
  onEvent?: (event: PracticeEvent) => void;
}

interface State {
  states: PracticeState[];
  messages: string[];
  /** Set once the island runs: until then the server-rendered controls are disabled and say so. */
  store?: ProgressStore;
}

/** Where the keyboard goes after an action, so a screen reader keeps its place. */
type FocusTarget = 'verdict' | 'answer';

/**
 * Practice mode: every question on the page, each checked on its own with limited attempts.
 * A class component: it keeps Preact's hooks module off pages that only have practice quizzes.
 */
export default class PracticeQuiz extends Component<Props, State> {
  private unwatch?: () => void;
  private pendingFocus?: { index: number; target: FocusTarget };

  constructor(props: Props) {
    super(props);
    this.state = { states: props.questions.map((q) => initialPractice(emptyResponse(q))), messages: props.questions.map(() => '') };
  }

  // Saved progress is restored after hydration, so the server HTML and the first render agree.
  // What the reader chose before the code arrived is read from the form first, or it would be wiped.
  componentDidMount(): void {
    const store = this.props.storage === 'memory' ? new ProgressStore(null) : ProgressStore.fromBrowser();
    if (store.notice) this.props.onEvent?.({ kind: 'storage', problem: store.notice });
    const early = this.props.questions.map((q) => responseFromFields(q, this.fieldsOf(q)));
    const restored = this.restored(store, this.state);
    const states = restored.states.map((s, i) => (early[i] ? respond(s, early[i]) : s));
    this.setState({ store, states, messages: restored.messages });
    this.unwatch = watchOtherTabs(store, () => this.setState((state) => this.restored(store, state)));
  }

  componentWillUnmount(): void {
    this.unwatch?.();
  }

  componentDidUpdate(): void {
    if (!this.pendingFocus) return;
    const { index, target } = this.pendingFocus;
    this.pendingFocus = undefined;
    const uid = this.uid(this.props.questions[index]!);
    if (target === 'verdict') {
      this.root()?.getElementById(`${uid}-verdict`)?.focus();
    } else {
      // The first control that answers the question: a choice, the text field or a move button.
      const form = this.root()?.getElementById(`${uid}-form`);
      form?.querySelector<HTMLElement>('input:not(:disabled), .sf-q-steps button:not(:disabled)')?.focus();
    }
  }

  /** The document, or the shadow root the quiz is rendered into (the `<study-quiz>` element). */
  private root(): Document | ShadowRoot | undefined {
    const node = this.base as Node | undefined;
    const root = node?.getRootNode();
    return root instanceof Document || root instanceof ShadowRoot ? root : typeof document === 'undefined' ? undefined : document;
  }

  private uid(question: RenderedQuestion): string {
    return `${this.props.quizId}-${question.id}`;
  }

  private fieldsOf(question: RenderedQuestion) {
    const form = this.root()?.getElementById(`${this.uid(question)}-form`);
    const inputs = form ? [...form.querySelectorAll<HTMLInputElement>('input[name]')] : [];
    return inputs.map((input) => ({ value: input.value, checked: input.checked }));
  }

  // Progress that no longer fits an edited question is dropped, and the question says so.
  private restored(store: ProgressStore, { states, messages }: Pick<State, 'states' | 'messages'>): Pick<State, 'states' | 'messages'> {
    const restored = this.props.questions.map((q) => restoreProgress(store, q));
    return {
      states: restored.map((r, i) => (r.progress ? fromProgress(r.progress) : states[i]!)),
      messages: restored.map((r, i) => (r.outdated ? STRINGS.progressOutdated : messages[i]!)),
    };
  }

  private update(index: number, next: PracticeState, focus?: FocusTarget): void {
    if (focus) this.pendingFocus = { index, target: focus };
    this.setState(({ states }) => ({ states: states.map((s, i) => (i === index ? next : s)) }));
    const question = this.props.questions[index]!;
    const store = this.state.store;
    const before = store?.notice;
    store?.saveQuestion(question.id, { ...toProgress(next, Date.now()), fingerprint: answerFingerprint(question) });
    // Storage that fills up mid-quiz: the quiz keeps working in memory, and the host hears of it once.
    if (store?.notice && store.notice !== before) {
      this.props.onEvent?.({ kind: 'storage', problem: store.notice });
      this.forceUpdate();
    }
  }

  /** Tells the host about a check: the outcome, then the quiz's progress, then completion once every question is done. */
  private report(index: number, next: PracticeState): void {
    const { onEvent, questions } = this.props;
    if (!onEvent) return;
    const checked = next.lastCheck;
    if (checked) onEvent({ kind: 'answered', question: questions[index]!, correct: checked.correct, attempt: next.attemptsUsed, locked: isLocked(next) });
    const states = this.state.states.map((s, i) => (i === index ? next : s));
    const { done, correct } = tally(states);
    onEvent({ kind: 'progress', answered: done, correct, total: questions.length });
    if (done === questions.length) onEvent({ kind: 'completed', correct, total: questions.length });
  }

  private say(index: number, message: string): void {
    this.setState(({ messages }) => ({ messages: messages.map((m, i) => (i === index ? message : m)) }));
  }

  render({ questions, maxAttempts, offset = 0, total = questions.length }: Props, { states, messages, store }: State) {
    const { done, correct } = tally(states);
    return (
      <div class="sf-quiz-body">
        <p class="sf-quiz-progress sf-js-only">
          <span>
            <span class="sf-visually-hidden">{STRINGS.answered}</span>
            {progressText(done, questions.length)}
          </span>
          <progress max={questions.length} value={done} aria-label={STRINGS.questionsAnswered} />
          <span>{correctCountText(correct)}</span>
        </p>
        {store?.notice && (
          <p class="sf-quiz-notice" role="status">
            {store.notice}
          </p>
        )}
        {questions.map((question, index) => {
          const state = states[index]!;
          return (
            <PracticeQuestion
              key={question.id}
              question={question}
              index={offset + index}
              total={total}
              state={state}
              maxAttempts={maxAttempts}
              uid={this.uid(question)}
              ready={store !== undefined}
              message={messages[index]!}
              announce={(message) => this.say(index, message)}
              onRespond={(response) => {
                this.say(index, '');
                this.update(index, { ...respond(state, response), lastCheck: undefined });
              }}
              onCheck={() => {
                if (!isAnswered(state.response)) return this.say(index, STRINGS.emptyAnswer);
                this.say(index, '');
                const next = check(state, question, maxAttempts);
                this.update(index, next, 'verdict');
                this.report(index, next);
              }}
              onHint={() => {
                if (!state.hintShown) this.props.onEvent?.({ kind: 'hint', question });
                this.update(index, state.hintShown ? { ...state, hintShown: false } : showHint(state));
              }}
              onTryAgain={() => {
                this.say(index, STRINGS.practiceNotCounted);
                this.update(index, tryAgain(state, emptyResponse(question)), 'answer');
              }}
            />
          );
        })}
      </div>
    );
  }
}
