import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tinyMap, type LinkSpec } from '../../analysis/fixtures.ts';
import { serialiseMap } from '../../model/load.ts';
import type { MapDocument } from '../../model/types.ts';
import { runCliCollecting } from '../testing.ts';

let dir: string;

async function put(name: string, doc: MapDocument | string): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, typeof doc === 'string' ? doc : serialiseMap(doc));
  return path;
}

const cli = (...argv: string[]) => runCliCollecting(argv);

// Food prices → Stress → Comfort eating → Food prices (R), Stress ⇄ Sleep (B, weak),
// and Income feeding in from outside.
function sample(): MapDocument {
  const doc = tinyMap([
    ['prices', 'stress', '+', 3],
    ['stress', 'eating', '+', 3],
    ['eating', 'prices', '+', 1],
    ['stress', 'sleep', '-', 1],
    ['sleep', 'stress', '+', 1],
    ['income', 'stress', '-', 2],
  ]);
  const labels: Record<string, string> = { prices: 'Food prices', stress: 'Stress', eating: 'Comfort eating', sleep: 'Sleep', income: 'Income' };
  for (const [id, label] of Object.entries(labels)) doc.nodes[id]!.label = label;
  return doc;
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'system-canvas-analyse-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('analyse --loops', () => {
  it('lists each loop with its kind, length, strength and chain, shortest first, then a summary', async () => {
    const r = await cli('analyse', await put('sample.json', sample()), '--loops');
    expect(r.code).toBe(0);
    expect(r.err).toBe('');
    expect(r.out.split('\n')).toEqual([
      'kind     links  strength  loop',
      'B            2      0.33  Stress → Sleep → Stress',
      'R            3      0.69  Food prices → Stress → Comfort eating → Food prices',
      '2 loops of up to 6 links: 1 reinforcing (R), 1 balancing (B), 0 unclear; search complete.',
    ]);
  });

  it('looks only as far as --max-length', async () => {
    const r = await cli('analyse', await put('sample.json', sample()), '--loops', '--max-length', '2');
    expect(r.out.split('\n').slice(1)).toEqual([
      'B            2      0.33  Stress → Sleep → Stress',
      '1 loop of up to 2 links: 0 reinforcing (R), 1 balancing (B), 0 unclear; search complete.',
    ]);
  });

  it('shows the first few with --limit and says how many there are', async () => {
    const r = await cli('analyse', await put('sample.json', sample()), '--loops', '--limit', '1');
    expect(r.out).toContain('(showing the first 1 of 2, shortest first)');
    expect(r.out).not.toContain('Comfort eating');
  });

  it('says when the search stopped early', async () => {
    const names = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i'];
    const everyPair = names.flatMap((a) => names.filter((b) => b !== a).map((b): LinkSpec => [a, b]));
    const r = await cli('analyse', await put('dense.json', tinyMap(everyPair)), '--loops', '--max-length', '9', '--limit', '3');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/5000 loops of up to 9 links: .*; search stopped early: stopped after finding 5000 loops/);
  });

  it('finds the loops of the example map', async () => {
    const example = fileURLToPath(new URL('../../../examples/healthy-weight-place.json', import.meta.url));
    const r = await cli('analyse', example, '--loops');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/\d+ loops of up to 6 links: \d+ reinforcing \(R\), \d+ balancing \(B\), \d+ unclear; search complete\.$/);
  });
});

describe('analyse --measures', () => {
  it('prints the key-factors table, most between first', async () => {
    // Counted by hand: Stress lies on the shortest chains of 8 of the 20 ordered pairs
    // (normalised by 4 × 3 = 12), Comfort eating on 3, Food prices on 2.
    const r = await cli('analyse', await put('sample.json', sample()), '--measures');
    expect(r.code).toBe(0);
    expect(r.out.split('\n')).toEqual([
      'label           in  out  weighted in  weighted out  betweenness  role      leverage',
      'Stress           3    2            6             4        0.667  ordinary      0.57',
      'Comfort eating   1    1            3             1        0.250  receiver      0.25',
      'Food prices      1    1            1             3        0.167  driver        1.50',
      'Income           0    1            0             2        0.000  driver        2.00',
      'Sleep            1    1            1             1        0.000  ordinary      0.50',
    ]);
  });

  it('sorts by the column asked for', async () => {
    const r = await cli('analyse', await put('sample.json', sample()), '--measures', '--sort', 'leverage');
    expect(r.out.split('\n').slice(1).map((line) => line.split('  ')[0]!.trim())).toEqual(['Income', 'Food prices', 'Stress', 'Sleep', 'Comfort eating']);
    const byIn = await cli('analyse', await put('sample.json', sample()), '--measures', '--sort', 'weighted-in', '--limit', '1');
    expect(byIn.out.split('\n')[1]).toMatch(/^Stress/);
    expect(byIn.out).toContain('(showing the first 1 of 5)');
  });

  it('prints loops and measures together', async () => {
    const r = await cli('analyse', await put('sample.json', sample()), '--loops', '--measures');
    expect(r.out).toMatch(/search complete\.\n\nlabel/);
  });
});

