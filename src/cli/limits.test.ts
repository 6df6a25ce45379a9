/** The CLI against streams, devices, odd encodings and far-flung maps: limits hold before any work, and outputs are replaced whole. */
import { execFileSync } from 'node:child_process';
import { mkdtemp, open, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseMapText, serialiseMap } from '../model/load.ts';
import { addLink, addNode, createMap, newLink, newNode } from '../model/operations.ts';
import type { MapDocument } from '../model/types.ts';
import { writeFileAtomic } from './write-atomic.ts';
import { runCliCollecting } from './testing.ts';

let dir: string;

function spreadMap(far: number): MapDocument {
  let doc = createMap({ title: 'Spread out' });
  doc = addNode(newNode('factor', { x: -far, y: -far }, { id: 'a', label: 'Bus fares' })).apply(doc);
  doc = addNode(newNode('outcome', { x: far, y: far }, { id: 'b', label: 'Attendance' })).apply(doc);
  return addLink(newLink('a', 'b', { id: 'l1' })).apply(doc);
}

const cli = (...argv: string[]) => runCliCollecting(argv);

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'system-canvas-limits-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('reading at most the size limit', () => {
  it('stops reading /dev/zero past the limit, whatever its reported size', async () => {
    const r = await cli('validate', '/dev/zero');
    expect(r).toEqual({ code: 1, out: '', err: '/dev/zero: the file is more than 25.0 MB; maps are at most 25 MB' });
  });

  it('stops reading a pipe past the limit', async () => {
    const fifo = join(dir, 'pipe');
    execFileSync('mkfifo', [fifo]);
    const writer = (async () => {
      const handle = await open(fifo, 'w');
      const chunk = Buffer.alloc(1024 * 1024, 0x20);
      try {
        for (let i = 0; i < 40; i++) await handle.write(chunk);
      } catch {
        // The reader stopped and closed its end: that is the point.
      } finally {
        await handle.close().catch(() => {});
      }
    })();
    const r = await cli('validate', fifo);
    await writer;
    expect(r.err).toBe(`${fifo}: the file is more than 25.0 MB; maps are at most 25 MB`);
  });

  it('reads a UTF-16 file with a byte-order mark, as the browser does', async () => {
    const text = serialiseMap(spreadMap(100));
    const path = join(dir, 'utf16.json');
    await writeFile(path, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    expect((await cli('validate', path)).code).toBe(0);
  });
});

describe('writing through a temporary file', () => {
  it('lays a map out in place: --out may be the input, and nothing is left beside it', async () => {
    const sub = await mkdtemp(join(dir, 'in-place-'));
    const path = join(sub, 'm.json');
    await writeFile(path, serialiseMap(spreadMap(100)));
    const r = await cli('layout', path, '--out', path);
    expect(r.code).toBe(0);
    expect(parseMapText(await readFile(path, 'utf8')).ok).toBe(true);
    expect(await readdir(sub)).toEqual(['m.json']);
  });

  it('leaves the old file whole and no temporary file when the data cannot be written', async () => {
    const sub = await mkdtemp(join(dir, 'failing-'));
    const path = join(sub, 'keep.txt');
    await writeFile(path, 'old');
    // Data that is neither text nor bytes makes the write fail.
    await expect(writeFileAtomic(path, { length: 1 } as unknown as string)).rejects.toThrow();
    expect(await readFile(path, 'utf8')).toBe('old');
    expect(await readdir(sub)).toEqual(['keep.txt']);
  });

  it('still says plainly when the folder does not exist', async () => {
    const r = await cli('layout', join(dir, 'nowhere.json'));
    expect(r.err).toMatch(/file not found/);
    const path = join(dir, 'good.json');
    await writeFile(path, serialiseMap(spreadMap(100)));
    const w = await cli('layout', path, '--out', join(dir, 'no', 'such', 'folder.json'));
    expect(w).toMatchObject({ code: 1, err: `${join(dir, 'no', 'such', 'folder.json')}: cannot write the file: its folder does not exist` });
  });
});

describe('exports of a map spread far apart', () => {
  it('refuses a PNG bigger than a PNG may be before rendering it, and says what to do', async () => {
    const path = join(dir, 'wide.json');
    await writeFile(path, serialiseMap(spreadMap(100_000)));
    const r = await cli('export', path, '--format', 'png', '--out', join(dir, 'wide.png'));
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/^system-canvas export: the image would be \d+ × \d+ pixels, more than the 16,384 a side and 268 million pixels a PNG can have; export an SVG, or a PDF poster \(--tile\)$/);
    expect(await readdir(dir)).not.toContain('wide.png');
  });

  it('suggests a smaller scale when one would fit', async () => {
    const path = join(dir, 'medium.json');
    await writeFile(path, serialiseMap(spreadMap(3_000)));
    const r = await cli('export', path, '--format', 'png', '--scale', '4', '--out', join(dir, 'medium.png'));
    expect(r.err).toMatch(/choose --scale 2$/);
  });

  it('makes a one-page PDF of a map at the edge of the bound', async () => {
    const path = join(dir, 'edge.json');
    await writeFile(path, serialiseMap(spreadMap(1_000_000)));
    const r = await cli('export', path, '--format', 'pdf', '--out', join(dir, 'edge.pdf'));
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
  }, 30_000);

  it('refuses a huge poster without listing millions of pages first', async () => {
    const path = join(dir, 'edge.json');
    const r = await cli('export', path, '--tile', '--scale', '8', '--out', join(dir, 'poster.pdf'));
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/^system-canvas export: At this scale the poster would take \d+ A4 pages/);
  }, 30_000);
});
