import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readPdf, squash } from '../../export/read-back.ts';
import { serialiseMap } from '../../model/load.ts';
import { twoThemeFactorMap, unicodeMap } from '../../export/test-maps.ts';
import { nodeReadFile } from '../node-io.ts';
import { runCli } from '../run.ts';
import { COMMANDS } from './index.ts';
import { createExportCommand, exportCommand } from './export.ts';
import { runCliCollecting } from '../testing.ts';

let dir: string;
let mapPath: string;
const example = join(import.meta.dirname, '../../../examples/healthy-weight-place.json');

async function cli(...argv: string[]) {
  const commands = COMMANDS.some((c) => c.name === 'export') ? COMMANDS : [...COMMANDS, exportCommand];
  return runCliCollecting(argv, commands);
}

const pngSize = (bytes: Uint8Array) => {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return [view.getUint32(16), view.getUint32(20)];
};

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'system-canvas-export-'));
  mapPath = join(dir, 'map.json');
  await writeFile(mapPath, serialiseMap(unicodeMap()));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('export to PDF', () => {
  it('writes a one-page PDF with the labels as text and says what it wrote', async () => {
    const out = join(dir, 'map.pdf');
    const r = await cli('export', mapPath, '--format', 'pdf', '--page', 'a3', '--orientation', 'landscape', '--out', out);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^wrote map\.pdf \(2 pages, \d+ KB\)$/);
    const pdf = await readPdf(new Uint8Array(await readFile(out)));
    expect(pdf.pages[0]).toContain('Ψυχική υγεία');
    expect(pdf.sizes[0]!.width).toBeGreaterThan(pdf.sizes[0]!.height);
  });

  it('tiles a poster with experiments, and takes the format from --out', async () => {
    const out = join(dir, 'poster.pdf');
    const r = await cli('export', example, '--tile', '--scale', '1', '--page', 'a3', '--experiments', '--no-index', '-o', out);
    expect(r.code).toBe(0);
    const pdf = await readPdf(new Uint8Array(await readFile(out)));
    expect(pdf.pages[0]).toContain('Poster assembly key');
    expect(squash(pdf.pages.join(''))).toContain(squash('Fresh veg boxes through community pantries'));
  }, 30_000);

  it('includes private notes only with --private-notes', async () => {
    const plain = join(dir, 'plain.pdf');
    const priv = join(dir, 'private.pdf');
    expect((await cli('export', example, '--notes', '--no-index', '--out', plain)).code).toBe(0);
    expect((await cli('export', example, '--private-notes', '--no-index', '--out', priv)).code).toBe(0);
    const note = squash('Named resident’s story');
    expect(squash((await readPdf(new Uint8Array(await readFile(plain)))).pages.join(''))).not.toContain(note);
    expect(squash((await readPdf(new Uint8Array(await readFile(priv)))).pages.join(''))).toContain(note);
  }, 30_000);

  it('adds loops and key factors with --analysis', async () => {
    const out = join(dir, 'analysis.pdf');
    expect((await cli('export', example, '--analysis', '--no-index', '--out', out)).code).toBe(0);
    const text = (await readPdf(new Uint8Array(await readFile(out)))).pages.join('\n');
    expect(text).toContain('Feedback loops');
    expect(text).toContain('Key factors');
  }, 30_000);
});

describe('export to PNG and SVG', () => {
  it('writes a PNG scale times the SVG size', async () => {
    const svgOut = join(dir, 'map.svg');
    const pngOut = join(dir, 'map.png');
    expect((await cli('export', mapPath, '--format', 'svg', '--out', svgOut)).code).toBe(0);
    const svg = await readFile(svgOut, 'utf8');
    const [, w, h] = /width="(\d+)" height="(\d+)"/.exec(svg)!;
    const r = await cli('export', mapPath, '--format', 'png', '--scale', '4', '--out', pngOut);
    expect(r.code).toBe(0);
    expect(r.out).toContain(`${Number(w) * 4} × ${Number(h) * 4} pixels`);
    expect(pngSize(new Uint8Array(await readFile(pngOut)))).toEqual([Number(w) * 4, Number(h) * 4]);
  });

  it('names the output after the map when --out is left out', async () => {
    const r = await cli('export', mapPath, '--format', 'svg');
    expect(r.code).toBe(0);
    expect((await stat(join(dir, 'map.svg'))).isFile()).toBe(true);
  });

  it('writes through the writer it is given', async () => {
    const written = new Map<string, Uint8Array>();
    const command = createExportCommand(async (path, bytes) => void written.set(path, bytes));
    const path = join(dir, 'themes.json');
    await writeFile(path, serialiseMap(twoThemeFactorMap()));
    const code = await runCli(['export', path, '--out', 'memory.svg'], { out: () => {}, err: () => {}, readFile: nodeReadFile }, [command]);
    expect(code).toBe(0);
    expect(new TextDecoder().decode(written.get('memory.svg'))).toContain('Housing quality (1)');
  });
});

describe('export failures', () => {
  it('exits 1 for a missing file or an invalid map, naming the problem', async () => {
    const missing = await cli('export', join(dir, 'nope.json'), '--out', join(dir, 'x.pdf'));
    expect(missing.code).toBe(1);
    expect(missing.err).toContain('nope.json: file not found');
    const bad = join(dir, 'bad.json');
    await writeFile(bad, '{"schemaVersion": 2, "nodes": 3}');
    const invalid = await cli('export', bad, '--out', join(dir, 'x.pdf'));
    expect(invalid.code).toBe(1);
    expect(invalid.err).toContain('bad.json:');
  });

  it('exits 2 for an unknown option, format, page size, orientation or scale', async () => {
    const cases: [string[], RegExp][] = [
      [['--ouput', 'x.pdf'], /unknown option --ouput/],
      [['--format', 'docx'], /--format must be one of pdf, png, svg, not "docx"/],
      [['--page', 'b5'], /--page must be one of a4, a3, a2, a1, a0, letter, tabloid, not "b5"/],
      [['--orientation', 'sideways'], /--orientation must be one of portrait, landscape/],
      [['--format', 'png', '--scale', '3'], /--scale must be one of 1, 2, 4, not "3"/],
      [['--tile', '--scale', 'big'], /--scale takes a number/],
      [['--scale', '2'], /--scale goes with --tile/],
      [['--format', 'svg', '--scale', '2'], /not SVG/],
      [['--format', 'png', '--experiments'], /--experiments applies to PDF exports only/],
      [['--format', 'svg', '--reflections'], /--reflections applies to PDF exports only/],
      [['--highlight', 'x_nope'], /unknown: x_nope/],
      [['--coverage', '--select', 'n1'], /choose one of/],
    ];
    for (const [args, message] of cases) {
      const r = await cli('export', mapPath, ...args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.err).toMatch(message);
    }
  });

  it('refuses to overwrite the map itself', async () => {
    const r = await cli('export', mapPath, '--out', mapPath);
    expect(r.code).toBe(2);
    expect(r.err).toContain('not overwritten');
  });

  it('exits 1 when the output cannot be written', async () => {
    const r = await cli('export', mapPath, '--out', join(dir, 'no-such-folder', 'x.pdf'));
    expect(r.code).toBe(1);
    expect(r.err).toContain('the folder does not exist');
  });

  it('exits 1 with advice when a poster would need too many pages', async () => {
    const r = await cli('export', example, '--tile', '--scale', '8', '--out', join(dir, 'huge.pdf'));
    expect(r.code).toBe(1);
    expect(r.err).toContain('smaller scale or bigger paper');
  });
});
