import { MAX_ANSWER_LENGTH } from '../core/grading';
import type { QuizResponse, RenderedChoice, RenderedQuestion } from '../core/types';
import { Html } from './Html';
import { positionText, shouldBeStepText, STRINGS } from './strings';

interface Props {
  question: RenderedQuestion;
  response: QuizResponse;
  onChange: (response: QuizResponse) => void;
  /** Inputs are read-only once the question is locked. */
  locked: boolean;
  /** Show which options are right (after the answer is final). */
  reveal: boolean;
  /** True until the island runs: buttons that need it are disabled (choices and text still work). */
  pending?: boolean;
  /** Unique prefix for element ids and radio names on this page. */
  uid: string;
  announce: (message: string) => void;
}

/** Fill-in answers are a few words; grading ignores anything longer, and saved progress stays small. */
const FILL_MAX_LENGTH = MAX_ANSWER_LENGTH;

/** The answer controls for one question: native radios, checkboxes, a text field or an ordered list. */
export function AnswerInput(props: Props) {
  const { question } = props;
  switch (question.type) {
    case 'single':
    case 'output':
    case 'multiple':
      return <ChoiceList {...props} choices={question.choices} multiple={question.type === 'multiple'} answer={question.answer} />;
    case 'truefalse':
      return (
        <ChoiceList
          {...props}
          choices={[
            { id: 'true', html: STRINGS.true },
            { id: 'false', html: STRINGS.false },
          ]}
          multiple={false}
          answer={String(question.answer)}
        />
      );
    case 'order':
      return <OrderList {...props} steps={question.steps} answer={question.answer} />;
    case 'fill':
      return <FillIn {...props} placeholder={question.placeholder} accepted={question.accept[0] ?? ''} />;
  }
}

function selectedIds(response: QuizResponse): string[] {
  if (response.type === 'choice') return response.choice ? [response.choice] : [];
  if (response.type === 'choices') return response.choices;
  if (response.type === 'boolean') return response.value === null ? [] : [String(response.value)];
  return [];
}

/** A choice whose HTML is a block (an output printed as a code box): it cannot sit inside a <label>. */
const isBlockChoice = (html: string) => /^\s*<(pre|div|p|ul|ol|table|figure|blockquote)[\s>]/.test(html);

function ChoiceList(props: Props & { choices: RenderedChoice[]; multiple: boolean; answer: string | string[] }) {
  const { choices, multiple, answer, response, onChange, locked, reveal, uid, question } = props;
  const selected = selectedIds(response);
  const correct = Array.isArray(answer) ? answer : [answer];
  const legend = question.type === 'truefalse' ? STRINGS.trueOrFalse : multiple ? STRINGS.chooseAll : STRINGS.chooseOne;
  const toggle = (id: string, checked: boolean) => {
    if (response.type === 'boolean') onChange({ type: 'boolean', value: id === 'true' });
    else if (multiple) onChange({ type: 'choices', choices: checked ? [...selected, id] : selected.filter((x) => x !== id) });
    else onChange({ type: 'choice', choice: id });
  };
  return (
    <fieldset class="sf-q-choices">
      <legend class="sf-q-legend">{legend}</legend>
      {choices.map((choice) => {
        const id = `${uid}-${choice.id}`;
        const isSelected = selected.includes(choice.id);
        const isRight = correct.includes(choice.id);
        const mark = reveal ? (isRight ? 'right' : isSelected ? 'wrong' : undefined) : undefined;
        const block = isBlockChoice(choice.html);
        const input = (
          <input
            type={multiple ? 'checkbox' : 'radio'}
            id={id}
            name={`${uid}-answer`}
            value={choice.id}
            checked={isSelected}
            disabled={locked}
            aria-labelledby={block ? `${id}-text` : undefined}
            onChange={(event) => toggle(choice.id, (event.currentTarget as HTMLInputElement).checked)}
          />
        );
        const content = (
          <>
            <Html as={block ? 'div' : 'span'} data-search="choice" html={choice.html} />
            {mark === 'right' && <span class="sf-q-mark">{STRINGS.correctMark}</span>}
            {mark === 'wrong' && <span class="sf-q-mark">{STRINGS.yourAnswerMark}</span>}
          </>
        );
        return (
          <div class={`sf-q-choice${block ? ' sf-q-choice-block' : ''}${mark ? ` sf-q-choice-${mark}` : ''}`} part="choice" key={choice.id}>
            {input}
            {block ? (
              // A code box is not phrasing content, so it names the input by aria-labelledby; a
              // click on it still picks the choice, as a click on a label would.
              <div
                class="sf-q-choice-text"
                id={`${id}-text`}
                onClick={() => {
                  if (!locked && window.getSelection()?.isCollapsed !== false) toggle(choice.id, multiple ? !isSelected : true);
                }}
              >
                {content}
              </div>
            ) : (
              <label for={id} class="sf-q-choice-text">
                {content}
              </label>
            )}
          </div>
        );
      })}
    </fieldset>
  );
}