describe('analyse --json', () => {
  it('prints loops and key factors as JSON', async () => {
    const path = await put('sample.json', sample());
    const r = await cli('analyse', path, '--loops', '--measures', '--json');
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    expect(json.file).toBe(path);
    expect(json.loops).toMatchObject({ maxLength: 6, truncated: false, reason: null, counts: { R: 1, B: 1, unclear: 0, total: 2 } });
    expect(json.loops.loops[0]).toMatchObject({ kind: 'B', length: 2, key: 'l4,l5', nodeIds: ['stress', 'sleep'], chain: 'Stress → Sleep → Stress' });
    expect(json.keyFactors).toHaveLength(5);
    expect(json.keyFactors[0]).toMatchObject({ id: 'stress', inDegree: 3, weightedIn: 6, betweenness: 8, role: 'ordinary' });
  });

  it('leaves out what was not asked for', async () => {
    const json = JSON.parse((await cli('analyse', await put('sample.json', sample()), '--measures', '--json')).out);
    expect(json.loops).toBeUndefined();
  });
});

describe('analyse errors', () => {
  it('exits 1 for a missing file or an invalid map, naming the problem', async () => {
    const missing = await cli('analyse', join(dir, 'nope.json'), '--loops');
    expect(missing.code).toBe(1);
    expect(missing.err).toBe(`${join(dir, 'nope.json')}: file not found`);
    const doc = sample();
    const broken = await put('broken.json', serialiseMap({ ...doc, links: { ...doc.links, l1: { ...doc.links.l1!, target: 'gone' } } }));
    const invalid = await cli('analyse', broken, '--measures');
    expect(invalid.code).toBe(1);
    expect(invalid.err).toBe(`${broken}: links.l1.target: refers to node "gone", which is not in the map`);
    expect(invalid.out).toBe('');
  });

  it('exits 2 when it is not told what to analyse', async () => {
    const r = await cli('analyse', await put('sample.json', sample()));
    expect(r.code).toBe(2);
    expect(r.err).toBe('system-canvas analyse: say what to analyse: --loops, --measures, or both\nRun "system-canvas help analyse" for usage.');
  });

  it('exits 2 for bad option values, before reading the file', async () => {
    const cases: [string[], RegExp][] = [
      [['--loops', '--max-length', '0'], /--max-length takes a whole number from 1 to 20, not "0"/],
      [['--loops', '--max-length', 'six'], /not "six"/],
      [['--loops', '--limit', '-3'], /--limit takes a whole number of at least 1, not "-3"/],
      [['--measures', '--sort', 'size'], /cannot sort by "size"; choose one of betweenness, in, out, weighted-in, weighted-out, leverage, label/],
      [['--loops', '--sort', 'in'], /--sort goes with --measures/],
      [['--measures', '--max-length', '3'], /--max-length goes with --loops/],
    ];
    for (const [options, message] of cases) {
      const r = await cli('analyse', join(dir, 'not-there.json'), ...options);
      expect(r.code, options.join(' ')).toBe(2);
      expect(r.err).toMatch(message);
    }
  });

  it('exits 2 for a missing file argument or more than one', async () => {
    expect((await cli('analyse', '--loops')).code).toBe(2);
    expect((await cli('analyse', 'a.json', 'b.json', '--loops')).code).toBe(2);
  });

  it('is listed in the help, with its options', async () => {
    expect((await cli('help')).out).toMatch(/analyse <file> --loops \| --measures\s+list a map's feedback loops and key factors/);
    const help = await cli('help', 'analyse');
    expect(help.out).toContain('--max-length <links>');
    expect(help.out).toContain('--sort <column>');
  });
});
