import { describe, expect, it } from 'vitest';
import { expectOk, fileOf, linkSummary, reportCount, sampleMap } from '../shared/testing.ts';
import { read, sniff, write } from './index.ts';

describe('CSV edge list import', () => {
  it('reads loosely named headers, signs and strengths', async () => {
    const csv = 'From;To;Sign;Impact;Notes;Extra\nStress;Sleep;-;3;"Survey; 2023";x\nSleep;Mood;+;1.5;;\nMood;Stress;;;;\n;Mood;+;1;;\n';
    const r = expectOk(await read(fileOf('links.csv', csv)));
    expect(linkSummary(r.doc)).toEqual(['Mood -> Stress ? 2', 'Sleep -> Mood + 1.5', 'Stress -> Sleep - 3']);
    expect(Object.values(r.doc.links).find((l) => l.polarity === '-')!.evidence).toBe('Survey; 2023');
    expect(r.hasPositions).toBe(false);
    expect(reportCount(r, 'links with unknown polarity')).toBe(1);
    expect(reportCount(r, 'rows without a source or target')).toBe(1);
    expect(r.report.find((l) => l.what === 'columns')?.detail).toContain('extra');
    // Node ids are made fresh, not taken from labels.
    expect(Object.keys(r.doc.nodes).every((id) => id.startsWith('n_'))).toBe(true);
  });

  it('reads a Gephi edge table: signed weights give polarity and are scaled to strength', async () => {
    const csv = 'Source,Target,Type,Id,Weight\na,b,Directed,0,10\nb,c,Directed,1,-5\n';
    const r = expectOk(await read(fileOf('edges.csv', csv)));
    expect(linkSummary(r.doc)).toEqual(['a -> b + 3', 'b -> c - 1.5']);
    expect(reportCount(r, 'link weights rescaled')).toBe(2);
  });

  it('reads a file without a header row', async () => {
    const r = expectOk(await read(fileOf('plain.csv', 'Rent,Debt,+\nDebt,Stress,+\n')));
    expect(linkSummary(r.doc)).toEqual(['Debt -> Stress + 2', 'Rent -> Debt + 2']);
    expect(reportCount(r, 'header row')).toBe(1);
  });

  it('refuses a file with one column, saying so', async () => {
    const out = await read(fileOf('one.csv', 'just\none\ncolumn\n'));
    expect(out.ok).toBe(false);
    if (!out.ok) expect(out.problems[0]!.message).toMatch(/^This looks like a CSV edge list file, but it has only one column/);
  });

  it('recognises an edge list from its header', () => {
    expect(sniff(fileOf('links.txt', 'source\ttarget\tweight\na\tb\t1'))).toBe(true);
    expect(sniff(fileOf('elements.txt', 'Label,Type,Description\nA,Actor,'))).toBe(false);
  });
});

describe('CSV edge list round trip', () => {
  // An edge list carries links (polarity, strength, confidence, delay, label, evidence) between
  // nodes named by label. It cannot carry positions, themes, kinds, descriptions or nodes without links.
  it('keeps links with polarity and strength, and the linked nodes', async () => {
    const doc = sampleMap();
    doc.links['l_1']!.label = '=HYPERLINK("x")';
    const file = await write(doc, { includePrivateNotes: false });
    expect(file.data as string).toContain("'=HYPERLINK");
    const back = expectOk(await read(fileOf(file.fileName, file.data as string)));
    expect(linkSummary(back.doc)).toEqual(linkSummary(doc));
    expect(Object.values(back.doc.nodes).map((n) => n.label).sort()).toEqual(['Bus fares', 'Parents & carers', 'School attendance', 'Worry about bullying']);
    expect(back.hasPositions).toBe(false);
    expect(Object.keys(back.doc.clusters)).toHaveLength(0);
    const l1 = Object.values(back.doc.links).find((l) => l.strength === 3)!;
    expect(l1).toMatchObject({ label: '=HYPERLINK("x")', evidence: 'Survey 2023', confidence: 'high' });
    expect(Object.values(back.doc.links).filter((l) => l.delay)).toHaveLength(1);
  });

  it('keeps two nodes with the same label apart', async () => {
    const doc = sampleMap();
    doc.nodes['n_worry']!.label = 'Bus fares';
    const back = expectOk(await read(fileOf('x.csv', (await write(doc, { includePrivateNotes: false })).data as string)));
    expect(Object.keys(back.doc.nodes)).toHaveLength(4);
  });
});
