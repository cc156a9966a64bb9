import { emptyResponse } from '../core/grading';
import { challengeQuestionAnchor } from '../core/quiz-id';
import type { RenderedQuestion } from '../core/types';
import { AnswerInput } from './AnswerInput';
import { QuestionHeader } from './QuestionHeader';
import { StaticStudySheet } from './Solution';
import { questionOfText } from './strings';

/**
 * Without JavaScript the challenge is a study sheet: every question with its solution, each at the
 * anchor search results link to.
 */
export function ChallengeStudySheet({ quizId, questions }: { quizId: string; questions: RenderedQuestion[] }) {
  return (
    <ol class="sf-q-study-sheet sf-nojs-only">
      {questions.map((question, i) => (
        <li
          key={question.id}
          class="sf-quiz-question"
          id={challengeQuestionAnchor(quizId, question.id)}
          data-question-id={question.id}
          data-difficulty={question.difficulty}
          data-question-type={question.type}
        >
          <QuestionHeader question={question} titleId={`${quizId}-${question.id}-sheet-title`} label={questionOfText(i + 1, questions.length)} />
          <AnswerInput
            question={question}
            response={emptyResponse(question)}
            onChange={() => {}}
            locked={false}
            reveal={false}
            uid={`${quizId}-${question.id}-sheet`}
            announce={() => {}}
          />
          <StaticStudySheet question={question} />
        </li>
      ))}
    </ol>
  );
}
