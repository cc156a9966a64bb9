import { describe, expect, it } from 'vitest';
import { correctPositions, emptyResponse, isAnswered, isCorrect, normalizeText, type AnswerKey } from '../../../src/quiz/core/grading';
import { fillQ, multipleQ, orderQ, outputQ, singleQ, trueFalseQ } from './fixtures';

describe('normalizeText', () => {
  it('lower-cases, trims and collapses inner whitespace', () => {
    expect(normalizeText('  Population   Stability\tIndex\n')).toBe('population stability index');
  });

  it('drops trailing full stops, exclamation marks and semicolons', () => {
    expect(normalizeText('psi.')).toBe('psi');
    expect(normalizeText('psi!!')).toBe('psi');
    expect(normalizeText('psi;')).toBe('psi');
    expect(normalizeText('psi.!;')).toBe('psi');
    expect(normalizeText('psi.   ')).toBe('psi');
  });

  it('keeps punctuation that is not trailing, and trailing punctuation it does not strip', () => {
    expect(normalizeText('a.b')).toBe('a.b');
    expect(normalizeText('.psi')).toBe('.psi');
    expect(normalizeText('psi?')).toBe('psi?');
    expect(normalizeText('f(x)')).toBe('f(x)');
  });

  it('applies NFKC compatibility normalisation', () => {
    // Full-width letters and the "ﬁ" ligature fold to their plain forms.
    expect(normalizeText('ＰＳＩ')).toBe('psi');
    expect(normalizeText('ﬁle')).toBe('file');
  });

  it('reduces pure punctuation or whitespace to the empty string', () => {
    expect(normalizeText('   ')).toBe('');
    expect(normalizeText('...')).toBe('');
    expect(normalizeText('')).toBe('');
  });
});

describe('emptyResponse', () => {
  it('is an unselected choice for single and output questions', () => {
    expect(emptyResponse(singleQ('s'))).toEqual({ type: 'choice', choice: null });
    expect(emptyResponse(outputQ('o'))).toEqual({ type: 'choice', choice: null });
  });

  it('is an empty selection for multiple-choice questions', () => {
    expect(emptyResponse(multipleQ('m'))).toEqual({ type: 'choices', choices: [] });
  });

  it('is an unset boolean for true/false questions', () => {
    expect(emptyResponse(trueFalseQ('t'))).toEqual({ type: 'boolean', value: null });
  });

  it('is the order the steps are shown in for order questions', () => {
    expect(emptyResponse(orderQ('o', ['one', 'two', 'three'], ['three', 'one', 'two']))).toEqual({ type: 'order', order: ['three', 'one', 'two'] });
  });

  it('is empty text for fill questions', () => {
    expect(emptyResponse(fillQ('f'))).toEqual({ type: 'text', text: '' });
  });
});

describe('isAnswered', () => {
  it('choice: only once a choice is picked', () => {
    expect(isAnswered({ type: 'choice', choice: null })).toBe(false);
    expect(isAnswered({ type: 'choice', choice: 'a' })).toBe(true);
  });

  it('choices: only with at least one choice', () => {
    expect(isAnswered({ type: 'choices', choices: [] })).toBe(false);
    expect(isAnswered({ type: 'choices', choices: ['a'] })).toBe(true);
  });

  it('boolean: false counts as an answer, null does not', () => {
    expect(isAnswered({ type: 'boolean', value: null })).toBe(false);
    expect(isAnswered({ type: 'boolean', value: false })).toBe(true);
    expect(isAnswered({ type: 'boolean', value: true })).toBe(true);
  });

  it('order: any non-empty order is an answer', () => {
    expect(isAnswered({ type: 'order', order: ['a', 'b'] })).toBe(true);
    expect(isAnswered({ type: 'order', order: [] })).toBe(false);
  });

  it('text: blank or punctuation-only text is not an answer', () => {
    expect(isAnswered({ type: 'text', text: '' })).toBe(false);
    expect(isAnswered({ type: 'text', text: '   \n\t' })).toBe(false);
    expect(isAnswered({ type: 'text', text: ' . ' })).toBe(false);
    expect(isAnswered({ type: 'text', text: 'x' })).toBe(true);
  });

  it('is false for the empty response of every question type except order', () => {
    for (const q of [singleQ('s'), outputQ('o'), multipleQ('m'), trueFalseQ('t'), fillQ('f')]) {
      expect(isAnswered(emptyResponse(q)), q.type).toBe(false);
    }
    expect(isAnswered(emptyResponse(orderQ('o')))).toBe(true);
  });
});

