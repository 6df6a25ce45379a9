import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findLoops } from '../../analysis/loops.ts';
import { addLink, addNode, createMap, newLink, newNode } from '../../model/operations.ts';
import type { MapDocument } from '../../model/types.ts';
import type { ImportResult, InputFile } from '../types.ts';
import { kumuFormatOf, read, readCsvFiles, sniff, writeCsvFiles, writeJson, writeXlsxFile } from './index.ts';
import { readXlsx, writeXlsx } from './xlsx.ts';

const fixture = (name: string): InputFile => ({ name, bytes: new Uint8Array(readFileSync(new URL(`./fixtures/${name}`, import.meta.url))) });
const bytes = (name: string, data: string | Uint8Array): InputFile => ({ name, bytes: typeof data === 'string' ? new TextEncoder().encode(data) : data });

function ok(outcome: Awaited<ReturnType<typeof read>>): ImportResult {
  if (!outcome.ok) throw new Error(outcome.problems.map((p) => `${p.where}: ${p.message}`).join('\n'));
  return outcome.result;
}

const byLabel = (doc: MapDocument, label: string) => Object.values(doc.nodes).find((n) => n.label === label)!;
const linksBetween = (doc: MapDocument, from: string, to: string) =>
  Object.values(doc.links).filter((l) => l.source === byLabel(doc, from).id && l.target === byLabel(doc, to).id);

describe('Kumu JSON backup', () => {
  it('reads elements, connections, loops, positions and reports what it left out', async () => {
    const r = ok(await read(fixture('youth-club-backup.json')));
    const { doc } = r;
    expect(r.format).toBe('kumu-json');
    expect(r.tool).toBe('Kumu');
    expect(r.hasPositions).toBe(true);
    expect(doc.meta.title).toBe('Youth club attendance');
    expect(Object.keys(doc.nodes)).toHaveLength(5);
    // conn-6 is mutual: two links.
    expect(Object.keys(doc.links)).toHaveLength(7);

    expect(byLabel(doc, 'Young people')).toMatchObject({ kind: 'actor', actorType: 'group', description: 'Aged 11 to 16', position: { x: 0, y: 0 } });
    expect(byLabel(doc, 'Youth workers')).toMatchObject({ kind: 'actor', actorType: 'person' });
    expect(byLabel(doc, 'Sessions per week')).toMatchObject({ kind: 'factor', factorType: 'policy' });
    expect(byLabel(doc, 'Attendance').kind).toBe('outcome');
    const word = byLabel(doc, 'Word of mouth');
    expect(word).toMatchObject({ kind: 'factor', tags: ['peer', 'Social'] });
    expect(doc.clusters[word.clusterId!]!.name).toBe('Social');

    expect(linksBetween(doc, 'Youth workers', 'Sessions per week')[0]).toMatchObject({ polarity: '+', strength: 3 });
    expect(linksBetween(doc, 'Sessions per week', 'Attendance')[0]).toMatchObject({ polarity: '+', strength: 2, delay: true });
    expect(linksBetween(doc, 'Word of mouth', 'Attendance')[0]!.polarity).toBe('+');
    expect(linksBetween(doc, 'Attendance', 'Youth workers')[0]).toMatchObject({ polarity: '-', strength: 1, evidence: 'Busy sessions wear staff out' });
    expect(linksBetween(doc, 'Young people', 'Word of mouth')[0]).toMatchObject({ polarity: '?', label: 'talks to' });
    expect(linksBetween(doc, 'Word of mouth', 'Young people')).toHaveLength(1);

    // Named loops land on the keys the loop analysis gives the same loops.
    const found = findLoops(doc).loops;
    const names = Object.fromEntries(found.filter((l) => doc.loopNames?.[l.key]).map((l) => [l.nodeIds.map((id) => doc.nodes[id]!.label).sort().join(' + '), doc.loopNames![l.key]]));
    expect(names).toEqual({
      'Attendance + Word of mouth': 'R1: Busy clubs draw people in',
      'Attendance + Sessions per week + Youth workers': 'B1: Burn-out',
    });

    expect(r.report).toEqual(
      expect.arrayContaining([
        { what: 'elements', count: 5, status: 'read' },
        { what: 'connections', count: 7, status: 'read' },
        { what: 'loops', count: 2, status: 'read', detail: 'became loop names' },
        { what: 'perspectives', count: 4, status: 'skipped', detail: 'Kumu perspective styles' },
        { what: 'loops whose connections do not make one closed chain', count: 1, status: 'skipped' },
        { what: 'links with unknown polarity', count: 2, status: 'guessed', detail: 'the connection type is not ++, --, +-, -+, same or opposite' },
        { what: 'maps', count: 1, status: 'skipped', detail: 'positions were taken from the first map' },
        { what: 'other fields', count: 1, status: 'skipped', detail: 'funding year' },
      ]),
    );
  });

  it('reads a blueprint that names elements by label', async () => {
    const r = ok(await read(fixture('blueprint.json')));
    expect(r.hasPositions).toBe(false);
    expect(byLabel(r.doc, 'Landlord')).toMatchObject({ kind: 'actor', actorType: 'organisation', tags: ['housing'] });
    expect(byLabel(r.doc, 'Tenancy sustained').kind).toBe('outcome');
    expect(linksBetween(r.doc, 'Landlord', 'Rent')[0]!.polarity).toBe('+');
    expect(linksBetween(r.doc, 'Rent', 'Tenancy sustained')[0]!.polarity).toBe('-');
    expect(r.report).toContainEqual({ what: 'undirected connections', count: 1, status: 'guessed', detail: 'read as running from "From" to "To"' });
  });
});

