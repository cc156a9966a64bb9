/**
 * Does saved progress still fit its question? Authors rename choices, replace order steps or fix an
 * answer key; progress saved before would then be misgraded (a right answer marked wrong) or shown
 * half (an order question with 2 of 3 steps). Each saved entry carries a fingerprint of the
 * question's answer shape, and an entry whose fingerprint differs is dropped on its own.
 *
 * Pure and deterministic (no DOM): the page and the island compute the same fingerprint.
 */
import { emptyResponse } from './grading';
import type { ProgressStore, QuestionProgress } from './progress-store';
import { hashSeed } from './shuffle';
import type { QuizResponse, RenderedChoice, RenderedQuestion } from './types';

/** Choices and steps by id, so a shuffled copy of a question has the same fingerprint. */
const byId = (items: readonly RenderedChoice[]) =>
  [...items].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)).map((c) => [c.id, c.html]);

/** What saved progress depends on: type, options (ids and text) and the answer key it was graded against. */
function answerShape(q: RenderedQuestion): unknown[] {
  switch (q.type) {
    case 'single':
    case 'output':
      return [q.type, byId(q.choices), q.answer];
    case 'multiple':
      return [q.type, byId(q.choices), [...q.answer].sort()];
    case 'truefalse':
      return [q.type, q.answer];
    case 'order':
      return [q.type, byId(q.steps), q.answer];
    case 'fill':
      return [q.type, q.accept, q.pattern ?? ''];
  }
}

const cache = new WeakMap<RenderedQuestion, string>();

/**
 * A short hash of a question's answer shape. The prompt, hint and solution are left out: editing
 * them does not change what a saved answer means.
 */
export function answerFingerprint(question: RenderedQuestion): string {
  let fingerprint = cache.get(question);
  if (fingerprint === undefined) {
    const shape = JSON.stringify(answerShape(question));
    // Two 32-bit hashes (of the text and of its reverse) make an accidental match negligible.
    const reversed = [...shape].reverse().join('');
    fingerprint = `${hashSeed(shape).toString(36)}-${hashSeed(reversed).toString(36)}`;
    cache.set(question, fingerprint);
  }
  return fingerprint;
}

/** Whether a saved answer can still be shown for this question: every choice and step it names exists. */
export function responseFits(question: RenderedQuestion, response: QuizResponse): boolean {
  if (response.type !== emptyResponse(question).type) return false;
  const ids = new Set('choices' in question ? question.choices.map((c) => c.id) : question.type === 'order' ? question.steps.map((s) => s.id) : []);
  switch (response.type) {
    case 'choice':
      return response.choice === null || ids.has(response.choice);
    case 'choices':
      return new Set(response.choices).size === response.choices.length && response.choices.every((id) => ids.has(id));
    case 'order':
      return response.order.length === ids.size && new Set(response.order).size === ids.size && response.order.every((id) => ids.has(id));
    case 'boolean':
    case 'text':
      return true;
  }
}

/**
 * Whether a saved entry belongs to the question as it is now. Entries saved before fingerprints
 * existed are kept when their answer still fits (they get a fingerprint on their next save).
 */
export function progressFits(question: RenderedQuestion, saved: QuestionProgress): boolean {
  if (saved.fingerprint !== undefined && saved.fingerprint !== answerFingerprint(question)) return false;
  return responseFits(question, saved.response);
}

export interface Restored {
  progress?: QuestionProgress;
  /** True when saved progress existed but no longer fit the question, and was dropped. */
  outdated: boolean;
}

/** Reads a question's saved progress; an entry that no longer fits is removed (and only that one). */
export function restoreProgress(store: ProgressStore, question: RenderedQuestion): Restored {
  const saved = store.getQuestion(question.id);
  if (!saved) return { outdated: false };
  if (progressFits(question, saved)) return { progress: saved, outdated: false };
  store.clearQuestion(question.id);
  return { outdated: true };
}