function OrderList(props: Props & { steps: RenderedChoice[]; answer: string[] }) {
  const { steps, response, onChange, locked, reveal, uid, answer, announce, pending } = props;
  const order = response.type === 'order' ? response.order : steps.map((s) => s.id);
  const byId = new Map(steps.map((s) => [s.id, s]));
  const plain = (html: string) => html.replace(/<[^>]*>/g, '');

  const move = (event: Event, index: number, delta: -1 | 1) => {
    const list = (event.currentTarget as HTMLElement).closest('ol');
    const target = index + delta;
    if (target < 0 || target >= order.length) return;
    const next = [...order];
    [next[index], next[target]] = [next[target]!, next[index]!];
    onChange({ type: 'order', order: next });
    announce(positionText(plain(byId.get(order[index]!)?.html ?? ''), target + 1, order.length));
    // Keep focus on the moved step: on the same button, or the other one at either end of the list.
    requestAnimationFrame(() => {
      const item = list?.children[target];
      const atEdge = target === 0 || target === order.length - 1;
      const selector = atEdge ? `button:not([disabled])` : `button[data-dir="${delta}"]`;
      (item?.querySelector(selector) as HTMLButtonElement | null)?.focus();
    });
  };

  return (
    <fieldset class="sf-q-order">
      <legend class="sf-q-legend">{STRINGS.putInOrder}</legend>
      <ol class="sf-q-steps">
        {order.map((id, index) => {
          const step = byId.get(id);
          if (!step) return null;
          const text = plain(step.html);
          const mark = reveal ? (answer[index] === id ? 'right' : 'wrong') : undefined;
          return (
            <li key={id} class={`sf-q-step${mark ? ` sf-q-step-${mark}` : ''}`} id={`${uid}-step-${id}`}>
              <Html as="span" class="sf-q-step-text" data-search="choice" html={step.html} />
              {mark === 'wrong' && <span class="sf-q-mark">{shouldBeStepText(answer.indexOf(id) + 1)}</span>}
              <span class="sf-q-step-buttons sf-js-only">
                <button type="button" data-dir="-1" disabled={pending || locked || index === 0} aria-label={`${STRINGS.moveUp}: ${text}`} onClick={(event) => move(event, index, -1)}>
                  ↑
                </button>
                <button
                  type="button"
                  data-dir="1"
                  disabled={pending || locked || index === order.length - 1}
                  aria-label={`${STRINGS.moveDown}: ${text}`}
                  onClick={(event) => move(event, index, 1)}
                >
                  ↓
                </button>
              </span>
            </li>
          );
        })}
      </ol>
    </fieldset>
  );
}

function FillIn(props: Props & { placeholder?: string; accepted: string }) {
  const { response, onChange, locked, reveal, uid, placeholder, accepted } = props;
  const id = `${uid}-text`;
  return (
    <div class="sf-q-fill">
      <label for={id} class="sf-q-legend">
        {STRINGS.typeAnswer}
      </label>
      <input
        type="text"
        id={id}
        name={`${uid}-answer`}
        class="sf-text-field"
        autocomplete="off"
        spellcheck={false}
        maxLength={FILL_MAX_LENGTH}
        placeholder={placeholder}
        value={response.type === 'text' ? response.text : ''}
        readOnly={locked}
        onInput={(event) => onChange({ type: 'text', text: (event.currentTarget as HTMLInputElement).value })}
      />
      {reveal && (
        <p class="sf-q-mark">
          {STRINGS.acceptedAnswer} {accepted}
        </p>
      )}
    </div>
  );
}
