/**
 * A cheap look at how deeply a JSON text nests before it is parsed. A map
 * nests about six levels; a file of ten thousand nested arrays is an attack or
 * an accident, and parsing or checking it could run out of stack. One pass
 * over the characters, skipping strings, costs far less than the parse.
 */

/** Deeper than this is refused; a real map needs about six levels. */
export const MAX_NESTING = 64;

export interface TooDeep {
  /** Offset of the bracket that went past the limit. */
  offset: number;
  depth: number;
}

export function findTooDeep(text: string, max: number = MAX_NESTING): TooDeep | null {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92 /* \ */) i++;
      else if (c === 34 /* " */) inString = false;
      continue;
    }
    if (c === 34) inString = true;
    else if (c === 123 /* { */ || c === 91 /* [ */) {
      depth++;
      if (depth > max) return { offset: i, depth };
    } else if (c === 125 /* } */ || c === 93 /* ] */) {
      // A stray closing bracket is a syntax error; JSON.parse reports it with its position.
      if (depth > 0) depth--;
    }
  }
  return null;
}

/** The same limit for a value that was already parsed (a stored map, a value from another tool). */
export function nestsDeeperThan(value: unknown, max: number = MAX_NESTING): boolean {
  // An explicit stack rather than recursion, so the check itself cannot overflow.
  const stack: [unknown, number][] = [[value, 1]];
  while (stack.length) {
    const [v, depth] = stack.pop()!;
    if (typeof v !== 'object' || v === null) continue;
    if (depth > max) return true;
    for (const child of Array.isArray(v) ? v : Object.values(v)) stack.push([child, depth + 1]);
  }
  return false;
}
