import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCliCollecting } from '../testing.ts';

const fixture = (path: string) => fileURLToPath(new URL(`../../formats/${path}`, import.meta.url));
let dir: string;

const cli = (...argv: string[]) => runCliCollecting(argv);

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'system-canvas-convert-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('convert', () => {
  it('converts a Kumu backup to a System Canvas map and prints the import report', async () => {
    const out = join(dir, 'club.json');
    const r = await cli('convert', fixture('kumu/fixtures/youth-club-backup.json'), '--to', 'system-canvas', '--out', out);
    expect(r.code).toBe(0);
    expect(r.out).toContain(`ok  ${out}  (5 nodes, 7 links, 4 themes; read from Kumu, written as system-canvas)`);
    expect(r.out).toContain('skipped  4 perspectives (Kumu perspective styles)');
    const v = await cli('validate', out);
    expect(v.code).toBe(0);
    // No temporary file is left beside the result.
    expect((await readdir(dir)).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('writes kumu-csv as two files and reads the pair back', async () => {
    const r = await cli('convert', fixture('mental-modeler/fixtures/town-centre.mmp'), '--to', 'kumu-csv', '--out', join(dir, 'town.csv'));
    expect(r.code).toBe(0);
    expect(await readFile(join(dir, 'town-elements.csv'), 'utf8')).toMatch(/^ID,Label,Type/);
    const back = await cli('convert', join(dir, 'town-elements.csv'), join(dir, 'town-connections.csv'), '--to', 'mental-modeler', '--out', join(dir, 'town.mmp'), '--encoding', 'json');
    expect(back.code).toBe(0);
    expect(back.out).toContain('6 nodes, 7 links, 2 themes');
    expect(JSON.parse(await readFile(join(dir, 'town.mmp'), 'utf8')).concepts).toHaveLength(6);
  });

  it('lets validate read an .xlsx workbook directly', async () => {
    const xlsx = join(dir, 'allotments.xlsx');
    expect((await cli('convert', fixture('mental-modeler/fixtures/allotments.mmp'), '--to', 'kumu-xlsx', '--out', xlsx)).code).toBe(0);
    const v = await cli('validate', xlsx);
    expect(v.out).toBe(`ok  ${xlsx}  (5 nodes, 6 links, 2 themes, schemaVersion 3)`);
  });

  it("prints what the target format could not hold as warnings (Loopy's single strength)", async () => {
    const out = join(dir, 'town.loopy.txt');
    const r = await cli('convert', fixture('mental-modeler/fixtures/town-centre.mmp'), '--to', 'loopy', '--out', out);
    expect(r.code).toBe(0);
    expect(r.err).toContain('warning: 7 link strengths left out: every Loopy link has the same strength');
    expect(await readFile(out, 'utf8')).toMatch(/^https:\/\/ncase\.me\/loopy\/v1\.1\/\?data=/);
  });

  it('lets validate, analyse, export and layout take another tool’s file directly', async () => {
    const mmp = fixture('mental-modeler/fixtures/town-centre.mmp');
    const kumuBackup = fixture('kumu/fixtures/youth-club-backup.json');
    const graphml = join(dir, 'town.graphml');
    expect((await cli('convert', mmp, '--to', 'graphml', '--out', graphml)).code).toBe(0);

    const v = await cli('validate', kumuBackup);
    expect(v.code).toBe(0);
    expect(v.out).toContain('5 nodes, 7 links, 4 themes');

    const loops = await cli('analyse', mmp, '--loops');
    expect(loops.code).toBe(0);
    // A loop is listed from whichever of its nodes has the first id, and imported ids are new each time.
    expect(loops.out).toMatch(/Footfall → Shop openings → Footfall|Shop openings → Footfall → Shop openings/);
    expect(loops.out).toContain('2 loops of up to 6 links: 2 reinforcing (R)');

    const svg = join(dir, 'town.svg');
    const e = await cli('export', graphml, '--out', svg);
    expect(e.code).toBe(0);
    expect(await readFile(svg, 'utf8')).toContain('Footfall');

    const laidOut = join(dir, 'club-laid-out.json');
    const l = await cli('layout', kumuBackup, '--algorithm', 'clustered', '--out', laidOut);
    expect(l.code).toBe(0);
    expect((await cli('validate', laidOut)).code).toBe(0);
    expect(Object.keys(JSON.parse(await readFile(laidOut, 'utf8')).nodes)).toHaveLength(5);
  });

  it('refuses unknown formats and a missing --out as usage errors', async () => {
    expect((await cli('convert', 'x.json', '--to', 'visio', '--out', 'y')).code).toBe(2);
    expect((await cli('convert', 'x.json', '--to', 'kumu-json')).err).toContain('--out is required');
  });

  it('says what is wrong with a file it cannot read and writes nothing', async () => {
    const out = join(dir, 'never.json');
    const r = await cli('convert', fixture('kumu/fixtures/elements.csv'), fixture('mental-modeler/fixtures/allotments.mmp'), '--to', 'kumu-json', '--out', out);
    expect(r.code).toBe(1);
    expect(r.err).toContain('allotments.mmp: two inputs are read only as Kumu CSV files');
    expect((await readdir(dir)).includes('never.json')).toBe(false);
  });
});
