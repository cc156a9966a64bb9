import { describe, expect, it } from 'vitest';
import { findQuizTags } from '../../../src/quiz/build/quiz-tags';
import { readLiteral } from '../../../src/quiz/build/literal';

const props = (body: string) => findQuizTags(body).map((tag) => tag.props);

describe('findQuizTags (from the MDX syntax tree)', () => {
  it('finds nothing in plain prose', () => {
    expect(findQuizTags('# Drift\n\nSome text about quizzes and questions.\n')).toEqual([]);
  });

  it('reads a <Quiz> with a bank and a mode, and where it is', () => {
    expect(findQuizTags('Intro.\n\n<Quiz bank="drift" mode="practice" />')).toEqual([{ kind: 'Quiz', props: { bank: 'drift', mode: 'practice' }, line: 3, problems: [] }]);
  });

  it('reads every supported <Quiz> prop with its value type', () => {
    const [tag] = findQuizTags(`<Quiz bank="drift" mode="challenge" questions={["a-1", "b-2", 'c-3']} difficulty="hard" limit={5} shuffle pageSize={10} attempts={ 2 } title={"Warm-up"} badge='Sharp Eye' />`);
    expect(tag?.props).toEqual({
      bank: 'drift',
      mode: 'challenge',
      questions: ['a-1', 'b-2', 'c-3'],
      difficulty: 'hard',
      limit: 5,
      shuffle: true,
      pageSize: 10,
      attempts: 2,
      title: 'Warm-up',
      badge: 'Sharp Eye',
    });
    expect(tag?.problems).toEqual([]);
  });

  it('reads a question list spread over several lines, with a trailing comma', () => {
    expect(props(`<Quiz\n  bank="drift"\n  questions={[\n    "one",\n    "two",\n  ]}\n/>`)).toEqual([{ bank: 'drift', questions: ['one', 'two'] }]);
  });

  it('reads shuffle as written: bare, {true}, {false}', () => {
    expect(props('<Quiz bank="d" shuffle />\n\n<Quiz shuffle bank="d" />\n\n<Quiz bank="d" shuffle={true} />\n\n<Quiz bank="d" shuffle={false} />').map((p) => p.shuffle)).toEqual([true, true, true, false]);
    expect(props('<Quiz bank="shuffle" />')[0]).toEqual({ bank: 'shuffle' });
  });

  it('reports an expression it cannot read at build time, naming the prop and the fix', () => {
    const [tag] = findQuizTags('<Quiz bank="d" limit={n} questions={ids.slice(1)} />');
    expect(tag?.props).toEqual({ bank: 'd' });
    expect(tag?.problems).toEqual([
      { where: '<Quiz> limit', message: 'is `{n}`, which cannot be read at build time. Write it as a plain value, e.g. `limit={5}`.' },
      { where: '<Quiz> questions', message: 'is `{ids.slice(1)}`, which cannot be read at build time. Write it as a plain value, e.g. `questions={["first-id", "second-id"]}`.' },
    ]);
  });

  it('reports spread props', () => {
    expect(findQuizTags('<Quiz {...quiz} />')[0]?.problems).toEqual([
      { where: '<Quiz> {...quiz}', message: 'spreads props that cannot be read at build time. Write each prop on the tag, e.g. `<Quiz bank="my-bank" limit={5} />`.' },
    ]);
  });

  it('reads <Question> ids, in text and as flow elements', () => {
    expect(props(`<Question id="drift-psi-threshold" />\n\nText <Question id={"x-2"} /> here.`)).toEqual([{ id: 'drift-psi-threshold' }, { id: 'x-2' }]);
    expect(props('<Question />')).toEqual([{}]);
  });

  it('finds every tag in document order, also inside lists and other components', () => {
    const body = ['Intro.', '<Question id="first" />', '- <Quiz bank="in-list" />', '<Note>\n\n<Quiz bank="nested" mode="challenge" />\n\n</Note>', '<Question id="last" />'].join('\n\n');
    expect(findQuizTags(body).map((t) => [t.kind, t.props.id ?? t.props.bank])).toEqual([
      ['Question', 'first'],
      ['Quiz', 'in-list'],
      ['Quiz', 'nested'],
      ['Question', 'last'],
    ]);
  });

  it('does not count tags in code blocks, inline code or MDX comments', () => {
    const body = ['```mdx', '<Quiz bank="fenced" />', '```', '', 'Write `<Quiz bank="inline" />`.', '', '{/* <Quiz bank="commented" /> */}'].join('\n');
    expect(findQuizTags(body)).toEqual([]);
  });

  it('ignores components whose names only start with Quiz or Question, and is case-sensitive', () => {
    expect(findQuizTags('<QuizResults bank="drift" />\n\n<QuestionList id="x" />\n\n<quiz bank="drift" />')).toEqual([]);
  });

  it('finds nothing in MDX that does not parse (the preflight reports it)', () => {
    expect(findQuizTags('<Quiz bank="d"')).toEqual([]);
  });
});

describe('readLiteral', () => {
  it('reads JSON-like literals', () => {
    expect(readLiteral(' 5 ')).toEqual({ ok: true, value: 5 });
    expect(readLiteral('-1.5e2')).toEqual({ ok: true, value: -150 });
    expect(readLiteral('true')).toEqual({ ok: true, value: true });
    expect(readLiteral('null')).toEqual({ ok: true, value: null });
    expect(readLiteral(`'it\\'s'`)).toEqual({ ok: true, value: "it's" });
    expect(readLiteral('"a\\u0041\\n"')).toEqual({ ok: true, value: 'aA\n' });
    expect(readLiteral('[ "a", [1, false], ]')).toEqual({ ok: true, value: ['a', [1, false]] });
    expect(readLiteral('[]')).toEqual({ ok: true, value: [] });
  });

  it('refuses anything that would need running code', () => {
    for (const source of ['n', 'trueish', '1 + 1', 'f()', '`x`', '{ a: 1 }', '["a" "b"]', '[1,,2]', '"open', '', '5 6', 'Infinity', '0x10']) {
      expect(readLiteral(source), source).toEqual({ ok: false });
    }
  });
});
