import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { addLink, addNode, createMap, newLink, newNode } from '../../model/operations.ts';
import { parseMapValue } from '../../model/load.ts';
import type { MapDocument } from '../../model/types.ts';
import type { ImportResult, InputFile } from '../types.ts';
import { read, sniff, write } from './index.ts';

const fixture = (name: string): InputFile => ({ name, bytes: new Uint8Array(readFileSync(new URL(`./fixtures/${name}`, import.meta.url))) });
const bytes = (name: string, text: string): InputFile => ({ name, bytes: new TextEncoder().encode(text) });

async function ok(file: InputFile): Promise<ImportResult> {
  const outcome = await read(file);
  if (!outcome.ok) throw new Error(outcome.problems.map((p) => `${p.where}: ${p.message}`).join('\n'));
  return outcome.result;
}

const byLabel = (doc: MapDocument, label: string) => Object.values(doc.nodes).find((n) => n.label === label)!;
const linkBetween = (doc: MapDocument, from: string, to: string) =>
  Object.values(doc.links).find((l) => l.source === byLabel(doc, from).id && l.target === byLabel(doc, to).id);

describe('Mental Modeler import (XML)', () => {
  it('reads concepts, groups, notes, positions, relationships and scenarios', async () => {
    const r = await ok(fixture('town-centre.mmp'));
    const { doc } = r;
    expect(r.format).toBe('mental-modeler');
    expect(r.hasPositions).toBe(true);
    expect(doc.meta.title).toBe('Town centre footfall');
    expect(doc.meta.description).toBe('Why fewer people come into town & what might help.');
    expect(Object.keys(doc.nodes)).toHaveLength(6);
    expect(Object.keys(doc.links)).toHaveLength(7);
    expect(Object.values(doc.clusters).map((c) => c.name).sort()).toEqual(['High street', 'Transport']);

    const parking = byLabel(doc, 'Parking cost');
    expect(parking.kind).toBe('factor');
    expect(parking.description).toBe('Pay and display, all day.');
    expect(parking.position).toEqual({ x: 100, y: 80 });
    expect(parking.tags).toEqual(['units: £ per hour']);
    expect(doc.clusters[parking.clusterId!]!.name).toBe('Transport');
    expect(byLabel(doc, 'Business rates relief').clusterId).toBeNull();

    const toFootfall = linkBetween(doc, 'Parking cost', 'Footfall')!;
    expect(toFootfall.polarity).toBe('-');
    expect(toFootfall.strength).toBeCloseTo(1.86, 5);
    expect(toFootfall.confidence).toBe('high');
    expect(toFootfall.evidence).toBe("Traders' survey");
    // H+ is Mental Modeler's word for influence 1.
    expect(linkBetween(doc, 'Bus service', 'Footfall')).toMatchObject({ polarity: '+', strength: 3 });
    expect(linkBetween(doc, 'Shop openings', 'Footfall')!.confidence).toBe('low');

    expect(r.scenarios).toEqual([
      { name: 'Cheaper parking', inputs: { [parking.id]: -1 } },
      { name: 'Buses and rates relief', inputs: { [byLabel(doc, 'Bus service').id]: 1, [byLabel(doc, 'Business rates relief').id]: 0.5 } },
    ]);
    expect(r.report).toContainEqual({ what: 'scenarios', count: 2, status: 'read', detail: 'became what-if set-ups' });
    expect(r.report.find((l) => l.what === 'concepts')?.count).toBe(6);
    expect(parseMapValue(JSON.parse(JSON.stringify(doc))).ok).toBe(true);
  });

  it('is recognised from its content, not its name', () => {
    expect(sniff({ ...fixture('town-centre.mmp'), name: 'export.xml' })).toBe(true);
    expect(sniff(bytes('x.mmp', '<graphml></graphml>'))).toBe(false);
    expect(sniff(bytes('x.mmp', '{"schemaVersion":2,"nodes":{}}'))).toBe(false);
  });

  // Written the way later versions of Mental Modeler write (found in its public
  // scenario repository's files): root <mentalmodeler > in lower case with a
  // space before '>', CRLF line ends, "True"/"False", and one version's group
  // names as elements named by number, which is not XML.
  it('reads the later versions: lower-case root, numbered group elements, True/False', async () => {
    const file = fixture('library-hours.mmp');
    expect(sniff({ ...file, name: 'upload.bin' })).toBe(true);
    const r = await ok(file);
    const { doc } = r;
    expect(doc.meta.title).toBe('Library hours');
    expect(Object.values(doc.nodes).map((n) => n.label)).toEqual(['Opening hours', 'Visits', 'Volunteers']);
    expect(byLabel(doc, 'Opening hours').position).toEqual({ x: 91, y: 40 });
    expect(doc.clusters[byLabel(doc, 'Opening hours').clusterId!]!.name).toBe('Service');
    expect(doc.clusters[byLabel(doc, 'Volunteers').clusterId!]!.name).toBe('Visitors');
    expect(linkBetween(doc, 'Volunteers', 'Opening hours')).toMatchObject({ polarity: '+', strength: 1.86 });
    expect(r.scenarios).toEqual([{ name: 'Shorter hours', inputs: { [byLabel(doc, 'Opening hours').id]: -0.62 } }]);
  });

  it('repairs numbered group elements only inside <groupNames>', async () => {
    const { repairNumberedGroups } = await import('./mmp.ts');
    expect(repairNumberedGroups('<m><groupNames><0>A</0><12 >B</12></groupNames><x>1</x></m>')).toBe(
      '<m><groupNames><groupName index="0">A</groupName><groupName index="12" >B</groupName></groupNames><x>1</x></m>',
    );
    expect(repairNumberedGroups('<m><name>a<1>b</1></name></m>')).toBe('<m><name>a<1>b</1></name></m>');
  });
});

