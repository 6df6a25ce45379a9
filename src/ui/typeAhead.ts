/**
 * Keys typed between asking for a label editor (pressing F adds a factor and
 * opens its editor) and the editor being on screen. React Flow draws a new
 * node a few renders later, and a fast typist's first letters would otherwise
 * land on the page and be lost. The shortcuts keep them here; the editor takes
 * them when it opens, as if it had been there all along.
 */

let typed = '';
let confirmed = false;

/** Keeps a key meant for the editor that is opening. Returns whether it was kept. */
export function keepForEditor(e: KeyboardEvent): boolean {
  if (e.ctrlKey || e.metaKey || e.altKey || confirmed) return false;
  if (e.key === 'Enter' && !e.shiftKey) confirmed = typed.length > 0;
  else if (e.key === 'Backspace') typed = typed.slice(0, -1);
  else if ([...e.key].length === 1) typed += e.key;
  else return false;
  return true;
}

/** Whether Enter has followed what was typed ahead: the label is complete, even if its editor never opened. */
export const typedAheadConfirmed = () => confirmed;

/** What was typed ahead, and whether Enter followed it; clears both. */
export function takeTypedAhead(): { text: string; confirmed: boolean } {
  const out = { text: typed, confirmed };
  typed = '';
  confirmed = false;
  return out;
}

/** A new request for an editor starts with nothing typed. */
export const forgetTypedAhead = () => void takeTypedAhead();
