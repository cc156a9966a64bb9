/**
 * `<study-quiz>`: a Studyforge quiz on any page. One ES module defines the element; it fetches a
 * bank file (`src`), picks the questions its attributes ask for, and renders the site's own quiz
 * island into a shadow root, styled with `adoptedStyleSheets` (a `<style>` element there would be
 * blocked by a strict host CSP). Its light-DOM children are the no-JS fallback (and what the host's
 * search indexes): a shadow root without a slot hides them once the element runs.
 */
import { h, render } from 'preact';
import PracticeQuiz, { type PracticeEvent } from '../quiz/ui/PracticeQuiz';
import { selectQuestions } from '../quiz/core/select';
import type { RenderedQuestion } from '../quiz/core/types';
import { BankFormatError, readBank, type LoadedBank } from './bank-json';
import { EMBED_ATTRIBUTES, EmbedOptionError, readOptions, type EmbedOptions } from './options';
import { shadowCss } from './shadow-styles';
import { EMBED_STRINGS } from './strings';
import tokens from '../styles/tokens.css?inline';
import base from '../styles/base.css?inline';
import controls from '../styles/controls.css?inline';
import code from '../styles/code.css?inline';
import codeTokens from 'virtual:studyforge/code-tokens.css?inline';
import quiz from '../quiz/ui/quiz.css?inline';

/** Version of the events' `detail` (documented in docs/EMBEDDING.md). */
export const EVENT_SCHEMA_VERSION = 1;

export type QuizEventName = 'quiz:ready' | 'quiz:answered' | 'quiz:hint' | 'quiz:completed' | 'quiz:progress' | 'quiz:storage' | 'quiz:error';

let sheet: CSSStyleSheet | undefined;
/** One constructed stylesheet shared by every element on the page. */
function styles(): CSSStyleSheet {
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(shadowCss([tokens, base, controls, code, codeTokens, quiz]));
  }
  return sheet;
}

let count = 0;

export class StudyQuizElement extends HTMLElement {
  static observedAttributes = [...EMBED_ATTRIBUTES];
  #mount?: HTMLElement;
  #run = 0;
  #bank?: LoadedBank;

