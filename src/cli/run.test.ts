import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serialiseMap } from '../model/load.ts';
import { addLink, addNode, createMap, newLink, newNode } from '../model/operations.ts';
import type { MapDocument } from '../model/types.ts';
import pkg from '../../package.json' with { type: 'json' };
import { runCli } from './run.ts';
import { runCliCollecting } from './testing.ts';

let dir: string;

function sampleMap(): MapDocument {
  let doc = createMap({ title: 'Test map' });
  const school = newNode('actor', { x: 0, y: 0 }, { id: 'n1', label: 'School' });
  const attendance = newNode('factor', { x: 200, y: 0 }, { id: 'n2', label: 'Attendance' });
  const results = newNode('outcome', { x: 400, y: 0 }, { id: 'n3', label: 'Exam results' });
  for (const n of [school, attendance, results]) doc = addNode(n).apply(doc);
  doc = addLink(newLink('n1', 'n2', { id: 'l1' })).apply(doc);
  doc = addLink(newLink('n2', 'n3', { id: 'l2', polarity: '+' })).apply(doc);
  return {
    ...doc,
    meta: { ...doc.meta, focalNodeId: 'n3' },
    clusters: { c1: { id: 'c1', name: 'Learning', colour: '#1a2b3c', description: '' } },
  };
}

async function put(name: string, text: string): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, text);
  return path;
}

const cli = (...argv: string[]) => runCliCollecting(argv);

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'system-canvas-cli-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('validate', () => {
  it('accepts a valid map and prints a summary line', async () => {
    const path = await put('good.json', serialiseMap(sampleMap()));
    const r = await cli('validate', path);
    expect(r.code).toBe(0);
    expect(r.out).toBe(`ok  ${path}  (3 nodes, 2 links, 1 theme, schemaVersion 3)`);
    expect(r.err).toBe('');
  });

  it('reports where a file stops being JSON', async () => {
    const path = await put('broken.json', '{\n  "schemaVersion": 1,\n  oops\n}\n');
    const r = await cli('validate', path);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(new RegExp(`^${escape(path)}: line 3, column 3: not valid JSON`));
  });

  it('names the link whose target is missing', async () => {
    const doc = sampleMap();
    const path = await put('dangling.json', serialiseMap({ ...doc, links: { ...doc.links, l3: newLink('n1', 'gone', { id: 'l3' }) } }));
    const r = await cli('validate', path);
    expect(r.code).toBe(1);
    expect(r.err).toBe(`${path}: links.l3.target: refers to node "gone", which is not in the map`);
  });

  it('tells the user to update for a map from a newer version', async () => {
    const path = await put('future.json', serialiseMap({ ...sampleMap(), schemaVersion: 7 as 3 }));
    const r = await cli('validate', path);
    expect(r.code).toBe(1);
    expect(r.err).toContain(`${path}: schemaVersion: `);
    expect(r.err).toMatch(/Update System Canvas/);
  });

  it('says plainly when a file does not exist', async () => {
    const path = join(dir, 'no-such-map.json');
    const r = await cli('validate', path);
    expect(r.code).toBe(1);
    expect(r.err).toBe(`${path}: file not found`);
    expect(r.err).not.toMatch(/\n\s+at /);
  });

  it('says plainly when given a folder', async () => {
    const r = await cli('validate', dir);
    expect(r.code).toBe(1);
    expect(r.err).toBe(`${dir}: this is a folder, not a map file`);
  });

  it('refuses a file over the size limit before reading it', async () => {
    const path = await put('huge.json', ' '.repeat(26 * 1024 * 1024));
    const r = await cli('validate', path);
    expect(r.code).toBe(1);
    expect(r.err).toBe(`${path}: the file is 26.0 MB; maps are at most 25 MB`);
  });

  it('reads a file that starts with a byte-order mark, as the browser does', async () => {
    const path = await put('bom.json', `\ufeff${serialiseMap(sampleMap())}`);
    expect((await cli('validate', path)).code).toBe(0);
  });

  it('checks every file and fails if any one is bad', async () => {
    const good = await put('one.json', serialiseMap(sampleMap()));
    const bad = await put('two.json', '[]');
    const r = await cli('validate', good, bad);
    expect(r.code).toBe(1);
    expect(r.out).toContain(`ok  ${good}  (`);
    expect(r.err).toContain(`${bad}: top level: not a System Canvas map`);
    expect(r.err).toContain('2 files checked, 1 invalid');
  });

  it('works with an injected reader', async () => {
    const out: string[] = [];
    const files: Record<string, string> = { 'a.json': serialiseMap(sampleMap()) };
    const readFile = async (p: string) => files[p] ?? Promise.reject(Object.assign(new Error('nope'), { code: 'ENOENT' }));
    const code = await runCli(['validate', 'a.json'], { out: (s) => out.push(s), err: () => {}, readFile });
    expect(code).toBe(0);
    expect(out[0]).toMatch(/^ok {2}a\.json {2}\(3 nodes/);
  });
});

describe('usage errors exit with 2', () => {
  it.each([
    [[], /no command given/],
    [['frobnicate'], /unknown command "frobnicate"/],
    [['validate'], /missing <file> argument/],
    [['validate', '--strict', 'x.json'], /unknown option --strict/],
    [['validate', '-q', 'x.json'], /unknown option -q/],
    [['--frob'], /unknown option --frob/],
  ])('%j', async (argv, message) => {
    const r = await cli(...argv);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(message);
    expect(r.out).toBe('');
  });
});

describe('help and version', () => {
  it.each([['help'], ['--help'], ['-h']])('%s lists the commands', async (arg) => {
    const r = await cli(arg);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^Usage: system-canvas <command>/);
    expect(r.out).toMatch(/^ {2}validate <file> \[more files\.\.\.\]/m);
  });

  it('shows help for one command', async () => {
    for (const argv of [['help', 'validate'], ['validate', '--help']]) {
      const r = await cli(...argv);
      expect(r.code).toBe(0);
      expect(r.out).toMatch(/^Usage: system-canvas validate <file>/);
    }
  });

  it('prints the package version', async () => {
    const r = await cli('--version');
    expect(r.code).toBe(0);
    expect(r.out).toBe(pkg.version);
  });
});

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
