/**
 * Problems quote what the user wrote (ids, labels, keys). A hostile or broken
 * file can hold a megabyte id or a label full of newlines; quoting it whole
 * would freeze the notice that shows it and break the CLI's one-line-per-problem
 * output. So every quoted value is cut short and kept on one line.
 */

/** The most characters of a user's value quoted in a message. */
export const MAX_QUOTED = 60;
/** Safety nets for a whole message and a whole location. */
export const MAX_MESSAGE = 400;
export const MAX_WHERE = 200;

/** Control characters (newlines, tabs, NUL...) and the Unicode line and paragraph separators. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;

/** Shows control characters as escapes (\n, \t, \u0000), so the text stays on one line and nothing is hidden. */
export function oneLine(text: string): string {
  return text.replace(CONTROL, (c) => {
    if (c === '\n') return '\\n';
    if (c === '\r') return '\\r';
    if (c === '\t') return '\\t';
    return `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
  });
}

/** At most max characters, ending in an ellipsis when cut; never splits a surrogate pair. */
export function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = max - 1;
  const code = text.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end--;
  return `${text.slice(0, end)}…`;
}

/** A user's value in double quotes, short and on one line: "n_1", "Bus fares", "aaaa…". */
export function quote(value: unknown): string {
  const text = typeof value === 'string' ? value : String(value);
  return `"${oneLine(shorten(text, MAX_QUOTED))}"`;
}

/** A key as a part of a location: short and on one line, unquoted as the paths have always been. */
export function keyText(key: string): string {
  return oneLine(shorten(key, MAX_QUOTED)) || '""';
}

/** A whole message or location made safe to show, whatever went into it. */
export function tidyText(text: string, max: number): string {
  return shorten(oneLine(text), max);
}

/** Any JSON value in a message, briefly: a number or word as it is, a text quoted, a list or object by its kind. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (typeof value === 'string') return quote(value);
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object' && value !== null) return 'an object';
  return shorten(String(value), MAX_QUOTED);
}
