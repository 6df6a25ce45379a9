/**
 * The loader against thousands of malformed, hostile and huge files
 * (fast-check, fixed seed so a failure replays; set FUZZ_SEED to try others).
 * Whatever the input: no exception, and either a map that saves and reloads
 * as itself, or problems that each say what and where on one short line.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeMapBytes } from './decode.ts';
import { mapText, mutatedMap } from './fuzz/arbitraries.ts';
import { findSyntaxError } from './json-syntax.ts';
import { parseMapText, parseMapValue, serialiseMap, type LoadResult } from './load.ts';
import { MAX_MESSAGE, MAX_WHERE } from './problem-text.ts';

const SEED = Number(process.env.FUZZ_SEED ?? 20_240_501);
/** Thousands of cases take seconds, more on a busy machine: a limit against a hang, not a measurement. */
const LIMIT_MS = 60_000;

/** What every result must be: a map that round-trips, or at most 51 short, placed, one-line problems. */
function expectWellFormed(result: LoadResult): void {
  if (result.ok) {
    const again = parseMapText(serialiseMap(result.doc));
    expect(again.ok && again.doc).toEqual(result.doc);
    return;
  }
  expect(result.problems.length).toBeGreaterThan(0);
  expect(result.problems.length).toBeLessThanOrEqual(51);
  for (const p of result.problems) {
    expect(p.where, p.message).not.toBe('');
    expect(p.where.length).toBeLessThanOrEqual(MAX_WHERE);
    expect(p.message.length).toBeLessThanOrEqual(MAX_MESSAGE);
    expect(`${p.where} ${p.message}`).not.toMatch(/[\n\r\u2028\u2029]/);
    // A stack trace or an engine's internals are not plain words.
    expect(p.message).not.toMatch(/\bat .*\.(ts|js):\d+|Maximum call stack|undefined is not|Cannot read prop/);
  }
}

describe('fuzzing the loader', () => {
  it('reads any text without throwing, and answers in plain words with a place', () => {
    fc.assert(
      fc.property(mapText, (text) => expectWellFormed(parseMapText(text))),
      { seed: SEED, numRuns: 1200 },
    );
  }, LIMIT_MS);

  it('reads any parsed value (NaN, Infinity, prototype keys included) the same way', () => {
    fc.assert(
      fc.property(mutatedMap, (raw) => expectWellFormed(parseMapValue(raw))),
      { seed: SEED, numRuns: 600 },
    );
  }, LIMIT_MS);

  it('reads any bytes, decoded as the app and the CLI decode them', () => {
    const bytes = fc.oneof(
      fc.uint8Array({ maxLength: 64 }),
      fc.tuple(fc.constantFrom([0xff, 0xfe], [0xfe, 0xff], [0xef, 0xbb, 0xbf], []), mapText).map(([mark, text]) => {
        const body = mark[0] === 0xff ? Buffer.from(text, 'utf16le') : mark[0] === 0xfe ? Buffer.from(text, 'utf16le').swap16() : Buffer.from(text, 'utf8');
        return new Uint8Array([...mark, ...body]);
      }),
    );
    fc.assert(
      fc.property(bytes, (b) => expectWellFormed(parseMapText(decodeMapBytes(b)))),
      { seed: SEED, numRuns: 300 },
    );
  }, LIMIT_MS);

  it('finds a place for a syntax error exactly when JSON.parse fails', () => {
    const nearlyJson = fc.oneof(
      fc.json({ maxDepth: 3 }),
      fc.tuple(fc.json({ maxDepth: 3 }), fc.nat(), fc.constantFrom('{', '}', '[', ']', ',', ':', '"', '\\', ' ', 'x', '-', '.', 'e', '0', '\u0001', 'u')).map(
        ([json, at, c]) => json.slice(0, at % (json.length + 1)) + c + json.slice(at % (json.length + 1)),
      ),
      fc.string({ maxLength: 12, unit: fc.constantFrom('{', '}', '[', ']', ',', ':', '"', '1', 't', 'rue', ' ', '\\', 'n') }),
    );
    fc.assert(
      fc.property(nearlyJson, (text) => {
        let parses = true;
        try {
          JSON.parse(text);
        } catch {
          parses = false;
        }
        const spot = findSyntaxError(text);
        expect(spot === null).toBe(parses);
        if (spot) expect(spot.offset).toBeLessThanOrEqual(text.length);
      }),
      { seed: SEED, numRuns: 1500 },
    );
  }, LIMIT_MS);
});