describe('Mental Modeler import (JSON)', () => {
  it('reads the web app encoding with string values', async () => {
    const r = await ok(fixture('allotments.mmp'));
    const { doc } = r;
    expect(Object.keys(doc.nodes)).toHaveLength(5);
    expect(Object.keys(doc.links)).toHaveLength(6);
    expect(linkBetween(doc, 'Plots available', 'Waiting list')).toMatchObject({ polarity: '-', strength: 1.86 });
    expect(linkBetween(doc, 'Council land for plots', 'Plots available')!.confidence).toBe('high');
    expect(byLabel(doc, 'Waiting list').description).toBe('People give up after two years.');
    expect(r.scenarios?.map((s) => s.name)).toEqual(['Release two fields', 'Less land']);
    expect(sniff(fixture('allotments.mmp'))).toBe(true);
  });
});

function sampleMap(): MapDocument {
  let doc = createMap({ title: 'Round trip', description: 'Three themes' });
  doc = {
    ...doc,
    clusters: {
      c_a: { id: 'c_a', name: 'Money', colour: '#e69f00', description: '' },
      c_b: { id: 'c_b', name: 'Health', colour: '#56b4e9', description: '' },
    },
  };
  const nodes = [
    newNode('factor', { x: 10, y: 20 }, { id: 'n1', label: 'Debt', clusterId: 'c_a' }),
    newNode('factor', { x: 300, y: 20 }, { id: 'n2', label: 'Stress', clusterId: 'c_b', notes: [{ id: 'note1', text: 'Only for me', private: true, createdAt: '' }] }),
    newNode('outcome', { x: 300, y: 240 }, { id: 'n3', label: 'Sleep', clusterId: 'c_b' }),
    newNode('factor', { x: 10, y: 240 }, { id: 'n4', label: 'Advice' }),
  ];
  for (const n of nodes) doc = addNode(n).apply(doc);
  doc = addLink(newLink('n1', 'n2', { id: 'l1', polarity: '+', strength: 3, confidence: 'high' })).apply(doc);
  doc = addLink(newLink('n2', 'n3', { id: 'l2', polarity: '-', strength: 2 })).apply(doc);
  doc = addLink(newLink('n4', 'n1', { id: 'l3', polarity: '-', strength: 1.5, confidence: 'low' })).apply(doc);
  doc = addLink(newLink('n3', 'n2', { id: 'l4', polarity: '?', strength: 1 })).apply(doc);
  return doc;
}

