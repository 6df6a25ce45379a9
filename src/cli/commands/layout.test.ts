import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countOverlaps, documentPositions } from '../../layout/geometry.ts';
import { readability } from '../../layout/readability.ts';
import { parseMapText } from '../../model/load.ts';
import { runCli } from '../run.ts';
import { runCliCollecting } from '../testing.ts';

const EXAMPLE = new URL('../../../examples/healthy-weight-place.json', import.meta.url).pathname;
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'system-canvas-layout-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const cli = (...argv: string[]) => runCliCollecting(argv);

function load(text: string) {
  const result = parseMapText(text);
  if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('; '));
  return result.doc;
}

describe('layout', () => {
  it.each(['layered', 'clustered', 'radial', 'organic'])('writes the map laid out with %s to --out and reports the result', async (algorithm) => {
    const out = join(dir, `${algorithm}.json`);
    const r = await cli('layout', EXAMPLE, '--algorithm', algorithm, '--out', out);
    expect(r.code).toBe(0);
    expect(r.err).toBe('');
    expect(r.out).toMatch(new RegExp(`^ok {2}${out.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} {2}\\(${algorithm}: 118 nodes placed, 0 overlaps, \\d+ crossings \\(before: \\d+ overlaps, \\d+ crossings\\)\\)$`));
    const doc = load(await readFile(out, 'utf8'));
    const before = load(await readFile(EXAMPLE, 'utf8'));
    expect(countOverlaps(documentPositions(doc))).toBe(0);
    expect({ ...doc, nodes: {} }).toEqual({ ...before, nodes: {} });
    expect(Object.values(doc.nodes).map(({ position: _, ...rest }) => rest)).toEqual(Object.values(before.nodes).map(({ position: _, ...rest }) => rest));
  });

  it('with --report prints the readability of the map as given and as laid out', async () => {
    const out = join(dir, 'report.json');
    const r = await cli('layout', EXAMPLE, '--algorithm', 'clustered', '--out', out, '--report');
    expect(r.code).toBe(0);
    const lines = r.out.split('\n');
    expect(lines[1]).toMatch(/^Readability +as given +after clustered$/);
    const before = readability(load(await readFile(EXAMPLE, 'utf8')));
    const after = readability(load(await readFile(out, 'utf8')));
    const row = (name: string) => lines.find((l) => l.startsWith(name))?.slice(name.length).trim().split(/ {2,}/);
    expect(row('Links drawn through other boxes')).toEqual([String(before.linksThroughBoxes), String(after.linksThroughBoxes)]);
    expect(row('Overlapping boxes')).toEqual([String(before.overlaps), String(after.overlaps)]);
    expect(row('Crossings (links drawn straight)')).toEqual([String(before.crossings), String(after.crossings)]);
    expect(row('Themes forming one region')).toEqual([`${before.contiguousThemes} of ${before.themes}`, `${after.contiguousThemes} of ${after.themes}`]);
    expect(row('Smallest label with the map fitted to 1440 × 900')).toEqual([`${before.smallestLabelPx.toFixed(1)} px`, `${after.smallestLabelPx.toFixed(1)} px`]);
    expect(lines.some((l) => /^Time to route every link .* \d+ ms +\d+ ms$/.test(l))).toBe(true);
  });

  it('without --out prints the report after the summary on standard error, keeping the map alone on standard output', async () => {
    const r = await cli('layout', EXAMPLE, '-a', 'organic', '--report');
    expect(r.code).toBe(0);
    expect(countOverlaps(documentPositions(load(r.out)))).toBe(0);
    expect(r.err.split('\n')[1]).toMatch(/^Readability +as given +after organic$/);
  });

  it('writes the map to standard output and the summary to standard error without --out', async () => {
    const r = await cli('layout', EXAMPLE, '-a', 'radial');
    expect(r.code).toBe(0);
    expect(countOverlaps(documentPositions(load(r.out)))).toBe(0);
    expect(r.err).toMatch(/^radial: 118 nodes placed, 0 overlaps, \d+ crossings/);
  });

  it('uses the layered layout when no algorithm is given', async () => {
    const r = await cli('layout', EXAMPLE);
    expect(r.code).toBe(0);
    expect(r.err).toMatch(/^layered: /);
  });

  it('keeps pinned nodes and lays out only the chosen nodes', async () => {
    const before = load(await readFile(EXAMPLE, 'utf8'));
    const r = await cli('layout', EXAMPLE, '--only', 'n_schools,n_residents,n_stress', '--pin', 'n_stress');
    expect(r.code).toBe(0);
    expect(r.err).toMatch(/^layered: 2 nodes placed, 0 overlaps/);
    const doc = load(r.out);
    for (const [id, node] of Object.entries(before.nodes)) if (id !== 'n_schools' && id !== 'n_residents') expect(doc.nodes[id]!.position).toEqual(node.position);
  });

  it('leaves nodes pinned in the map where they are', async () => {
    const before = load(await readFile(EXAMPLE, 'utf8'));
    const pinnedDoc = { ...before, nodes: { ...before.nodes, n_schools: { ...before.nodes.n_schools!, pinned: true } } };
    const path = join(dir, 'pinned.json');
    const { writeFile } = await import('node:fs/promises');
    await writeFile(path, JSON.stringify(pinnedDoc));
    const r = await cli('layout', path, '-a', 'organic');
    expect(r.code).toBe(0);
    expect(r.err).toMatch(/^organic: 117 nodes placed, 0 overlaps/);
    expect(load(r.out).nodes.n_schools!.position).toEqual(before.nodes.n_schools!.position);
  });

  it('works with an injected reader and writer', async () => {
    const files: Record<string, string> = { 'in.json': await readFile(EXAMPLE, 'utf8') };
    const io = {
      out: () => {},
      err: () => {},
      readFile: async (p: string) => files[p] ?? Promise.reject(Object.assign(new Error('nope'), { code: 'ENOENT' })),
      writeFile: async (p: string, text: string) => {
        files[p] = text;
      },
    };
    expect(await runCli(['layout', 'in.json', '-a', 'organic', '-o', 'out.json'], io)).toBe(0);
    expect(countOverlaps(documentPositions(load(files['out.json']!)))).toBe(0);
  });

  it.each([
    [['layout', EXAMPLE, '--algorithm', 'spiral'], /unknown algorithm "spiral"; choose layered, clustered, radial, organic, tidy, elk-layered/],
    [['layout'], /missing <file> argument/],
    [['layout', EXAMPLE, 'second.json'], /too many arguments/],
    [['layout', EXAMPLE, '--algorithm'], /option --algorithm needs a value/],
    [['layout', EXAMPLE, '--pin', ','], /--pin needs at least one node id/],
    [['layout', EXAMPLE, '--out='], /--out needs a file name/],
    [['layout', EXAMPLE, '--force'], /unknown option --force/],
  ])('%j is a usage error', async (argv, message) => {
    const r = await cli(...argv);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(message);
    expect(r.err).toMatch(/help layout/);
    expect(r.out).toBe('');
  });

  it('fails with 1 and a plain message for a missing file, a broken map, an unknown node or an unwritable --out', async () => {
    const missing = await cli('layout', join(dir, 'nope.json'));
    expect([missing.code, missing.err]).toEqual([1, `${join(dir, 'nope.json')}: file not found`]);

    const brokenPath = join(dir, 'broken.json');
    const { writeFile } = await import('node:fs/promises');
    await writeFile(brokenPath, '{ "schemaVersion": 2, oops }');
    const broken = await cli('layout', brokenPath);
    expect(broken.code).toBe(1);
    expect(broken.err).toMatch(/not valid JSON/);

    const unknown = await cli('layout', EXAMPLE, '--pin', 'n_nobody');
    expect([unknown.code, unknown.err]).toEqual([1, `${EXAMPLE}: no node with id "n_nobody" in this map`]);

    const unwritable = await cli('layout', EXAMPLE, '--out', join(dir, 'no-folder', 'out.json'));
    expect(unwritable.code).toBe(1);
    expect(unwritable.err).toBe(`${join(dir, 'no-folder', 'out.json')}: cannot write the file: its folder does not exist`);
    expect(unwritable.out).toBe('');
  });

  it('is listed in the help', async () => {
    const r = await cli('help');
    expect(r.out).toMatch(/^ {2}layout <file> \[--algorithm <name>\] \[--out <file>\]/m);
  });
});
