import { compressToUTF16 } from 'lz-string';
import { describe, expect, it } from 'vitest';
import { expectOk, fileOf, linkSummary, positionSummary, reportCount, sampleMap, themeSummary } from '../shared/testing.ts';
import { read, sniff, write } from './index.ts';

/** A small map in PRSM's save format (as savePRSMfile writes it), authored for this test. */
const ROOM = {
  saved: '01/05/2024, 10:00:00',
  version: '1.9.2',
  room: 'ABC-DEF-GHI-JKL',
  mapTitle: 'Loneliness in later life',
  lastNodeSample: 'group0',
  lastLinkSample: 'edge0',
  buttons: { snapToGrid: false, curve: 'Curved', background: '#ffffff', legend: true, sizing: 'Off' },
  attributeTitles: { att1: 'Ward' },
  styles: {
    nodes: {
      group0: { groupLabel: 'People', color: { border: '#000000', background: '#99e699' } },
      group1: { groupLabel: 'Services', color: { border: '#0000ff', background: '#ffffff' } },
    },
    edges: {
      edge0: { groupLabel: 'Positive', color: { color: '#00cc00' } },
      edge1: { groupLabel: 'Negative', color: { color: '#ff0000' } },
      edge2: { groupLabel: 'Sample', color: { color: '#000000' } },
    },
  },
  nodes: [
    { id: 'a1', label: 'Older\nresidents', grp: 'group0', x: -120, y: 40, note: { ops: [{ insert: 'Over 75, ' }, { insert: 'living alone', attributes: { bold: true } }, { insert: '\n' }, { insert: { image: 'data:...' } }] }, att1: 'North' },
    { id: 'b2', label: 'Day centre', grp: 'group1', x: 200, y: -60 },
    { id: 'c3', label: 'Loneliness', grp: 'group0', x: 50, y: 220, note: 'Plain old note' },
  ],
  edges: [
    { id: 'e1', from: 'b2', to: 'a1', grp: 'edge0', label: 'visits', width: 1, note: { ops: [{ insert: 'Centre survey\n' }] } },
    { id: 'e2', from: 'a1', to: 'c3', grp: 'edge2', label: '-', width: 3 },
    { id: 'e3', from: 'c3', to: 'b2', grp: 'edge2', label: 'unclear', width: 1 },
    { id: 'e4', from: 'b2', to: 'c3', grp: 'edge1', width: 2 },
  ],
  background: { obj1: { type: 'rect' }, obj2: { type: 'text' } },
  history: [{ action: 'created', time: 1, user: 'x' }],
  description: { text: { ops: [{ insert: 'Mapped with the ward forum.\n' }] } },
};

describe('PRSM import', () => {
  it('reads a packed .prsm: factors, notes as plain text, styles as themes, polarity from link styles and labels', async () => {
    const packed = compressToUTF16(JSON.stringify(ROOM));
    const r = expectOk(await read(fileOf('loneliness.prsm', packed)));
    expect(r.tool).toBe('PRSM');
    expect(r.doc.meta.title).toBe('Loneliness in later life');
    expect(r.doc.meta.description).toBe('Mapped with the ward forum.');
    expect(r.hasPositions).toBe(true);
    expect(positionSummary(r.doc)).toEqual({ 'Older residents': '-120,40', 'Day centre': '200,-60', Loneliness: '50,220' });
    expect(r.doc.nodes['a1']!.description).toBe('Over 75, living alone');
    expect(r.doc.nodes['c3']!.description).toBe('Plain old note');
    expect(themeSummary(r.doc)).toEqual({ 'Older residents': 'People', 'Day centre': 'Services', Loneliness: 'People' });
    // A white fill is no theme colour: the border is used instead.
    expect(Object.values(r.doc.clusters).map((c) => c.colour).sort()).toEqual(['#0000ff', '#99e699']);
    expect(linkSummary(r.doc)).toEqual(['Day centre -> Loneliness - 2', 'Day centre -> Older residents + 1', 'Loneliness -> Day centre ? 1', 'Older residents -> Loneliness - 3']);
    expect(r.doc.links['e1']).toMatchObject({ label: 'visits', evidence: 'Centre survey' });
    expect(r.doc.links['e2']!.label).toBe('');
    expect(reportCount(r, 'links with unknown polarity')).toBe(1);
    expect(r.report.find((l) => l.what === 'links with unknown polarity')!.detail).toMatch(/PRSM links have no sign/);
    expect(reportCount(r, 'background drawings')).toBe(2);
    expect(reportCount(r, 'history entries')).toBe(1);
    expect(reportCount(r, 'factor attributes')).toBe(1);
  });

  it('reads an unpacked (plain JSON) .prsm file the same way', async () => {
    const r = expectOk(await read(fileOf('room.prsm', JSON.stringify(ROOM))));
    expect(Object.keys(r.doc.nodes)).toHaveLength(3);
  });

  it('gives all links a medium strength, and says so, when every link has the same width', async () => {
    const same = { ...ROOM, edges: ROOM.edges.map((e) => ({ ...e, width: 1 })) };
    const r = expectOk(await read(fileOf('room.prsm', JSON.stringify(same))));
    expect(Object.values(r.doc.links).every((l) => l.strength === 2)).toBe(true);
    expect(reportCount(r, 'links without a strength')).toBe(4);
  });

  it('recognises PRSM files from their content, packed or not', () => {
    expect(sniff(fileOf('download', compressToUTF16(JSON.stringify(ROOM))))).toBe(true);
    expect(sniff(fileOf('room.json', JSON.stringify(ROOM)))).toBe(true);
    expect(sniff(fileOf('map.json', JSON.stringify({ schemaVersion: 2, nodes: {} })))).toBe(false);
    expect(sniff(fileOf('notes.txt', 'Just some notes about the map, in English.'))).toBe(false);
  });
});

describe('PRSM round trip', () => {
  // PRSM carries factors, positions, themes (as named, coloured styles), kinds (as a factor attribute),
  // descriptions (as notes), link polarity (as link styles), strength (as link width), labels and
  // evidence (as link notes). It cannot carry confidence, delay, tags, theme descriptions,
  // experiments or loop names, and it needs strengths to differ to read them back.
  it('keeps nodes, links, polarity, strength, themes and positions', async () => {
    const doc = sampleMap();
    const file = await write(doc, { includePrivateNotes: false });
    expect(file.fileName).toBe('why-children-miss-school.prsm');
    const back = expectOk(await read(fileOf(file.fileName, file.data as string)));
    expect(back.doc.meta.title).toBe(doc.meta.title);
    expect(back.doc.meta.description).toBe(doc.meta.description);
    expect(linkSummary(back.doc)).toEqual(linkSummary(doc));
    expect(themeSummary(back.doc)).toEqual(themeSummary(doc));
    expect(positionSummary(back.doc)).toEqual(positionSummary(doc));
    expect(back.doc.nodes['n_parents']!.kind).toBe('actor');
    expect(back.doc.nodes['n_parents']!.description).toBe('Ask the forum.');
    expect(back.doc.links['l_1']).toMatchObject({ label: 'take children in', evidence: 'Survey 2023' });
    expect(reportCount(back, 'links with unknown polarity')).toBe(1);
    expect(JSON.stringify(back.doc)).not.toContain('Secret');
  });
});