describe('Mental Modeler round trip', () => {
  for (const encoding of ['xml', 'json'] as const) {
    it(`keeps nodes, links, polarity, strength, themes and positions (${encoding})`, async () => {
      const doc = sampleMap();
      const file = await write(doc, { includePrivateNotes: false, encoding, scenarios: [{ name: 'Advice drop-in', inputs: { n4: 1 } }] });
      expect(typeof file.data).toBe('string');
      expect(file.data as string).not.toContain('Only for me');
      const back = await ok({ name: file.fileName, bytes: new TextEncoder().encode(file.data as string) });
      expect(back.hasPositions).toBe(true);
      const labels = (d: MapDocument) => Object.values(d.nodes).map((n) => [n.label, n.position.x, n.position.y, n.clusterId ? d.clusters[n.clusterId]!.name : null]);
      expect(labels(back.doc)).toEqual(labels(doc));
      const links = (d: MapDocument) =>
        Object.values(d.links).map((l) => [d.nodes[l.source]!.label, d.nodes[l.target]!.label, l.polarity, l.strength, l.confidence]).sort();
      // Mental Modeler has no unknown sign: "?" goes out as influence 0 and comes back as "?", weak.
      expect(links(back.doc)).toEqual(links(doc));
      expect(back.scenarios).toEqual([{ name: 'Advice drop-in', inputs: { [byLabel(back.doc, 'Advice').id]: 1 } }]);
      expect(file.warnings).toEqual(['1 links of unknown polarity written with influence 0: Mental Modeler has no unknown sign', '1 private note left out']);
    });
  }
});

describe('Mental Modeler bad input', () => {
  const cases: [string, string, RegExp][] = [
    ['truncated XML', readFileSync(new URL('./fixtures/town-centre.mmp', import.meta.url), 'utf8').slice(0, 900), /not valid XML/],
    ['truncated JSON', readFileSync(new URL('./fixtures/allotments.mmp', import.meta.url), 'utf8').slice(0, 300), /not valid JSON/],
    ['wrong root', '<?xml version="1.0"?><kumu/>', /no <mentalModeler> element/],
    ['concepts of the wrong type', '{"concepts": "lots"}', /expected a JSON object with a list of concepts/],
    ['no concepts', '<mentalModeler><concepts></concepts></mentalModeler>', /no concepts/],
    [
      'billion laughs',
      '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">' +
        '<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]><mentalModeler><concepts><concept><id>1</id><name>&lol3;</name></concept></concepts></mentalModeler>',
      /DOCTYPE or entities/,
    ],
    ['deeply nested', `<mentalModeler>${'<concepts>'.repeat(5000)}${'</concepts>'.repeat(5000)}</mentalModeler>`, /not valid XML/],
  ];
  for (const [name, text, message] of cases) {
    it(`refuses ${name} with a clear message`, async () => {
      const outcome = await read(bytes('bad.mmp', text));
      expect(outcome.ok).toBe(false);
      if (!outcome.ok) expect(outcome.problems.map((p) => p.message).join(' ')).toMatch(message);
    });
  }

  it('skips records of the wrong type and says so', async () => {
    const r = await ok(bytes('odd.mmp', JSON.stringify({ concepts: [7, { id: '1', name: 'A', relationships: [{ id: '2', influence: 'lots' }, 'x'] }, { id: '2', name: 'B' }, { id: '1', name: 'again' }] })));
    expect(Object.keys(r.doc.nodes)).toHaveLength(2);
    expect(r.hasPositions).toBe(false);
    expect(r.report).toEqual(
      expect.arrayContaining([
        { what: 'records of the wrong type', count: 2, status: 'skipped' },
        { what: 'concepts with an id used before', count: 1, status: 'skipped', detail: 'the first concept with each id was kept' },
        { what: 'relationships with no influence', count: 1, status: 'guessed', detail: 'read as unknown polarity (?), weak' },
      ]),
    );
  });

  it('reads a large file without trouble', async () => {
    const concepts = Array.from({ length: 3000 }, (_, i) => ({ id: String(i), name: `C${i}`, x: String(i), y: '0', relationships: i ? [{ id: String(i - 1), influence: '0.5' }] : [] }));
    const r = await ok(bytes('big.mmp', JSON.stringify({ concepts })));
    expect(Object.keys(r.doc.links)).toHaveLength(2999);
  });

  it('refuses a file over the size limit before reading it', async () => {
    const outcome = await read({ name: 'huge.mmp', bytes: new Uint8Array(26 * 1024 * 1024) });
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.problems[0]!.message).toMatch(/maps are at most 25 MB/);
  });
});