describe('Kumu spreadsheets', () => {
  it('reads the two CSV files of the import layout, with | between values', async () => {
    const r = ok(await readCsvFiles([fixture('elements.csv'), fixture('connections.csv')]));
    expect(r.format).toBe('kumu-csv');
    expect(byLabel(r.doc, 'Food prices')).toMatchObject({ kind: 'factor', factorType: 'condition', description: 'Weekly shop, family of four', tags: ['cost', 'food'] });
    expect(byLabel(r.doc, 'Food bank').kind).toBe('actor');
    expect(linksBetween(r.doc, 'Food prices', 'Household debt')[0]).toMatchObject({ polarity: '+', strength: 3 });
    // One row, two targets separated by |.
    expect(linksBetween(r.doc, 'Food bank', 'Household debt')[0]).toMatchObject({ polarity: '-', strength: 1 });
    expect(linksBetween(r.doc, 'Food bank', 'Food prices')).toHaveLength(1);
    expect(kumuFormatOf(fixture('connections.csv'))).toBe('kumu-csv');
  });

  it('makes elements for names that appear only in a connections file, as Kumu does', async () => {
    const r = ok(await read(fixture('connections.csv')));
    expect(Object.keys(r.doc.nodes)).toHaveLength(3);
    expect(r.report).toContainEqual({ what: 'elements named only in connections', count: 3, status: 'read', detail: 'made as factors, as Kumu does' });
  });

  it('reads an .xlsx workbook with Elements and Connections sheets and ignores "(ignore)" sheets', async () => {
    const workbook = await writeXlsx([
      { name: 'Notes (ignore)', rows: [['Label'], ['Not an element']] },
      { name: 'Elements', rows: [['Label', 'Type', 'Description', 'Tags'], ['Loneliness', 'Condition', '', 'wellbeing|older people'], ['GP surgery', 'Organisation', '', ''], ['Wellbeing', 'Outcome', '', '']] },
      { name: 'Connections', rows: [['From', 'To', 'Type', 'Strength'], ['Loneliness', 'Wellbeing', '+-', '3'], ['GP surgery', 'Loneliness', '+-', '1']] },
    ]);
    const file = bytes('social-prescribing.xlsx', workbook);
    expect(sniff(file)).toBe(true);
    const r = ok(await read(file));
    expect(r.format).toBe('kumu-xlsx');
    expect(Object.values(r.doc.nodes).map((n) => n.label).sort()).toEqual(['GP surgery', 'Loneliness', 'Wellbeing']);
    expect(byLabel(r.doc, 'Loneliness').tags).toEqual(['wellbeing', 'older people']);
    expect(linksBetween(r.doc, 'Loneliness', 'Wellbeing')[0]).toMatchObject({ polarity: '-', strength: 3 });
  });
});

