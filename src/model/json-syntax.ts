/**
 * Where a JSON text first goes wrong, for the syntax errors whose message from
 * the JavaScript engine gives no position (V8 says only `Unexpected token 'h',
 * "...hello..." is not valid JSON`). Run only after JSON.parse has failed, so
 * it may be plain rather than fast; it keeps its own stack, so deep nesting
 * cannot overflow it.
 */
export interface SyntaxSpot {
  offset: number;
  /** Plain words: what was found and what was expected. */
  message: string;
}

const WS = new Set([32, 9, 10, 13]);
const LITERALS = ['true', 'false', 'null'];
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

function describe(text: string, i: number): string {
  if (i >= text.length) return 'the end of the file';
  const c = text.codePointAt(i)!;
  const code = `U+${c.toString(16).toUpperCase().padStart(4, '0')}`;
  if (c < 32 || c === 127) return `a control character (${code})`;
  // Invisible characters (a byte-order mark, a zero-width space) are named by their code, or the message would show nothing.
  if (c !== 32 && /[\p{C}\p{Z}]/u.test(String.fromCodePoint(c))) return `an invisible character (${code})`;
  return `'${String.fromCodePoint(c)}'`;
}

export function findSyntaxError(text: string): SyntaxSpot | null {
  let i = 0;
  // The open containers; justOpened below says whether the innermost one has no entry yet.
  const stack: ('{' | '[')[] = [];
  const skip = () => {
    while (i < text.length && WS.has(text.charCodeAt(i))) i++;
  };
  const fail = (expected: string): SyntaxSpot => ({ offset: i, message: `found ${describe(text, i)} where ${expected} should be` });
  const string = (): SyntaxSpot | null => {
    i++; // opening quote
    while (i < text.length) {
      const c = text.charCodeAt(i);
      if (c === 34) {
        i++;
        return null;
      }
      if (c < 32) return { offset: i, message: `a text value holds ${describe(text, i)}; write it as an escape such as \\n` };
      if (c === 92) {
        const e = text[i + 1];
        if (e === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) return { offset: i, message: 'a \\u escape needs four hex digits' };
          i += 6;
        } else if (e !== undefined && '"\\/bfnrt'.includes(e)) i += 2;
        else return { offset: i, message: 'an unknown escape after a backslash' };
        continue;
      }
      i++;
    }
    return { offset: i, message: 'a text value is not closed with a double quote' };
  };
  /** Reads one value at i; containers are opened and left on the stack. */
  const value = (): SyntaxSpot | null => {
    skip();
    const c = text[i];
    if (c === '{' || c === '[') {
      stack.push(c);
      i++;
      return null;
    }
    if (c === '"') return string();
    for (const word of LITERALS) {
      if (text.startsWith(word, i)) {
        i += word.length;
        return null;
      }
    }
    NUMBER.lastIndex = i;
    if (NUMBER.test(text)) {
      i = NUMBER.lastIndex;
      return null;
    }
    return fail('a value');
  };

  let problem = value();
  if (problem) return problem;
  let justOpened = stack.length > 0;
  while (stack.length) {
    skip();
    const top = stack[stack.length - 1]!;
    const close = top === '{' ? '}' : ']';
    if (text[i] === close) {
      stack.pop();
      i++;
      justOpened = false;
      continue;
    }
    if (!justOpened) {
      if (text[i] !== ',') return fail(`',' or '${close}'`);
      i++;
      skip();
    }
    if (top === '{') {
      if (text[i] !== '"') return fail('a name in double quotes');
      problem = string();
      if (problem) return problem;
      skip();
      if (text[i] !== ':') return fail("':'");
      i++;
    }
    const depth = stack.length;
    problem = value();
    if (problem) return problem;
    justOpened = stack.length > depth;
  }
  skip();
  if (i < text.length) return fail('nothing more');
  return null;
}
