import { describe, expect, it } from 'vitest';
import { formatProblems, MAX_FILE_BYTES, parseMapText, serialiseMap, type LoadResult } from './load.ts';
import { addLink, addNode, createMap, newLink, newNode } from './operations.ts';
import type { MapDocument } from './types.ts';

function sampleMap(): MapDocument {
  let doc = createMap({ title: 'Attendance', authors: ['Sam'] }, '2024-05-01T10:00:00.000Z');
  doc = addNode(newNode('actor', { x: 0, y: 0 }, { id: 'n1', label: 'Parents', clusterId: 'c1' })).apply(doc);
  doc = addNode(newNode('factor', { x: 200, y: 0 }, { id: 'n2', label: 'Bus fares' })).apply(doc);
  doc = addNode(newNode('outcome', { x: 400, y: 0 }, { id: 'n3', label: 'Attendance' })).apply(doc);
  doc = addLink(newLink('n1', 'n3', { id: 'l1', strength: 3, delay: true })).apply(doc);
  doc = addLink(newLink('n2', 'n3', { id: 'l2', polarity: '-', confidence: 'low' })).apply(doc);
  return {
    ...doc,
    meta: { ...doc.meta, focalNodeId: 'n3' },
    clusters: { c1: { id: 'c1', name: 'Families', colour: '#336699', description: '' } },
  };
}

