import { describe, expect, it } from 'vitest';
import { challengeQuestionAnchor, challengeQuestionFromHash, questionAnchor } from '../../../src/quiz/core/quiz-id';

describe('anchors of challenge questions', () => {
  const ids = ['drift-1', 'drift-2', 'ünïcode'];

  it('are scoped to their quiz page, so they never clash with a practice anchor', () => {
    expect(challengeQuestionAnchor('quiz-b-challenge-1x', 'drift-1')).toBe('quiz-b-challenge-1x-q-drift-1');
    expect(challengeQuestionAnchor('quiz-b-challenge-1x', 'drift-1')).not.toBe(questionAnchor('drift-1'));
  });

  it('a hash naming one of the quiz questions gives its id, with or without the #', () => {
    expect(challengeQuestionFromHash('#quiz-b-challenge-1x-q-drift-2', 'quiz-b-challenge-1x', ids)).toBe('drift-2');
    expect(challengeQuestionFromHash('quiz-b-challenge-1x-q-drift-1', 'quiz-b-challenge-1x', ids)).toBe('drift-1');
    expect(challengeQuestionFromHash(`#${encodeURIComponent('quiz-b-challenge-1x-q-ünïcode')}`, 'quiz-b-challenge-1x', ids)).toBe('ünïcode');
  });

  it('any other hash names nothing', () => {
    for (const hash of ['', '#', '#quiz-b-challenge-1x', '#q-drift-1', '#quiz-b-challenge-1x-q-drift-3', '#quiz-other-q-drift-1', '#quiz-b-challenge-1x-page-2-q-drift-1', '#%E0%A4%A']) {
      expect(challengeQuestionFromHash(hash, 'quiz-b-challenge-1x', ids), hash).toBeUndefined();
    }
    // Page 2 of the same challenge has anchors of its own.
    expect(challengeQuestionFromHash('#quiz-b-challenge-1x-page-2-q-drift-1', 'quiz-b-challenge-1x-page-2', ids)).toBe('drift-1');
  });
});