function sampleMap(): MapDocument {
  let doc = createMap({ title: 'Debt and sleep' });
  doc = {
    ...doc,
    clusters: {
      c_a: { id: 'c_a', name: 'Money', colour: '#e69f00', description: '' },
      c_b: { id: 'c_b', name: 'Health', colour: '#56b4e9', description: '' },
    },
  };
  const nodes = [
    newNode('actor', { x: 10, y: 20 }, { id: 'n1', label: 'Advice service', clusterId: 'c_a', tags: ['council', 'free'] }),
    newNode('factor', { x: 300, y: 20 }, { id: 'n2', label: 'Debt, arrears', clusterId: 'c_a', description: 'Rent "and" council tax' }),
    newNode('factor', { x: 300, y: 240 }, { id: 'n3', label: 'Stress', clusterId: 'c_b', notes: [{ id: 'nt', text: 'Private thought', private: true, createdAt: '' }] }),
    newNode('outcome', { x: -40, y: 240 }, { id: 'n4', label: 'Sleep' }),
  ];
  for (const n of nodes) doc = addNode(n).apply(doc);
  doc = addLink(newLink('n1', 'n2', { id: 'l1', polarity: '-', strength: 3, confidence: 'high' })).apply(doc);
  doc = addLink(newLink('n2', 'n3', { id: 'l2', polarity: '+', strength: 1.5, delay: true })).apply(doc);
  doc = addLink(newLink('n3', 'n4', { id: 'l3', polarity: '-', strength: 2 })).apply(doc);
  doc = addLink(newLink('n4', 'n3', { id: 'l4', polarity: '?', strength: 1, label: 'maybe' })).apply(doc);
  return { ...doc, loopNames: { 'l3,l4': 'Tired and worried' } };
}

const summary = (d: MapDocument) => ({
  nodes: Object.values(d.nodes).map((n) => [n.label, n.kind, n.position.x, n.position.y, n.description, n.tags, n.clusterId ? [d.clusters[n.clusterId]!.name, d.clusters[n.clusterId]!.colour] : null]).sort(),
  links: Object.values(d.links).map((l) => [d.nodes[l.source]!.label, d.nodes[l.target]!.label, l.polarity, l.strength, l.confidence, l.delay]).sort(),
});

describe('Kumu round trips', () => {
  it('JSON keeps nodes, links, polarity, strength, themes, positions and loop names', async () => {
    const doc = sampleMap();
    const file = await writeJson(doc, { includePrivateNotes: false });
    expect(file.data as string).not.toContain('Private thought');
    expect(file.warnings).toEqual(['1 private note left out']);
    const back = ok(await read(bytes(file.fileName, file.data as string)));
    expect(back.hasPositions).toBe(true);
    expect(summary(back.doc)).toEqual(summary(doc));
    expect(Object.values(back.doc.loopNames ?? {})).toEqual(['Tired and worried']);
  });

  it('xlsx keeps the same', async () => {
    const doc = sampleMap();
    const file = await writeXlsxFile(doc, { includePrivateNotes: true });
    expect(file.data).toBeInstanceOf(Uint8Array);
    const back = ok(await read(bytes(file.fileName, file.data as Uint8Array)));
    expect(summary(back.doc)).toEqual(summary(doc));
    expect(byLabel(back.doc, 'Stress').notes.map((n) => n.text)).toEqual(['Private thought']);
  });

  it('CSV writes two files that read back the same', async () => {
    const doc = sampleMap();
    const file = await writeCsvFiles(doc, { includePrivateNotes: false });
    expect(file.fileName).toBe('Debt-and-sleep-elements.csv');
    expect(file.companions?.map((c) => c.fileName)).toEqual(['Debt-and-sleep-connections.csv']);
    const back = ok(await readCsvFiles([bytes(file.companions![0]!.fileName, file.companions![0]!.data as string), bytes(file.fileName, file.data as string)]));
    expect(summary(back.doc)).toEqual(summary(doc));
  });
});