/** A sample map, changed as raw JSON, as a hand-edited file would be. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a hand-edited file can hold values of any type
function edited(change: (raw: Record<string, any>) => void): string {
  const raw = JSON.parse(serialiseMap(sampleMap()));
  change(raw);
  return JSON.stringify(raw);
}

function problemsOf(result: LoadResult) {
  if (result.ok) throw new Error('expected the map to be refused');
  return result.problems;
}

describe('parseMapText', () => {
  it('reads back exactly what was saved', () => {
    const doc = sampleMap();
    expect(parseMapText(serialiseMap(doc))).toEqual({ ok: true, doc, migratedFrom: null });
  });

  it('gives the line and column of a JSON syntax error', () => {
    const [problem, ...rest] = problemsOf(parseMapText('{\n  "schemaVersion": 1,\n  "nodes": {,}\n}'));
    expect(rest).toEqual([]);
    expect(problem?.where).toBe('line 3, column 13');
    expect(problem?.message).toMatch(/^not valid JSON \(/);
  });

  it.each([['[]'], ['42'], ['"a map"'], ['null']])('refuses %s at the top level', (text) => {
    expect(problemsOf(parseMapText(text))).toEqual([{ where: 'top level', message: expect.stringMatching(/^not a System Canvas map: expected a JSON object/) }]);
  });

  it('refuses an unrelated JSON object', () => {
    expect(problemsOf(parseMapText('{"name": "package"}'))[0]?.message).toMatch(/no schemaVersion and no nodes/);
  });

  it('refuses a map without schemaVersion', () => {
    const problems = problemsOf(parseMapText(edited((raw) => delete raw.schemaVersion)));
    expect(problems).toEqual([{ where: 'schemaVersion', message: expect.stringMatching(/must be a whole number/) }]);
  });

  it('upgrades a version 1 map (before experiments) to the current version', () => {
    const result = parseMapText(edited((raw) => {
      raw.schemaVersion = 1;
      delete raw.experiments;
    }));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.migratedFrom).toBe(1);
    expect(result.doc.schemaVersion).toBe(3);
    expect(result.doc.experiments).toEqual({});
  });

  it('refuses a map from a newer version, asking the user to update', () => {
    const problems = problemsOf(parseMapText(edited((raw) => (raw.schemaVersion = 4))));
    expect(problems).toHaveLength(1);
    expect(problems[0]?.where).toBe('schemaVersion');
    expect(problems[0]?.message).toMatch(/newer System Canvas.*Update System Canvas to open it/);
  });

  it.each([0, -3, 1.5, '1', null])('refuses schemaVersion %j', (version) => {
    const problems = problemsOf(parseMapText(edited((raw) => (raw.schemaVersion = version))));
    expect(problems).toEqual([{ where: 'schemaVersion', message: expect.stringMatching(/^schemaVersion must be a whole number from 1 to 3/) }]);
  });

  it('names a link whose end is missing', () => {
    const problems = problemsOf(parseMapText(edited((raw) => (raw.links.l1.target = 'n9'))));
    expect(problems).toEqual([{ where: 'links.l1.target', message: 'refers to node "n9", which is not in the map' }]);
  });

  it('names a node whose theme is missing', () => {
    const problems = problemsOf(parseMapText(edited((raw) => (raw.nodes.n2.clusterId = 'c9'))));
    expect(problems).toEqual([{ where: 'nodes.n2.clusterId', message: 'refers to theme "c9", which is not in the map' }]);
  });

  it('refuses a focal node that is not an outcome', () => {
    const problems = problemsOf(parseMapText(edited((raw) => (raw.meta.focalNodeId = 'n2'))));
    expect(problems).toEqual([{ where: 'meta.focalNodeId', message: 'the focal node "Bus fares" must be an outcome, not a factor' }]);
  });

  it('refuses an id that does not match its key', () => {
    const problems = problemsOf(parseMapText(edited((raw) => (raw.clusters.c1.id = 'c2'))));
    expect(problems).toContainEqual({ where: 'clusters.c1.id', message: 'id "c2" does not match its key "c1"' });
  });

  it('refuses the same id on a node and a link', () => {
    const text = edited((raw) => {
      raw.links.n2 = { ...raw.links.l2, id: 'n2' };
      delete raw.links.l2;
    });
    expect(problemsOf(parseMapText(text))).toEqual([{ where: 'links.n2', message: 'duplicate id "n2" (also used by nodes.n2)' }]);
  });

  it('refuses a link from a node to itself', () => {
    const problems = problemsOf(parseMapText(edited((raw) => (raw.links.l1.target = 'n1'))));
    expect(problems).toEqual([{ where: 'links.l1', message: 'a link must join two different nodes' }]);
  });

  it('gives the path of a wrong value', () => {
    const problems = problemsOf(parseMapText(edited((raw) => (raw.links.l1.polarity = 'positive'))));
    expect(problems).toHaveLength(1);
    expect(problems[0]?.where).toBe('links.l1.polarity');
    expect(formatProblems(problems)).toMatch(/^links\.l1\.polarity: /);
  });

  it('refuses strength outside 0 < s <= 3 and accepts finer weights', () => {
    expect(problemsOf(parseMapText(edited((raw) => (raw.links.l1.strength = 0))))[0]?.where).toBe('links.l1.strength');
    expect(problemsOf(parseMapText(edited((raw) => (raw.links.l1.strength = 3.5))))[0]?.where).toBe('links.l1.strength');
    expect(parseMapText(edited((raw) => (raw.links.l1.strength = 0.25))).ok).toBe(true);
  });

  it('refuses a file over the size limit before parsing it', () => {
    const text = `{"pad": "${'x'.repeat(MAX_FILE_BYTES)}"}`;
    expect(problemsOf(parseMapText(text))).toEqual([{ where: 'whole file', message: 'the file is 25.0 MB; maps are at most 25 MB' }]);
  });

  it('keeps HTML in a label as plain text', () => {
    const label = '<img src=x onerror="alert(1)"><b>Bold</b> & more';
    const result = parseMapText(edited((raw) => (raw.nodes.n1.label = label)));
    expect(result.ok && result.doc.nodes.n1?.label).toBe(label);
  });

  it('lists at most 50 problems and counts the rest', () => {
    const text = edited((raw) => {
      for (let i = 0; i < 60; i++) raw.links[`x${i}`] = { ...raw.links.l1, id: `x${i}`, target: 'gone' };
    });
    const problems = problemsOf(parseMapText(text));
    expect(problems).toHaveLength(51);
    expect(problems[50]).toEqual({ where: 'whole file', message: 'and 10 more problems' });
  });

  // Ids are looked up as own keys only: names every JavaScript object inherits are not nodes.
  it('refuses a link to a node called "toString"', () => {
    expect(parseMapText(edited((raw) => (raw.links.l1.target = 'toString'))).ok).toBe(false);
  });
  it('does not silently drop a node keyed "__proto__"', () => {
    const text = edited((raw) => {
      const node = { ...raw.nodes.n2, id: '__proto__' };
      Object.defineProperty(raw.nodes, '__proto__', { value: node, enumerable: true, configurable: true, writable: true });
    });
    expect(text).toContain('"__proto__":');
    const result = parseMapText(text);
    expect(result.ok ? Object.keys(result.doc.nodes).length : 'refused').not.toBe(3);
  });
});
