/** The loader's limits: what a hostile, broken or huge file gets back, and that every problem reads as one short line with a place. */
import { describe, expect, it } from 'vitest';
import { decodeMapBytes } from './decode.ts';
import { findSyntaxError } from './json-syntax.ts';
import { parseMapText, parseMapValue, serialiseMap, type LoadResult, type Problem } from './load.ts';
import { MAX_NESTING } from './nesting.ts';
import { addNode, createMap, moveNodes, newNode } from './operations.ts';
import { clampCoordinate, MAX_COORDINATE } from './positions.ts';
import { MAX_MESSAGE, MAX_QUOTED, MAX_WHERE, quote } from './problem-text.ts';
import type { MapDocument } from './types.ts';

function sampleMap(): MapDocument {
  let doc = createMap({ title: 'Limits' }, '2024-05-01T10:00:00.000Z');
  doc = addNode(newNode('factor', { x: 0, y: 0 }, { id: 'n1', label: 'Bus fares' })).apply(doc);
  doc = addNode(newNode('outcome', { x: 300, y: 0 }, { id: 'n2', label: 'Attendance' })).apply(doc);
  return doc;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a hand-edited file can hold values of any type
function edited(change: (raw: Record<string, any>) => void): string {
  const raw = JSON.parse(serialiseMap(sampleMap()));
  change(raw);
  return JSON.stringify(raw);
}

function problemsOf(result: LoadResult): Problem[] {
  if (result.ok) throw new Error('expected the map to be refused');
  for (const p of result.problems) {
    expect(p.where).not.toBe('');
    expect(p.where.length).toBeLessThanOrEqual(MAX_WHERE);
    expect(p.message.length).toBeLessThanOrEqual(MAX_MESSAGE);
    expect(`${p.where}${p.message}`).not.toMatch(/[\n\r\u2028\u2029]/);
  }
  return result.problems;
}

describe('nesting is bounded before parsing', () => {
  it('refuses ten thousand nested lists as schemaVersion with where they pass the limit', () => {
    const text = `{"schemaVersion": ${'['.repeat(10_000)}${']'.repeat(10_000)}, "nodes": {}}`;
    expect(problemsOf(parseMapText(text))).toEqual([
      { where: `line 1, column ${18 + MAX_NESTING}`, message: `the data nests more than ${MAX_NESTING} levels deep here; a map needs about 6` },
    ]);
  });

  it('does not count brackets inside text', () => {
    const label = `${'['.repeat(300)}{"}`;
    const result = parseMapText(edited((raw) => (raw.nodes.n1.label = label)));
    expect(result.ok && result.doc.nodes.n1?.label).toBe(label);
  });

  it('refuses a deep value that did not come from text', () => {
    let deep: unknown = 1;
    for (let i = 0; i < 10_000; i++) deep = [deep];
    expect(problemsOf(parseMapValue({ schemaVersion: 2, nodes: {}, meta: deep }))[0]?.message).toMatch(/nests more than 64 levels/);
  });
});

describe('quoted values are short and on one line', () => {
  it('refuses a megabyte id and quotes only the start of it', () => {
    const id = `${'x'.repeat(1_000_000)}\nmore`;
    const problems = problemsOf(parseMapText(edited((raw) => (raw.nodes[id] = { ...raw.nodes.n1, id }))));
    expect(problems).toContainEqual({ where: `nodes.${'x'.repeat(MAX_QUOTED - 1)}…`, message: 'this key is not a usable id: an id is 1 to 100 characters' });
  });

  it('shows a newline in a dangling reference as \\n', () => {
    const problems = problemsOf(parseMapText(edited((raw) => (raw.links.l1 = { id: 'l1', source: 'n1', target: 'gone\nreally', polarity: '+', strength: 1, confidence: 'low', delay: false, label: '', evidence: '' }))));
    expect(problems).toEqual([{ where: 'links.l1.target', message: 'refers to node "gone\\nreally", which is not in the map' }]);
  });

  it('cuts a long label in a message with an ellipsis', () => {
    const label = 'A very long label that goes on and on about bus fares and school attendance';
    const problems = problemsOf(parseMapText(edited((raw) => {
      raw.nodes.n1.label = label;
      raw.meta.focalNodeId = 'n1';
    })));
    expect(problems).toEqual([{ where: 'meta.focalNodeId', message: `the focal node ${quote(label)} must be an outcome, not a factor` }]);
    expect(quote(label)).toBe(`"${label.slice(0, MAX_QUOTED - 1)}…"`);
  });

  it('quotes a key with control characters as escapes in the location', () => {
    const problems = problemsOf(parseMapText(edited((raw) => (raw.nodes['a\tb'] = { ...raw.nodes.n1, id: 'other' }))));
    expect(problems[0]?.where).toBe('nodes.a\\tb.id');
  });

  it('does not echo a huge schemaVersion', () => {
    const problems = problemsOf(parseMapText(edited((raw) => (raw.schemaVersion = 'v'.repeat(100_000)))));
    expect(problems).toEqual([{ where: 'schemaVersion', message: `schemaVersion must be a whole number from 1 to 3, found "${'v'.repeat(MAX_QUOTED - 1)}…"` }]);
  });
});

describe('every syntax error has a place', () => {
  it.each([
    ['hello', 'line 1, column 1', "found 'h' where a value should be"],
    ['{"schemaVersion": 2, "nodes": NaN}', 'line 1, column 31', "found 'N' where a value should be"],
    ['{"a": tru}', 'line 1, column 7', "found 't' where a value should be"],
  ])('%s', (text, where, message) => {
    expect(problemsOf(parseMapText(text))).toEqual([{ where, message: `not valid JSON (${message})` }]);
  });

  it.each([[''], ['{"a": '], ['  ']])('the end of a cut-off file: %j', (text) => {
    expect(problemsOf(parseMapText(text))[0]?.where).toBe('end of file');
  });

  it('agrees with JSON.parse on valid texts', () => {
    for (const text of ['{}', '[]', '0', '-1.5e+3', '"a\\u00e9\\n"', '{"a": [1, {"b": null}], "c": true}', ' [ ] ']) {
      expect(() => JSON.parse(text)).not.toThrow();
      expect(findSyntaxError(text)).toBeNull();
    }
  });
});

describe('positions are bounded', () => {
  it('accepts the bound itself and refuses one past it, saying what the bound is', () => {
    expect(parseMapText(edited((raw) => (raw.nodes.n1.position = { x: -MAX_COORDINATE, y: MAX_COORDINATE }))).ok).toBe(true);
    expect(problemsOf(parseMapText(edited((raw) => (raw.nodes.n1.position.y = MAX_COORDINATE + 1))))).toEqual([
      { where: 'nodes.n1.position.y', message: 'a position is at most 1,000,000 from the middle of the canvas' },
    ]);
  });

  it('refuses numbers JSON turns into Infinity, and NaN from a parsed value', () => {
    expect(problemsOf(parseMapText(edited((raw) => (raw.nodes.n1.position.x = 1)).replace('"x":1', '"x":1e999')))[0]?.where).toBe('nodes.n1.position.x');
    const raw = JSON.parse(serialiseMap(sampleMap()));
    raw.nodes.n1.position.x = NaN;
    expect(problemsOf(parseMapValue(raw))[0]?.where).toBe('nodes.n1.position.x');
  });

  it('keeps every moved node inside the bound, so the map can always be saved and reopened', () => {
    expect([clampCoordinate(1e19), clampCoordinate(-Infinity), clampCoordinate(NaN), clampCoordinate(12.6)]).toEqual([MAX_COORDINATE, -MAX_COORDINATE, 0, 13]);
    const moved = moveNodes({ n1: { x: 5e6, y: -1e300 } }).apply(sampleMap());
    expect(moved.nodes.n1?.position).toEqual({ x: MAX_COORDINATE, y: -MAX_COORDINATE });
    expect(parseMapText(serialiseMap(moved)).ok).toBe(true);
  });
});

describe('a version 1 label on version 2 data', () => {
  it('refuses a version 1 file holding experiments instead of dropping them', () => {
    const problems = problemsOf(parseMapText(edited((raw) => {
      raw.schemaVersion = 1;
      raw.experiments = { x1: { id: 'x1' }, x2: { id: 'x2' } };
    })));
    expect(problems).toEqual([{ where: 'experiments', message: expect.stringMatching(/^this file says schemaVersion 1, which has no experiments, but it holds 2 experiments; .*change schemaVersion to 2$/) }]);
  });

  it('still opens a version 1 file with an empty experiments record', () => {
    const result = parseMapText(edited((raw) => (raw.schemaVersion = 1)));
    expect(result.ok && result.migratedFrom).toBe(1);
  });
});

describe('decodeMapBytes reads bytes as the browser does', () => {
  const text = serialiseMap(sampleMap());
  const utf16 = (littleEndian: boolean) => {
    const bytes = new Uint8Array(2 + text.length * 2);
    bytes.set(littleEndian ? [0xff, 0xfe] : [0xfe, 0xff]);
    const view = new DataView(bytes.buffer);
    for (let i = 0; i < text.length; i++) view.setUint16(2 + i * 2, text.charCodeAt(i), littleEndian);
    return bytes;
  };

  it('follows a UTF-16 or UTF-8 byte-order mark and drops it', () => {
    expect(decodeMapBytes(utf16(true))).toBe(text);
    expect(decodeMapBytes(utf16(false))).toBe(text);
    expect(decodeMapBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]))).toBe(text);
  });

  it('reads bytes without a mark as UTF-8, so UTF-16 without one is refused with a place', () => {
    const noMark = utf16(true).subarray(2);
    expect(problemsOf(parseMapText(decodeMapBytes(noMark)))[0]?.message).toMatch(/^not valid JSON/);
    expect(decodeMapBytes(new Uint8Array([0x22, 0xc3, 0x22]))).toBe('"\ufffd"');
  });
});