describe('Kumu workbooks as spreadsheet programs save them', () => {
  // Excel and LibreOffice keep text in a shared-strings part (plain, rich-text runs, phonetic guides),
  // write booleans as t="b", skip empty cells and may leave out row numbers; our writer uses inline strings.
  it('reads shared strings, rich text, booleans, gaps and rows without numbers', async () => {
    const { zipSync, strToU8 } = await import('fflate');
    const ns = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
    const parts = {
      'xl/workbook.xml': `<?xml version="1.0"?><workbook ${ns} xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Elements" sheetId="1" r:id="rId7"/><sheet name="Connections" sheetId="2" r:id="rId8"/></sheets></workbook>`,
      'xl/_rels/workbook.xml.rels': '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId7" Target="worksheets/first.xml"/><Relationship Id="rId8" Target="/xl/worksheets/second.xml"/></Relationships>',
      'xl/sharedStrings.xml':
        `<?xml version="1.0"?><sst ${ns} count="8"><si><t>Label</t></si><si><t>Type</t></si><si><t>Tags</t></si>` +
        '<si><r><t>Rent </t></r><r><rPr><b/></rPr><t>arrears</t></r></si><si><t>Condition</t></si>' +
        '<si><t xml:space="preserve">Sleep &amp; rest</t><rPh sb="0" eb="1"><t>SHOULD NOT APPEAR</t></rPh></si><si><t>From</t></si><si><t>To</t></si></sst>',
      'xl/worksheets/first.xml':
        `<?xml version="1.0"?><worksheet ${ns}><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="D1" t="s"><v>2</v></c></row>` +
        '<row r="2"><c r="A2" t="s"><v>3</v></c><c r="B2" t="s"><v>4</v></c><c r="D2" t="b"><v>1</v></c></row>' +
        '<row><c t="s"><v>5</v></c></row></sheetData></worksheet>',
      'xl/worksheets/second.xml':
        `<?xml version="1.0"?><x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData><x:row r="1"><x:c r="A1" t="s"><x:v>6</x:v></x:c><x:c r="B1" t="s"><x:v>7</x:v></x:c><x:c r="C1" t="inlineStr"><x:is><x:t>Type</x:t></x:is></x:c></x:row>` +
        '<x:row r="3"><x:c r="A3" t="s"><x:v>3</x:v></x:c><x:c r="B3" t="s"><x:v>5</x:v></x:c><x:c r="C3" t="inlineStr"><x:is><x:t>+-</x:t></x:is></x:c></x:row></x:sheetData></x:worksheet>',
    };
    const bytesOf = zipSync(Object.fromEntries(Object.entries(parts).map(([k, v]) => [k, strToU8(v)])));
    const sheets = await readXlsx(bytesOf);
    expect(sheets.map((s) => s.name)).toEqual(['Elements', 'Connections']);
    expect(sheets[0]!.rows).toEqual([
      ['Label', 'Type', '', 'Tags'],
      ['Rent arrears', 'Condition', '', 'true'],
      ['Sleep & rest'],
    ]);
    expect(sheets[1]!.rows).toEqual([['From', 'To', 'Type'], [], ['Rent arrears', 'Sleep & rest', '+-']]);
    const r = ok(await read(bytes('debts.xlsx', bytesOf)));
    expect(linksBetween(r.doc, 'Rent arrears', 'Sleep & rest')[0]).toMatchObject({ polarity: '-' });
  });
});

