import { describe, expect, it } from 'vitest';
import { responseFromFields } from '../../../src/quiz/core/form-response';
import { isShellLanguage } from '../../../src/quiz/core/languages';
import { fillQ, multipleQ, orderQ, outputQ, singleQ, trueFalseQ } from './fixtures';

const radios = (checked: string | null, ids = ['a', 'b', 'c']) => ids.map((value) => ({ value, checked: value === checked }));

describe('responseFromFields: what a reader entered before the island ran', () => {
  it('reads the checked choice of a single or output question', () => {
    expect(responseFromFields(singleQ('s'), radios('b'))).toEqual({ type: 'choice', choice: 'b' });
    expect(responseFromFields(outputQ('o'), radios('a', ['a', 'b']))).toEqual({ type: 'choice', choice: 'a' });
  });

  it('reads every checked box of a multiple-choice question, in the order of the choices', () => {
    const fields = ['d', 'a', 'b', 'c'].map((value) => ({ value, checked: value === 'd' || value === 'a' }));
    expect(responseFromFields(multipleQ('m'), fields)).toEqual({ type: 'choices', choices: ['a', 'd'] });
  });

  it('reads true or false', () => {
    expect(responseFromFields(trueFalseQ('t'), radios('false', ['true', 'false']))).toEqual({ type: 'boolean', value: false });
    expect(responseFromFields(trueFalseQ('t'), radios('true', ['true', 'false']))).toEqual({ type: 'boolean', value: true });
  });

  it('reads typed text as typed', () => {
    expect(responseFromFields(fillQ('f'), [{ value: ' psi ', checked: false }])).toEqual({ type: 'text', text: ' psi ' });
  });

  it('is undefined when nothing was entered, so saved progress is not overwritten', () => {
    expect(responseFromFields(singleQ('s'), radios(null))).toBeUndefined();
    expect(responseFromFields(multipleQ('m'), radios(null, ['a', 'b', 'c', 'd']))).toBeUndefined();
    expect(responseFromFields(trueFalseQ('t'), radios(null, ['true', 'false']))).toBeUndefined();
    expect(responseFromFields(fillQ('f'), [{ value: '', checked: false }])).toBeUndefined();
    expect(responseFromFields(fillQ('f'), [])).toBeUndefined();
    // Steps only move with the island's buttons.
    expect(responseFromFields(orderQ('o'), [])).toBeUndefined();
  });

  it('ignores values that are not options of the question', () => {
    expect(responseFromFields(singleQ('s'), [{ value: 'zzz', checked: true }])).toBeUndefined();
    expect(responseFromFields(trueFalseQ('t'), [{ value: 'maybe', checked: true }])).toBeUndefined();
  });
});

describe('isShellLanguage', () => {
  it('knows shell sessions from programs', () => {
    expect(['bash', 'sh', 'console', 'Shell', 'powershell'].every(isShellLanguage)).toBe(true);
    expect(['python', 'yaml', 'text', undefined].some(isShellLanguage)).toBe(false);
  });
});
