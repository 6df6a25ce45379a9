import { describe, expect, it } from 'vitest';
import { generatedMap } from '../shared/generate.ts';
import { expectOk, fileOf } from '../shared/testing.ts';
import { read, write } from './index.ts';

describe('a big GraphML file', () => {
  // Checks that 2,000 nodes and 6,000 links parse completely; speed is measured by bench/imports.ts, not here.
  it('reads 2,000 nodes and 6,000 links with their themes and positions', async () => {
    const doc = generatedMap(2000, 6000);
    const file = await write(doc, { includePrivateNotes: false });
    const r = expectOk(await read(fileOf(file.fileName, file.data as string)));
    expect(Object.keys(r.doc.nodes)).toHaveLength(2000);
    expect(Object.keys(r.doc.links)).toHaveLength(6000);
    expect(Object.keys(r.doc.clusters)).toHaveLength(8);
    expect(r.hasPositions).toBe(true);
    expect(r.doc.nodes['n1999']!.position).toEqual(doc.nodes['n1999']!.position);
  });
});
