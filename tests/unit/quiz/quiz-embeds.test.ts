import { describe, expect, it } from 'vitest';
import { findQuizTags } from '../../../src/quiz/build/quiz-tags';

describe('findQuizTags', () => {
  it('finds nothing in plain prose', () => {
    expect(findQuizTags('# Drift\n\nSome text about quizzes and questions.\n')).toEqual([]);
  });

  it('reads a <Quiz> with a bank and a mode', () => {
    expect(findQuizTags('<Quiz bank="drift" mode="practice" />')).toEqual([
      { kind: 'Quiz', bank: 'drift', questionIds: [], mode: 'practice', difficulty: undefined, limit: undefined, shuffle: false },
    ]);
  });

  it('reads every supported <Quiz> prop', () => {
    const [embed] = findQuizTags(`<Quiz bank="drift" mode="challenge" questions={["a-1", "b-2", 'c-3']} difficulty="hard" limit={5} shuffle />`);
    expect(embed).toEqual({
      kind: 'Quiz',
      bank: 'drift',
      questionIds: ['a-1', 'b-2', 'c-3'],
      mode: 'challenge',
      difficulty: 'hard',
      limit: 5,
      shuffle: true,
    });
  });

  it('reads the question list as written in the articles (no spaces)', () => {
    const [embed] = findQuizTags('<Quiz bank="ct" mode="practice" questions={["ct-what-is","ct-triggers","ct-level-fill"]} />');
    expect(embed?.questionIds).toEqual(['ct-what-is', 'ct-triggers', 'ct-level-fill']);
  });

  it('reads a question list spread over several lines', () => {
    const body = `<Quiz\n  bank="drift"\n  questions={[\n    "one",\n    "two",\n  ]}\n/>`;
    expect(findQuizTags(body)).toEqual([expect.objectContaining({ bank: 'drift', questionIds: ['one', 'two'] })]);
  });

  it('accepts single quotes and expression strings for string props', () => {
    expect(findQuizTags(`<Quiz bank='drift' mode='challenge' />`)[0]).toMatchObject({ bank: 'drift', mode: 'challenge' });
    expect(findQuizTags(`<Quiz bank={"drift"} mode={ 'challenge' } />`)[0]).toMatchObject({ bank: 'drift', mode: 'challenge' });
    expect(findQuizTags(`<Quiz bank = "drift" />`)[0]).toMatchObject({ bank: 'drift' });
  });

  it('reads a badge name', () => {
    expect(findQuizTags('<Quiz bank="d" mode="challenge" badge="Sharp Eye" />')[0]?.badge).toBe('Sharp Eye');
    expect(findQuizTags(`<Quiz bank="d" badge={"Sharp Eye"} />`)[0]?.badge).toBe('Sharp Eye');
    expect(findQuizTags('<Quiz bank="d" />')[0]?.badge).toBeUndefined();
  });

  it('leaves absent props undefined', () => {
    const [embed] = findQuizTags('<Quiz />');
    expect(embed).toEqual({ kind: 'Quiz', bank: undefined, questionIds: [], mode: undefined, difficulty: undefined, limit: undefined, shuffle: false });
  });

  it('reads an empty bank as an empty string', () => {
    expect(findQuizTags('<Quiz bank="" />')[0]?.bank).toBe('');
  });

  it('reads an empty question list as no ids', () => {
    expect(findQuizTags('<Quiz bank="d" questions={[]} />')[0]?.questionIds).toEqual([]);
  });

  describe('shuffle', () => {
    it('is true as a bare prop anywhere in the tag', () => {
      expect(findQuizTags('<Quiz bank="d" shuffle />')[0]?.shuffle).toBe(true);
      expect(findQuizTags('<Quiz bank="d" shuffle/>')[0]?.shuffle).toBe(true);
      expect(findQuizTags('<Quiz shuffle bank="d" />')[0]?.shuffle).toBe(true);
      expect(findQuizTags('<Quiz bank="d" shuffle>')[0]?.shuffle).toBe(true);
    });

    it('is true for shuffle={true}', () => {
      expect(findQuizTags('<Quiz bank="d" shuffle={true} />')[0]?.shuffle).toBe(true);
      expect(findQuizTags('<Quiz bank="d" shuffle={ true } />')[0]?.shuffle).toBe(true);
    });

    it('is false for shuffle={false} or when absent', () => {
      expect(findQuizTags('<Quiz bank="d" shuffle={false} />')[0]?.shuffle).toBe(false);
      expect(findQuizTags('<Quiz bank="d" />')[0]?.shuffle).toBe(false);
    });

    it('is not fooled by a bank named like the prop', () => {
      expect(findQuizTags('<Quiz bank="shuffle" />')[0]?.shuffle).toBe(false);
    });
  });

  describe('limit', () => {
    it('reads a numeric expression', () => {
      expect(findQuizTags('<Quiz bank="d" limit={3} />')[0]?.limit).toBe(3);
      expect(findQuizTags('<Quiz bank="d" limit={ 12 } />')[0]?.limit).toBe(12);
    });

    it('ignores a limit that is not a whole-number expression', () => {
      expect(findQuizTags('<Quiz bank="d" limit={n} />')[0]?.limit).toBeUndefined();
    });
  });

  describe('<Question>', () => {
    it('reads its id', () => {
      expect(findQuizTags('<Question id="drift-psi-threshold" />')).toEqual([{ kind: 'Question', questionIds: ['drift-psi-threshold'] }]);
      expect(findQuizTags(`<Question id='x-1'/>`)).toEqual([{ kind: 'Question', questionIds: ['x-1'] }]);
      expect(findQuizTags(`<Question id={"x-2"} />`)).toEqual([{ kind: 'Question', questionIds: ['x-2'] }]);
    });

    it('has no ids when the id is missing or empty', () => {
      expect(findQuizTags('<Question />')).toEqual([{ kind: 'Question', questionIds: [] }]);
      expect(findQuizTags('<Question id="" />')).toEqual([{ kind: 'Question', questionIds: [] }]);
    });

    it('does not carry quiz props', () => {
      const [embed] = findQuizTags('<Question id="a" bank="drift" />');
      expect(embed).toEqual({ kind: 'Question', questionIds: ['a'] });
    });
  });

  it('finds every embed, in document order', () => {
    const body = [
      'Intro paragraph.',
      '<Question id="first" />',
      'More text.',
      '<Quiz bank="drift" mode="practice" questions={["a","b"]} />',
      '',
      '<Quiz bank="drift" mode="challenge" />',
      '<Question id="last" />',
    ].join('\n');
    const embeds = findQuizTags(body);
    expect(embeds.map((e) => e.kind)).toEqual(['Question', 'Quiz', 'Quiz', 'Question']);
    expect(embeds[0]?.questionIds).toEqual(['first']);
    expect(embeds[1]).toMatchObject({ mode: 'practice', questionIds: ['a', 'b'] });
    expect(embeds[2]).toMatchObject({ mode: 'challenge', questionIds: [] });
    expect(embeds[3]?.questionIds).toEqual(['last']);
  });

  it('keeps the props of neighbouring tags apart', () => {
    const embeds = findQuizTags('<Quiz bank="one" /><Quiz bank="two" limit={2} />');
    expect(embeds.map((e) => [e.bank, e.limit])).toEqual([
      ['one', undefined],
      ['two', 2],
    ]);
  });

  it('ignores components whose names only start with Quiz or Question', () => {
    expect(findQuizTags('<QuizResults bank="drift" /><QuestionList id="x" />')).toEqual([]);
  });

  it('is case-sensitive about component names', () => {
    expect(findQuizTags('<quiz bank="drift" /><question id="x" />')).toEqual([]);
  });

  it('gives the same result when called twice (no leaked regex state)', () => {
    const body = '<Quiz bank="a" /><Question id="b" />';
    expect(findQuizTags(body)).toEqual(findQuizTags(body));
    expect(findQuizTags(body)).toHaveLength(2);
  });
});