describe('Kumu bad input', () => {
  const backup = readFileSync(new URL('./fixtures/youth-club-backup.json', import.meta.url), 'utf8');
  const cases: [string, InputFile, RegExp][] = [
    ['truncated JSON', bytes('a.json', backup.slice(0, 400)), /not valid JSON/],
    ['elements of the wrong type', bytes('a.json', '{"elements": {"label": "A"}, "connections": []}'), /not a Kumu file|expected an object with a list of "elements"/],
    ['a truncated workbook', bytes('a.xlsx', new Uint8Array([0x50, 0x4b, 3, 4, ...new TextEncoder().encode('xl/workbook.xml'), 0, 0, 0])), /not a readable .xlsx workbook/],
    ['a CSV without Kumu headers', bytes('a.csv', 'name,value\nA,1\n'), /not a Kumu file/],
  ];
  for (const [name, file, message] of cases) {
    it(`refuses ${name} with a clear message`, async () => {
      const outcome = await read(file);
      expect(outcome.ok).toBe(false);
      if (!outcome.ok) expect(outcome.problems.map((p) => p.message).join(' ')).toMatch(message);
    });
  }

  it('refuses a workbook that declares entities (billion laughs)', async () => {
    const { zipSync, strToU8 } = await import('fflate');
    const lol = '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]><workbook><sheets><sheet name="&b;"/></sheets></workbook>';
    const outcome = await read(bytes('lol.xlsx', zipSync({ 'xl/workbook.xml': strToU8(lol) })));
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.problems[0]!.message).toMatch(/DOCTYPE or entities/);
  });

  it('refuses a zip bomb before inflating it', async () => {
    const { zipSync } = await import('fflate');
    // The real limit is 100 MB; a 1 MB limit shows the same guard without building 100 MB here.
    const zeros = new Uint8Array(4 * 1024 * 1024);
    const bomb = zipSync({ 'xl/workbook.xml': new Uint8Array(10), 'xl/worksheets/sheet1.xml': zeros }, { level: 1 });
    expect(bomb.length).toBeLessThan(64 * 1024);
    await expect(readXlsx(bomb, 1024 * 1024)).rejects.toThrow(/unpacks to more than 1 MB/);
  });

  it('keeps going with wrong types inside records, and says what it skipped', async () => {
    const odd = { elements: [null, 5, { label: 'A' }, { label: { nested: { deep: true } } }, { label: 'B' }], connections: [{ from: 'A', to: 'A' }, { from: 'A', to: 'B', attributes: 'x' }, 'no'] };
    const r = ok(await read(bytes('odd.json', JSON.stringify(odd))));
    expect(Object.values(r.doc.nodes).map((n) => n.label).sort()).toEqual(['A', 'B']);
    expect(r.report).toContainEqual({ what: 'connections from an element to itself', count: 1, status: 'skipped', detail: 'a link must join two different nodes' });
  });

  it('reads a large, deeply nested file without hanging', async () => {
    let nested: unknown = 'x';
    for (let i = 0; i < 2000; i++) nested = { nested };
    const elements = Array.from({ length: 5000 }, (_, i) => ({ _id: `e${i}`, attributes: { label: `E${i}`, extra: i === 0 ? nested : 1 } }));
    const connections = Array.from({ length: 5000 }, (_, i) => ({ _id: `c${i}`, from: `e${i}`, to: `e${(i + 1) % 5000}`, attributes: { 'connection type': '++' } }));
    const r = ok(await read(bytes('big.json', JSON.stringify({ elements, connections }))));
    expect(Object.keys(r.doc.links)).toHaveLength(5000);
  });
});
