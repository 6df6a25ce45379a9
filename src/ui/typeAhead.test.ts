import { afterEach, describe, expect, it } from 'vitest';
import { forgetTypedAhead, keepForEditor, takeTypedAhead } from './typeAhead.ts';

const key = (k: string, extra: Partial<KeyboardEventInit> = {}) => ({ key: k, ctrlKey: false, metaKey: false, altKey: false, shiftKey: false, ...extra }) as KeyboardEvent;

describe('keys typed before the label editor is on screen', () => {
  afterEach(forgetTypedAhead);

  it('keeps letters, spaces and backspaces, and Enter after them', () => {
    for (const k of ['S', 't', 'r', 'x', 'Backspace', ' ', 'é']) expect(keepForEditor(key(k))).toBe(true);
    expect(keepForEditor(key('Enter'))).toBe(true);
    expect(takeTypedAhead()).toEqual({ text: 'Str é', confirmed: true });
    expect(takeTypedAhead()).toEqual({ text: '', confirmed: false });
  });

  it('leaves shortcuts and other keys alone, and keeps nothing after Enter', () => {
    expect(keepForEditor(key('z', { ctrlKey: true }))).toBe(false);
    expect(keepForEditor(key('Escape'))).toBe(false);
    expect(keepForEditor(key('ArrowLeft'))).toBe(false);
    keepForEditor(key('a'));
    keepForEditor(key('Enter'));
    expect(keepForEditor(key('b'))).toBe(false);
    expect(takeTypedAhead()).toEqual({ text: 'a', confirmed: true });
  });

  it('an Enter with nothing typed does not confirm', () => {
    keepForEditor(key('Enter'));
    expect(takeTypedAhead().confirmed).toBe(false);
  });
});
