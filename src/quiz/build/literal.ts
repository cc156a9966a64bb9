/**
 * Reads the value of an MDX prop expression (`{5}`, `{true}`, `{["a", 'b']}`) without running it:
 * JSON-like literals only (strings in single or double quotes, numbers, true, false, null, and lists
 * of those, a trailing comma allowed). Anything else (a name, a call, a template) is refused, so a
 * build never evaluates an article's code to learn what a quiz shows.
 */
export type Literal = string | number | boolean | null | Literal[];

export function readLiteral(source: string): { ok: true; value: Literal } | { ok: false } {
  let at = 0;
  const space = () => {
    while (at < source.length && /\s/.test(source[at]!)) at++;
  };
  const fail = (): never => {
    throw new SyntaxError();
  };

  const string = (quote: string): string => {
    let text = '';
    at++;
    while (at < source.length && source[at] !== quote) {
      const char = source[at++]!;
      if (char === '\n') fail();
      if (char !== '\\') {
        text += char;
        continue;
      }
      const escaped = source[at++];
      const simple: Record<string, string> = { n: '\n', t: '\t', r: '\r', '\\': '\\', '"': '"', "'": "'", '/': '/' };
      if (escaped !== undefined && escaped in simple) text += simple[escaped];
      else if (escaped === 'u' && /^[0-9a-fA-F]{4}$/.test(source.slice(at, at + 4))) {
        text += String.fromCharCode(parseInt(source.slice(at, at + 4), 16));
        at += 4;
      } else fail();
    }
    if (source[at] !== quote) fail();
    at++;
    return text;
  };

  const value = (): Literal => {
    space();
    const char = source[at];
    if (char === '"' || char === "'") return string(char);
    if (char === '[') {
      at++;
      const items: Literal[] = [];
      space();
      while (source[at] !== ']') {
        items.push(value());
        space();
        if (source[at] === ',') {
          at++;
          space();
        } else if (source[at] !== ']') fail();
      }
      at++;
      return items;
    }
    const number = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(source.slice(at));
    if (number) {
      at += number[0].length;
      return Number(number[0]);
    }
    for (const [word, literal] of [['true', true], ['false', false], ['null', null]] as const) {
      if (source.startsWith(word, at) && !/[\w$]/.test(source[at + word.length] ?? '')) {
        at += word.length;
        return literal;
      }
    }
    return fail();
  };

  try {
    const result = value();
    space();
    return at === source.length ? { ok: true, value: result } : { ok: false };
  } catch {
    return { ok: false };
  }
}