  connectedCallback(): void {
    if (!this.shadowRoot) {
      const root = this.attachShadow({ mode: 'open' });
      // Every current browser has constructable stylesheets; a test DOM may not, and gets no styles.
      if ('adoptedStyleSheets' in root && typeof CSSStyleSheet.prototype.replaceSync === 'function') root.adoptedStyleSheets = [styles()];
      this.#mount = document.createElement('div');
      this.#mount.setAttribute('part', 'quiz');
      root.append(this.#mount);
      root.addEventListener('click', submitWithoutNavigation, true);
    }
    void this.#load();
  }

  disconnectedCallback(): void {
    if (this.#mount) render(null, this.#mount);
  }

  attributeChangedCallback(name: string, before: string | null, after: string | null): void {
    // Only changes after the first load; the first `connectedCallback` reads every attribute.
    if (this.#mount && before !== after && this.isConnected) void this.#load();
  }

  #emit(name: QuizEventName, detail: Record<string, unknown>): void {
    this.dispatchEvent(new CustomEvent(name, { bubbles: true, composed: true, detail: { schemaVersion: EVENT_SCHEMA_VERSION, bank: this.#bank?.name, ...detail } }));
  }

  #fail(message: string, code: string): void {
    render(h('p', { class: 'sf-embed-error', role: 'alert', part: 'error' }, message), this.#mount!);
    this.#emit('quiz:error', { code, message });
  }

  async #load(): Promise<void> {
    const run = ++this.#run;
    let options: EmbedOptions;
    try {
      options = readOptions((name) => this.getAttribute(name));
    } catch (error) {
      if (error instanceof EmbedOptionError) return this.#fail(error.message, 'attribute');
      throw error;
    }
    render(h('p', { role: 'status' }, EMBED_STRINGS.loading), this.#mount!);
    const url = new URL(options.src, document.baseURI).href;
    let bank: LoadedBank;
    try {
      bank = await this.#fetchBank(url);
    } catch (error) {
      if (run !== this.#run) return;
      const [code, message] = error instanceof LoadError ? [error.code, error.message] : ['bank-format', EMBED_STRINGS.badBank(url, String((error as Error).message))];
      return this.#fail(message, code);
    }
    if (run !== this.#run) return;
    this.#bank = bank;
    const known = new Set(bank.questions.map((q) => q.id));
    const unknown = options.questions.filter((id) => !known.has(id));
    if (unknown.length) return this.#fail(EMBED_STRINGS.unknownIds(unknown.map((id) => JSON.stringify(id)).join(", "), bank.name), 'unknown-question');
    const questions = selectQuestions(bank.questions, {
      questions: options.questions,
      difficulty: options.difficulty,
      limit: options.limit,
      shuffle: options.shuffle,
      seed: options.seed ?? bank.name,
    });
    if (!questions.length) return this.#fail(EMBED_STRINGS.noQuestions(bank.name), 'no-questions');
    if (options.lang) this.#mount!.lang = options.lang;
    const quizId = `study-quiz-${++count}`;
    const onEvent = (event: PracticeEvent) => this.#onQuizEvent(event);
    const quizNode = options.mode === 'challenge' ? await challenge(quizId, questions, bank.title) : h(PracticeQuiz, { quizId, questions, maxAttempts: options.attempts, storage: options.storage, onEvent });
    if (run !== this.#run) return;
    render(h('section', { class: `sf-quiz sf-quiz-${options.mode}`, 'aria-label': EMBED_STRINGS.quizLabel(bank.title) }, quizNode), this.#mount!);
    this.#emit('quiz:ready', { questions: questions.map((q) => q.id), mode: options.mode });
  }

  async #fetchBank(url: string): Promise<LoadedBank> {
    let response: Response;
    try {
      response = await fetch(url, { credentials: 'omit' });
    } catch {
      throw new LoadError('unreachable', EMBED_STRINGS.unreachable(url));
    }
    if (!response.ok) throw new LoadError('not-found', EMBED_STRINGS.notFound(url, response.status));
    let json: unknown;
    try {
      json = await response.json();
    } catch {
      throw new LoadError('bad-json', EMBED_STRINGS.badJson(url));
    }
    try {
      return readBank(json);
    } catch (error) {
      if (error instanceof BankFormatError) throw new LoadError('bank-format', EMBED_STRINGS.badBank(url, error.message));
      throw error;
    }
  }

  #onQuizEvent(event: PracticeEvent): void {
    switch (event.kind) {
      case 'answered':
        return this.#emit('quiz:answered', { questionId: event.question.id, outcome: { correct: event.correct, attempt: event.attempt, final: event.locked } });
      case 'hint':
        return this.#emit('quiz:hint', { questionId: event.question.id });
      case 'progress':
        return this.#emit('quiz:progress', { answered: event.answered, correct: event.correct, total: event.total });
      case 'completed':
        return this.#emit('quiz:completed', { outcome: { correct: event.correct, total: event.total } });
      case 'storage':
        return this.#emit('quiz:storage', { message: event.problem });
    }
  }
}

/** Challenge mode and its strings, fetched only by an element that asks for it. */
async function challenge(quizId: string, questions: RenderedQuestion[], bankTitle: string) {
  const [{ default: ChallengeQuiz }, { defaultBadgeName }] = await Promise.all([import('../quiz/ui/ChallengeQuiz'), import('../quiz/ui/challenge-strings')]);
  return h(ChallengeQuiz, { quizId, questions, badge: defaultBadgeName(bankTitle) });
}

/**
 * The quiz's forms only ever run their submit handler, never a real submission; a sandboxed iframe
 * without `allow-forms` blocks a native one before its submit event fires, so a Check button would do
 * nothing. The element turns each submit-button click (Enter in a field clicks it too) into the event itself.
 */
function submitWithoutNavigation(event: Event): void {
  const button = (event.target as Element | null)?.closest?.('button[type="submit"]') as HTMLButtonElement | null;
  if (!button?.form || button.disabled) return;
  event.preventDefault();
  button.form.dispatchEvent(new SubmitEvent('submit', { bubbles: true, cancelable: true, submitter: button }));
}

class LoadError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

if (typeof customElements !== 'undefined' && !customElements.get('study-quiz')) customElements.define('study-quiz', StudyQuizElement);