describe('isCorrect', () => {
  describe('single and output', () => {
    const single: AnswerKey = { type: 'single', answer: 'b' };
    const output: AnswerKey = { type: 'output', answer: 'a' };

    it('accepts exactly the answer choice', () => {
      expect(isCorrect(single, { type: 'choice', choice: 'b' })).toBe(true);
      expect(isCorrect(output, { type: 'choice', choice: 'a' })).toBe(true);
    });

    it('rejects another choice or no choice', () => {
      expect(isCorrect(single, { type: 'choice', choice: 'a' })).toBe(false);
      expect(isCorrect(single, { type: 'choice', choice: null })).toBe(false);
      expect(isCorrect(output, { type: 'choice', choice: 'b' })).toBe(false);
    });

    it('rejects a response of the wrong kind, even if it contains the answer', () => {
      expect(isCorrect(single, { type: 'choices', choices: ['b'] })).toBe(false);
      expect(isCorrect(single, { type: 'text', text: 'b' })).toBe(false);
    });

    it('works with a whole rendered question as the key', () => {
      expect(isCorrect(singleQ('q', 'c'), { type: 'choice', choice: 'c' })).toBe(true);
      expect(isCorrect(singleQ('q', 'c'), { type: 'choice', choice: 'b' })).toBe(false);
    });
  });

  describe('multiple (exact set)', () => {
    const key: AnswerKey = { type: 'multiple', answer: ['a', 'c'] };

    it('accepts the exact set in any order', () => {
      expect(isCorrect(key, { type: 'choices', choices: ['a', 'c'] })).toBe(true);
      expect(isCorrect(key, { type: 'choices', choices: ['c', 'a'] })).toBe(true);
    });

    it('rejects a missing choice', () => {
      expect(isCorrect(key, { type: 'choices', choices: ['a'] })).toBe(false);
    });

    it('rejects an extra choice', () => {
      expect(isCorrect(key, { type: 'choices', choices: ['a', 'b', 'c'] })).toBe(false);
    });

    it('rejects a swapped choice of the same size', () => {
      expect(isCorrect(key, { type: 'choices', choices: ['a', 'b'] })).toBe(false);
    });

    it('rejects a duplicated choice standing in for a missing one', () => {
      expect(isCorrect(key, { type: 'choices', choices: ['a', 'a'] })).toBe(false);
    });

    it('rejects an empty selection and a response of the wrong kind', () => {
      expect(isCorrect(key, { type: 'choices', choices: [] })).toBe(false);
      expect(isCorrect(key, { type: 'choice', choice: 'a' })).toBe(false);
      expect(isCorrect({ type: 'multiple', answer: ['a'] }, { type: 'choice', choice: 'a' })).toBe(false);
    });
  });

  describe('truefalse', () => {
    it('accepts the matching boolean only', () => {
      expect(isCorrect({ type: 'truefalse', answer: true }, { type: 'boolean', value: true })).toBe(true);
      expect(isCorrect({ type: 'truefalse', answer: false }, { type: 'boolean', value: false })).toBe(true);
      expect(isCorrect({ type: 'truefalse', answer: true }, { type: 'boolean', value: false })).toBe(false);
      expect(isCorrect({ type: 'truefalse', answer: false }, { type: 'boolean', value: true })).toBe(false);
    });

    it('does not treat an unset answer as false', () => {
      expect(isCorrect({ type: 'truefalse', answer: false }, { type: 'boolean', value: null })).toBe(false);
    });

    it('rejects a response of the wrong kind', () => {
      expect(isCorrect({ type: 'truefalse', answer: true }, { type: 'text', text: 'true' })).toBe(false);
    });
  });

  describe('order (exact permutation)', () => {
    const key: AnswerKey = { type: 'order', answer: ['one', 'two', 'three'] };

    it('accepts the exact order', () => {
      expect(isCorrect(key, { type: 'order', order: ['one', 'two', 'three'] })).toBe(true);
    });

    it('rejects any other permutation', () => {
      expect(isCorrect(key, { type: 'order', order: ['two', 'one', 'three'] })).toBe(false);
      expect(isCorrect(key, { type: 'order', order: ['three', 'two', 'one'] })).toBe(false);
      expect(isCorrect(key, { type: 'order', order: ['one', 'three', 'two'] })).toBe(false);
    });

    it('rejects a prefix or an order with extra steps', () => {
      expect(isCorrect(key, { type: 'order', order: ['one', 'two'] })).toBe(false);
      expect(isCorrect(key, { type: 'order', order: ['one', 'two', 'three', 'four'] })).toBe(false);
    });

    it('rejects a response of the wrong kind', () => {
      expect(isCorrect(key, { type: 'choices', choices: ['one', 'two', 'three'] })).toBe(false);
    });
  });

  describe('fill', () => {
    const key: AnswerKey = { type: 'fill', accept: ['PSI', 'population stability index'] };
    const text = (t: string) => ({ type: 'text' as const, text: t });

    it('accepts any accepted answer, ignoring case', () => {
      expect(isCorrect(key, text('psi'))).toBe(true);
      expect(isCorrect(key, text('Psi'))).toBe(true);
      expect(isCorrect(key, text('POPULATION STABILITY INDEX'))).toBe(true);
    });

    it('ignores surrounding and repeated whitespace', () => {
      expect(isCorrect(key, text('  psi  '))).toBe(true);
      expect(isCorrect(key, text('population   stability\n index'))).toBe(true);
    });

    it('ignores trailing punctuation', () => {
      expect(isCorrect(key, text('psi.'))).toBe(true);
      expect(isCorrect(key, text('PSI!'))).toBe(true);
      expect(isCorrect(key, text('psi;'))).toBe(true);
    });

    it('normalises the accepted answers too', () => {
      expect(isCorrect({ type: 'fill', accept: ['  Kolmogorov  Smirnov. '] }, text('kolmogorov smirnov'))).toBe(true);
    });

    it('rejects other text, including near misses', () => {
      expect(isCorrect(key, text('ks'))).toBe(false);
      expect(isCorrect(key, text('psi index'))).toBe(false);
      expect(isCorrect(key, text('p s i'))).toBe(false);
      expect(isCorrect(key, text('psi?'))).toBe(false);
    });

    it('rejects blank or punctuation-only text, even with a pattern that matches anything', () => {
      expect(isCorrect(key, text(''))).toBe(false);
      expect(isCorrect(key, text('   '))).toBe(false);
      expect(isCorrect({ type: 'fill', accept: ['x'], pattern: '.*' }, text('  '))).toBe(false);
      expect(isCorrect({ type: 'fill', accept: ['x'], pattern: '.*' }, text('.'))).toBe(false);
    });

    it('rejects a response of the wrong kind', () => {
      expect(isCorrect(key, { type: 'choice', choice: 'psi' })).toBe(false);
    });

    describe('pattern', () => {
      const withPattern: AnswerKey = { type: 'fill', accept: ['0.25'], pattern: '^0?\\.25$' };

      it('accepts text that matches the pattern but no accepted answer', () => {
        expect(isCorrect(withPattern, text('.25'))).toBe(true);
      });

      it('still accepts the listed answers', () => {
        expect(isCorrect(withPattern, text('0.25'))).toBe(true);
      });

      it('matches case-insensitively', () => {
        expect(isCorrect({ type: 'fill', accept: ['x'], pattern: '^kl[- ]divergence$' }, text('KL-Divergence'))).toBe(true);
      });

      it('tests the trimmed text', () => {
        expect(isCorrect(withPattern, text('   .25  '))).toBe(true);
      });

      it('rejects text that matches neither the answers nor the pattern', () => {
        expect(isCorrect(withPattern, text('0.3'))).toBe(false);
        expect(isCorrect(withPattern, text('0.255'))).toBe(false);
      });

      it('treats an invalid regular expression as no pattern, without throwing', () => {
        const broken: AnswerKey = { type: 'fill', accept: ['psi'], pattern: '([unclosed' };
        expect(() => isCorrect(broken, text('anything'))).not.toThrow();
        expect(isCorrect(broken, text('anything'))).toBe(false);
        expect(isCorrect(broken, text('psi'))).toBe(true);
      });

      it('ignores an empty pattern', () => {
        expect(isCorrect({ type: 'fill', accept: ['psi'], pattern: '' }, text('ks'))).toBe(false);
      });
    });
  });
});

describe('correctPositions', () => {
  it('counts steps already in their right place', () => {
    expect(correctPositions(['a', 'b', 'c', 'd'], ['a', 'b', 'c', 'd'])).toBe(4);
    expect(correctPositions(['a', 'b', 'c', 'd'], ['a', 'c', 'b', 'd'])).toBe(2);
    expect(correctPositions(['a', 'b', 'c', 'd'], ['d', 'c', 'b', 'a'])).toBe(0);
  });

  it('handles orders shorter or longer than the answer', () => {
    expect(correctPositions(['a', 'b', 'c'], ['a'])).toBe(1);
    expect(correctPositions(['a', 'b'], ['a', 'b', 'c'])).toBe(2);
    expect(correctPositions(['a'], [])).toBe(0);
  });
});
