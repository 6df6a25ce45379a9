import { describe, expect, it } from 'vitest';
import { hyphenPoints, labelSize, textWidth, truncate, wrapText } from './metrics.ts';

describe('textWidth', () => {
  it('scales with the font size and is wider in bold', () => {
    expect(textWidth('Food insecurity', 28)).toBeCloseTo(2 * textWidth('Food insecurity', 14));
    expect(textWidth('Food insecurity', 14, true)).toBeGreaterThan(textWidth('Food insecurity', 14));
  });

  it('measures Welsh, Greek and Cyrillic letters from the table', () => {
    expect(textWidth('ŵ', 10)).toBeCloseTo(textWidth('w', 10), 1);
    expect(textWidth('Здоровье', 10)).toBeGreaterThan(40);
  });
});

describe('wrapText', () => {
  it('breaks at spaces to fit the width', () => {
    const lines = wrapText('Healthy weight across the population', 120, 14);
    expect(lines.length).toBeGreaterThan(1);
    for (const l of lines) expect(textWidth(l, 14)).toBeLessThanOrEqual(120);
    expect(lines.join(' ')).toBe('Healthy weight across the population');
  });

  it('keeps explicit new lines and cuts a word longer than the line', () => {
    expect(wrapText('one\ntwo', 500, 14)).toEqual(['one', 'two']);
    const lines = wrapText('Gwasanaethaucymdeithasolcynhwysfawr', 60, 14);
    expect(lines.length).toBeGreaterThan(2);
    for (const l of lines) expect(textWidth(l, 14)).toBeLessThanOrEqual(60);
    // Cut at syllable-like points where one fits, each marked with a hyphen the word did not have.
    expect(lines.filter((l) => l.endsWith('-')).length).toBeGreaterThan(1);
    expect(lines.map((l) => l.replace(/-$/, '')).join('')).toBe('Gwasanaethaucymdeithasolcynhwysfawr');
  });

  it('hyphenates a word too long for its line between syllables, never inside a sound or next to one letter', () => {
    const lines = wrapText('Conceptualisation', 70, 14);
    expect(lines.map((l) => l.replace(/-$/, '')).join('')).toBe('Conceptualisation');
    expect(lines[0]).toMatch(/-$/);
    for (const l of lines) expect(textWidth(l, 14)).toBeLessThanOrEqual(70);
    const points = (w: string) => hyphenPoints(w).map((i) => `${w.slice(0, i)}-${w.slice(i)}`);
    expect(points('Conceptualisation')).toContain('Con-ceptualisation');
    expect(points('Conceptualisation')).toContain('Conceptualisa-tion');
    expect(points('mother')).not.toContain('mot-her');
    expect(hyphenPoints('abc')).toEqual([]);
    expect(hyphenPoints('A1B2C3D4E5')).toEqual([]);
  });

  it('breaks a long word after its hyphens and slashes before cutting it', () => {
    const lines = wrapText('Indulgence/Compensation cost-of-living', 110, 14);
    expect(lines).toContain('Indulgence/');
    expect(lines).toContain('Compensation');
    for (const l of lines) expect(textWidth(l, 14)).toBeLessThanOrEqual(110);
    expect(lines.join('').replace(/\s/g, '')).toBe('Indulgence/Compensationcost-of-living');
  });

  it('never loops on a character wider than the line', () => {
    expect(wrapText('W', 1, 14)).toEqual(['W']);
  });
});

describe('truncate', () => {
  it('ends cut text with an ellipsis and leaves short text alone', () => {
    expect(truncate('Short', 200, 10)).toBe('Short');
    const cut = truncate('A rather long title that will not fit in the space', 100, 10);
    expect(cut.endsWith('…')).toBe(true);
    expect(textWidth(cut, 10)).toBeLessThanOrEqual(100);
  });
});

describe('labelSize', () => {
  it('keeps the size when every word fits, and shrinks it so a long unbreakable word fits whole', () => {
    expect(labelSize('Food insecurity', 130, 14)).toBe(14);
    const size = labelSize('Conceptualisation of weight', 110, 14);
    expect(size).toBeLessThan(14);
    expect(wrapText('Conceptualisation of weight', 110, size)).toContain('Conceptualisation');
  });

  it('stops at the smallest size and leaves the cutting to wrapText', () => {
    expect(labelSize('Gwasanaethaucymdeithasolcynhwysfawr', 60, 14)).toBe(10);
  });
});
