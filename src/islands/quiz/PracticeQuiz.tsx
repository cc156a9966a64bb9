import { Component } from 'preact';
import { check, initialPractice, reset, respond, showHint, type PracticeState } from '../../quiz/attempts';
import { emptyResponse, isAnswered } from '../../quiz/grading';
import { ProgressStore, type QuestionProgress } from '../../quiz/progress-store';
import { answerFingerprint, restoreProgress } from '../../quiz/saved-progress';
import type { RenderedQuestion } from '../../quiz/types';
import { PracticeQuestion } from './PracticeQuestion';
import { watchOtherTabs } from './progress-sync';
import { progressText, STRINGS } from './strings';

interface Props {
  quizId: string;
  questions: RenderedQuestion[];
  maxAttempts: number;
  /** On a later page of a long quiz: how many questions come before this page, and the quiz's total. */
  offset?: number;
  total?: number;
}

interface State {
  states: PracticeState[];
  messages: string[];
  store?: ProgressStore;
}

const fromSaved = (saved: QuestionProgress): PracticeState => ({
  response: saved.response,
  attemptsUsed: saved.attemptsUsed,
  status: saved.status,
  hintShown: saved.hintShown,
  lastCheck: saved.status === 'open' ? undefined : { correct: saved.status === 'correct', response: saved.response },
});

/**
 * Practice mode: every question on the page, each checked on its own with limited attempts.
 * A class component: it keeps Preact's hooks module off pages that only have practice quizzes.
 */
export default class PracticeQuiz extends Component<Props, State> {
  private unwatch?: () => void;

  constructor(props: Props) {
    super(props);
    this.state = { states: props.questions.map((q) => initialPractice(emptyResponse(q))), messages: props.questions.map(() => '') };
  }

  // Saved progress is restored after hydration, so the server HTML and the first render agree.
  componentDidMount(): void {
    const store = ProgressStore.fromBrowser();
    this.setState({ store }, () => this.restore());
    this.unwatch = watchOtherTabs(store, () => this.restore());
  }

  componentWillUnmount(): void {
    this.unwatch?.();
  }

  private restore(): void {
    const { store } = this.state;
    if (!store) return;
    // Progress that no longer fits an edited question is dropped, and the question says so.
    const restored = this.props.questions.map((q) => restoreProgress(store, q));
    this.setState(({ states, messages }) => ({
      states: restored.map((r, i) => (r.progress ? fromSaved(r.progress) : states[i]!)),
      messages: restored.map((r, i) => (r.outdated ? STRINGS.progressOutdated : messages[i]!)),
    }));
  }

  private update(index: number, next: PracticeState): void {
    this.setState(({ states }) => ({ states: states.map((s, i) => (i === index ? next : s)) }));
    this.state.store?.saveQuestion(this.props.questions[index]!.id, {
      status: next.status,
      attemptsUsed: next.attemptsUsed,
      response: next.response,
      hintShown: next.hintShown,
      updatedAt: Date.now(),
      fingerprint: answerFingerprint(this.props.questions[index]!),
    });
  }

  private say(index: number, message: string): void {
    this.setState(({ messages }) => ({ messages: messages.map((m, i) => (i === index ? message : m)) }));
  }

  render({ quizId, questions, maxAttempts, offset = 0, total = questions.length }: Props, { states, messages, store }: State) {
    const done = states.filter((s) => s.status !== 'open').length;
    const correct = states.filter((s) => s.status === 'correct').length;
    return (
      <div class="quiz-body">
        <p class="quiz-progress js-only">
          <span>
            <span class="visually-hidden">Answered: </span>
            {progressText(done, questions.length)}
          </span>
          <progress max={questions.length} value={done} aria-label="Questions answered" />
          <span>{correct} correct</span>
        </p>
        {store?.notice && (
          <p class="quiz-notice" role="status">
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
              uid={`${quizId}-${question.id}`}
              message={messages[index]!}
              announce={(message) => this.say(index, message)}
              onRespond={(response) => {
                this.say(index, '');
                this.update(index, { ...respond(state, response), lastCheck: undefined });
              }}
              onCheck={() =>
                isAnswered(state.response) ? this.update(index, check(state, question, maxAttempts)) : this.say(index, STRINGS.emptyAnswer)
              }
              onHint={() => this.update(index, state.hintShown ? { ...state, hintShown: false } : showHint(state))}
              onReset={() => {
                this.say(index, '');
                this.update(index, reset(emptyResponse(question)));
              }}
            />
          );
        })}
      </div>
    );
  }
}
