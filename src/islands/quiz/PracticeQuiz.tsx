import { useEffect, useState } from 'preact/hooks';
import { check, initialPractice, reset, respond, showHint, type PracticeState } from '../../quiz/attempts';
import { emptyResponse, isAnswered } from '../../quiz/grading';
import type { QuestionProgress } from '../../quiz/progress-store';
import type { RenderedQuestion } from '../../quiz/types';
import { PracticeQuestion } from './PracticeQuestion';
import { progressText, STRINGS } from './strings';
import { useProgressStore } from './useProgressStore';

interface Props {
  quizId: string;
  questions: RenderedQuestion[];
  maxAttempts: number;
}

const fromSaved = (saved: QuestionProgress): PracticeState => ({
  response: saved.response,
  attemptsUsed: saved.attemptsUsed,
  status: saved.status,
  hintShown: saved.hintShown,
  lastCheck: saved.status === 'open' ? undefined : { correct: saved.status === 'correct', response: saved.response },
});

/** Practice mode: every question on the page, each checked on its own with limited attempts. */
export default function PracticeQuiz({ quizId, questions, maxAttempts }: Props) {
  const [states, setStates] = useState<PracticeState[]>(() => questions.map((q) => initialPractice(emptyResponse(q))));
  const [messages, setMessages] = useState<string[]>(() => questions.map(() => ''));
  const { store, version } = useProgressStore();

  // Restore saved progress after hydration (and whenever another tab saves some).
  useEffect(() => {
    if (!store) return;
    setStates((current) =>
      questions.map((q, i) => {
        const saved = store.getQuestion(q.id);
        return saved && saved.response.type === emptyResponse(q).type ? fromSaved(saved) : current[i]!;
      }),
    );
  }, [store, version]);

  const update = (index: number, next: PracticeState) => {
    setStates((current) => current.map((s, i) => (i === index ? next : s)));
    const question = questions[index]!;
    store?.saveQuestion(question.id, {
      status: next.status,
      attemptsUsed: next.attemptsUsed,
      response: next.response,
      hintShown: next.hintShown,
      updatedAt: Date.now(),
    });
  };
  const say = (index: number, message: string) => setMessages((current) => current.map((m, i) => (i === index ? message : m)));

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
            index={index}
            total={questions.length}
            state={state}
            maxAttempts={maxAttempts}
            uid={`${quizId}-${question.id}`}
            message={messages[index]!}
            announce={(message) => say(index, message)}
            onRespond={(response) => {
              say(index, '');
              update(index, { ...respond(state, response), lastCheck: undefined });
            }}
            onCheck={() =>
              isAnswered(state.response) ? update(index, check(state, question, maxAttempts)) : say(index, STRINGS.emptyAnswer)
            }
            onHint={() => update(index, state.hintShown ? { ...state, hintShown: false } : showHint(state))}
            onReset={() => {
              say(index, '');
              update(index, reset(emptyResponse(question)));
            }}
          />
        );
      })}
    </div>
  );
}
