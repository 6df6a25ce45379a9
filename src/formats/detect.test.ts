import { compressToUTF16 } from 'lz-string';
import { describe, expect, it } from 'vitest';
import { serialiseMap } from '../model/load.ts';
import { importFile, READERS } from './detect.ts';
import { WRITERS } from './registry.ts';
import * as csvEdges from './csv-edges/index.ts';
import * as dot from './dot/index.ts';
import * as gexf from './gexf/index.ts';
import * as graphml from './graphml/index.ts';
import * as prsm from './prsm/index.ts';
import { expectOk, fileOf, linkSummary, sampleMap } from './shared/testing.ts';
import type { ExportedFile, FormatId } from './types.ts';

describe('importFile', () => {
  it('opens our own maps as they are', async () => {
    const doc = sampleMap();
    const r = expectOk(await importFile(fileOf('map.json', serialiseMap(doc))));
    expect(r.format).toBe('system-canvas');
    expect(r.doc).toEqual(doc);
    expect(r.report.find((l) => l.what === 'nodes')!.count).toBe(5);
  });

  it('keeps our own loader’s problems for a broken map', async () => {
    const out = await importFile(fileOf('map.json', '{"schemaVersion": 2, "nodes": {}}'));
    expect(out.ok).toBe(false);
    if (!out.ok) {
      expect(out.format).toBe('system-canvas');
      expect(out.problems.length).toBeGreaterThan(0);
    }
  });

  it('recognises every format it writes from the content alone, whatever the file is called', async () => {
    const doc = sampleMap();
    const writers: [FormatId, { write: typeof graphml.write }][] = [
      ['prsm', prsm],
      ['graphml', graphml],
      ['gexf', gexf],
      ['dot', dot],
      ['csv-edges', csvEdges],
    ];
    for (const [format, w] of writers) {
      const file = await w.write(doc, { includePrivateNotes: false });
      const r = expectOk(await importFile(fileOf('download', file.data)));
      expect(r.format).toBe(format);
      expect(linkSummary(r.doc)).toEqual(linkSummary(doc));
    }
  });

  it('reads back what every writer of the registry writes, Kumu and Mental Modeler included', async () => {
    const doc = sampleMap();
    // kumu-csv writes two files (opened together), Loopy is export only.
    for (const writer of WRITERS.filter((w) => w.id !== 'kumu-csv' && w.id !== 'loopy')) {
      const file = await writer.write(doc, { includePrivateNotes: false });
      const r = expectOk(await importFile(fileOf('download', file.data)));
      expect(r.format, writer.id).toBe(writer.id);
      // A CSV list of links has no row for a node without links (the sample's "Weather").
      const expected = Object.keys(doc.nodes).length - (writer.id === 'csv-edges' ? 1 : 0);
      expect(Object.keys(r.doc.nodes), writer.id).toHaveLength(expected);
    }
  });

  it('keeps private notes out of every writer’s files unless asked, and says so', async () => {
    const doc = sampleMap();
    const secret = 'Mrs B said no';
    // The raw text (Loopy's link is URL-encoded), and for single files the map read back (xlsx is a zip, PRSM is packed).
    const contents = async (id: FormatId, f: ExportedFile) => {
      const raw = [f, ...(f.companions ?? [])].map((x) => (typeof x.data === 'string' ? decodeURIComponent(x.data.replace(/%(?![0-9a-f]{2})/gi, '%25')) : '')).join('\n');
      const back = id === 'loopy' || id === 'kumu-csv' ? '' : JSON.stringify(expectOk(await importFile(fileOf('download', f.data))).doc);
      return raw + back;
    };
    for (const writer of WRITERS) {
      const kept = await writer.write(doc, { includePrivateNotes: false });
      expect(await contents(writer.id, kept), writer.id).not.toContain(secret);
      const asked = await writer.write(doc, { includePrivateNotes: true });
      // Formats that carry notes carry it when asked, and say when they left it out.
      if ((await contents(writer.id, asked)).includes(secret)) expect(kept.warnings, writer.id).toContain('1 private note left out');
    }
  });

  it('recognises a plain-JSON PRSM save', async () => {
    const room = { lastNodeSample: 'group0', nodes: [{ id: 'a', label: 'A', grp: 'group0' }, { id: 'b', label: 'B' }], edges: [{ id: 'e', from: 'a', to: 'b' }] };
    expect(expectOk(await importFile(fileOf('room.json', JSON.stringify(room)))).format).toBe('prsm');
    expect(expectOk(await importFile(fileOf('room', compressToUTF16(JSON.stringify(room))))).tool).toBe('PRSM');
  });

  it('names the tool when a file of a known extension cannot be read', async () => {
    const out = await importFile(fileOf('map.prsm', 'not really a prsm file'));
    expect(out.ok).toBe(false);
    if (!out.ok) {
      expect(out.format).toBe('prsm');
      expect(out.problems[0]!.message).toMatch(/^This looks like a PRSM file, but /);
    }
  });

  it('says in plain words when it cannot tell what a file is', async () => {
    const out = await importFile(fileOf('photo.jpg', new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 16, 74, 70, 73, 70])));
    expect(out.ok).toBe(false);
    if (!out.ok) {
      expect(out.format).toBeNull();
      expect(out.problems[0]).toEqual({ where: 'photo.jpg', message: expect.stringMatching(/^System Canvas cannot tell what kind of file this is\. It opens System Canvas maps, Kumu, PRSM, GraphML, GEXF, Mental Modeler, .* and CSV edge list files\.$/) });
    }
  });

  it('refuses empty and oversized files before reading them', async () => {
    const empty = await importFile(fileOf('x.graphml', ''));
    expect(empty.ok || empty.problems[0]!.message).toBe('The file is empty.');
    const big = await importFile({ name: 'big.csv', bytes: new Uint8Array(26 * 1024 * 1024) });
    expect(big.ok || big.problems[0]!.message).toMatch(/at most 25 MB/);
  });

  it('lists each reader once, with the parts detect needs', () => {
    expect(new Set(READERS.map((r) => r.format)).size).toBe(READERS.length);
    for (const r of READERS) expect(typeof r.sniff === 'function' && typeof r.read === 'function' && r.extensions.length > 0).toBe(true);
  });
});
