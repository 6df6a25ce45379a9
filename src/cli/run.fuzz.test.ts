/**
 * Every CLI command against malformed, hostile and huge map files, through
 * the in-memory io that run.test.ts uses (fast-check, fixed seed so a failure
 * replays; set FUZZ_SEED to try others). For every file: no crash or
 * "unexpected error", each problem on one line that says where; a file that
 * validate accepts must also analyse, lay out (to a file that validates
 * again) and export; a file it refuses is refused the same way by the others.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mapText } from '../model/fuzz/arbitraries.ts';
import { LAYOUT_ALGORITHMS } from '../layout/types.ts';
import { createExportCommand } from './commands/export.ts';
import { COMMANDS } from './commands/index.ts';
import { runCli } from './run.ts';
import type { CliIo } from './types.ts';

const SEED = Number(process.env.FUZZ_SEED ?? 20_240_501);
const FILE = 'm.json';

/** Files in memory, for reading, for layout's writeFile and for export's writer. */
function memory(text: string) {
  const files = new Map<string, string | Uint8Array>([[FILE, text]]);
  const commands = COMMANDS.map((c) =>
    c.name === 'export'
      ? createExportCommand(async (path, bytes) => {
          files.set(path, bytes);
        })
      : c,
  );
  const run = async (...argv: string[]) => {
    const out: string[] = [];
    const err: string[] = [];
    const io: CliIo & { writeFile(path: string, text: string): Promise<void> } = {
      out: (s) => out.push(s),
      err: (s) => err.push(s),
      readFile: async (path) => {
        const f = files.get(path);
        if (typeof f === 'string') return f;
        throw Object.assign(new Error(`no ${path}`), { code: 'ENOENT' });
      },
      writeFile: async (path, t) => {
        files.set(path, t);
      },
    };
    const code = await runCli(argv, io, commands);
    for (const line of err) expectPlainLine(line);
    return { code, out, err };
  };
  return { files, run };
}

/** One problem, one line: where it is, what it is, no stack trace, not endless. */
function expectPlainLine(line: string): void {
  expect(line).not.toMatch(/[\n\r\u2028\u2029]/);
  expect(line).not.toMatch(/unexpected error|Maximum call stack|\bat .*\.(ts|js):\d+/);
  expect(line.length).toBeLessThanOrEqual(800);
  // Problems in the map name the file and a place in it; failures of the command itself name the command.
  expect(line).toMatch(new RegExp(`^(${FILE}: [^:]+: |system-canvas \\w+: )`));
}

const plan = fc.record({
  text: mapText,
  algorithm: fc.constantFrom(...LAYOUT_ALGORITHMS.filter((a) => a !== 'elk-layered')),
  /** Which command re-reads a refused file. */
  other: fc.constantFrom('analyse', 'layout', 'export'),
  /** PDF and PNG are slower: made for a sample of the accepted maps. */
  heavy: fc.integer({ min: 0, max: 11 }),
});

describe('fuzzing every CLI command', () => {
  it('answers every file plainly, and what validate accepts the other commands can use', async () => {
    await fc.assert(
      fc.asyncProperty(plan, async ({ text, algorithm, other, heavy }) => {
        const { files, run } = memory(text);
        const checked = await run('validate', FILE);
        expect([0, 1]).toContain(checked.code);
        if (checked.code === 1) {
          expect(checked.err.length).toBeGreaterThan(0);
          const args = { analyse: ['--loops', '--measures'], layout: ['--out', 'out.json'], export: ['--format', 'svg', '--out', 'm.svg'] }[other];
          const again = await run(other, FILE, ...args);
          expect(again.code).toBe(1);
          expect(again.err).toEqual(checked.err);
          return;
        }

        const analysed = await run('analyse', FILE, '--loops', '--measures');
        expect(analysed).toMatchObject({ code: 0, err: [] });
        for (const line of analysed.out) expect(line).not.toMatch(/[\n\r]/);
        const json = await run('analyse', FILE, '--loops', '--json');
        expect(() => JSON.parse(json.out.join('\n'))).not.toThrow();

        const laid = await run('layout', FILE, '--algorithm', algorithm, '--out', 'out.json');
        expect(laid).toMatchObject({ code: 0, err: [] });
        expect(await run('validate', 'out.json')).toMatchObject({ code: 0, err: [] });

        const svg = await run('export', FILE, '--format', 'svg', '--out', 'm.svg');
        expect(svg).toMatchObject({ code: 0, err: [] });
        const drawn = new TextDecoder().decode(files.get('m.svg') as Uint8Array);
        // User text is text: no element from a label, title or note reaches the picture.
        expect(drawn).not.toMatch(/<(script|img|iframe|foreignObject)\b|<svg onload/i);

        if (heavy === 0) {
          const pdf = await run('export', FILE, '--format', 'pdf', '--analysis', '--experiments', '--notes', '--out', 'm.pdf');
          expect(pdf).toMatchObject({ code: 0, err: [] });
        }
        if (heavy === 1) {
          // A map spread to the edge of the bound is too big for a PNG: refused with what to do, never rendered.
          const png = await run('export', FILE, '--format', 'png', '--scale', '1', '--out', 'm.png');
          if (png.code !== 0) expect(png.err).toEqual([expect.stringMatching(/^system-canvas export: the image would be \d+ × \d+ pixels/)]);
        }
      }),
      { seed: SEED, numRuns: 300, timeout: 20_000 },
    );
  }, 180_000);
});
