import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { serialiseMap } from '../model/load.ts';
import { addNode, createMap, newNode } from '../model/operations.ts';
import { openFiles } from './open-files.ts';
import type { InputFile } from './types.ts';

const file = (name: string, text: string): InputFile => ({ name, bytes: new TextEncoder().encode(text) });
const fixture = (path: string) => file(path.split('/').pop()!, readFileSync(new URL(path, import.meta.url), 'utf8'));

describe('openFiles', () => {
  it('reads our own map with the map loader', async () => {
    const doc = addNode(newNode('factor', { x: 0, y: 0 }, { label: 'Stress' })).apply(createMap({ title: 'Mine' }));
    const opened = await openFiles([file('mine.json', serialiseMap(doc))]);
    expect(opened.kind).toBe('own');
    expect(opened.kind === 'own' && opened.load.ok && opened.load.doc.meta.title).toBe('Mine');
    expect(opened.used).toEqual(['mine.json']);
  });

  it('reads Kumu’s elements and connections CSV files together, and names a third file as not opened', async () => {
    const opened = await openFiles([fixture('./kumu/fixtures/connections.csv'), file('notes.dot', 'digraph { a -> b }'), fixture('./kumu/fixtures/elements.csv')]);
    expect(opened.used).toEqual(['connections.csv', 'elements.csv']);
    expect(opened.notOpened).toEqual(['notes.dot']);
    if (opened.kind !== 'other' || !opened.outcome.ok) throw new Error('expected a Kumu map');
    expect(opened.outcome.result.tool).toBe('Kumu');
    expect(Object.values(opened.outcome.result.doc.nodes).map((n) => n.label).sort()).toEqual(['Food bank', 'Food prices', 'Household debt']);
  });

  it('reads the first of several other files and names the rest', async () => {
    const opened = await openFiles([file('a.dot', 'digraph { a -> b [polarity="-"] }'), file('b.dot', 'digraph { c -> d }')]);
    expect(opened.used).toEqual(['a.dot']);
    expect(opened.notOpened).toEqual(['b.dot']);
    expect(opened.kind === 'other' && opened.outcome.ok && Object.keys(opened.outcome.result.doc.links).length).toBe(1);
  });

  it('says what is wrong with a broken file, naming the tool', async () => {
    const opened = await openFiles([file('broken.graphml', '<?xml version="1.0"?><graphml xmlns="http://graphml.graphdrawing.org/xmlns"><graph><node id="a">')]);
    if (opened.kind !== 'other' || opened.outcome.ok) throw new Error('expected a failure');
    expect(opened.outcome.problems[0]?.message).toMatch(/GraphML/);
  });

  it('gives an unrecognised JSON file the map loader’s message', async () => {
    const opened = await openFiles([file('odd.json', '{"hello": 1}')]);
    expect(opened.kind).toBe('own');
    expect(opened.kind === 'own' && opened.load.ok).toBe(false);
  });
});
