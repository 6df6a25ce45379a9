import { describe, expect, it } from 'vitest';
import { addNode, createMap, newNode } from '../../model/operations.ts';
import { memoryKeyValue } from './keyValue.ts';
import { libraryOver } from './library.ts';
import { flakyKeyValue, quotaError } from './testing/fakes.ts';
import { addVersion, listVersions, MAX_VERSIONS, thinVersions, type VersionInfo } from './versions.ts';

const minute = 60_000;
const version = (i: number, at: number): VersionInfo => ({
  id: `v${i}`,
  mapId: 'm',
  at: new Date(at).toISOString(),
  title: 't',
  nodeCount: 0,
  reason: 'editing',
  docUpdatedAt: String(i),
});

const edited = (doc = createMap({ title: 'Debt map' }), label = 'Rent arrears', at = Date.now()) => {
  const next = addNode({ ...newNode('factor', { x: 0, y: 0 }), label }).apply(doc);
  return { ...next, meta: { ...next.meta, updatedAt: new Date(at).toISOString() } };
};

describe('thinning versions', () => {
  it('keeps at most the limit, all of the newest, and the oldest', () => {
    const start = Date.parse('2025-01-01T00:00:00Z');
    // 200 versions, five minutes apart, newest first.
    const list = Array.from({ length: 200 }, (_, i) => version(i, start + (200 - i) * 5 * minute));
    let kept: VersionInfo[] = [];
    for (const v of [...list].reverse()) kept = thinVersions([v, ...kept]);
    expect(kept).toHaveLength(MAX_VERSIONS);
    expect(kept.slice(0, 10).map((v) => v.id)).toEqual(list.slice(0, 10).map((v) => v.id));
    expect(kept.at(-1)?.id).toBe('v199');
    // What remains reaches back over the whole history, not only the last hour and a half.
    const span = Date.parse(kept[0]!.at) - Date.parse(kept.at(-1)!.at);
    expect(span).toBe(199 * 5 * minute);
  });

  it('leaves a short history alone', () => {
    const list = [version(1, 3000), version(2, 2000), version(3, 1000)];
    expect(thinVersions(list)).toEqual(list);
  });
});

describe('storing versions', () => {
  it('lists versions newest first and never keeps the same state twice in a row', async () => {
    const kv = memoryKeyValue();
    const first = edited();
    const second = edited(first, 'Bailiff letters', Date.now() + 1000);
    expect(await addVersion(kv, first, 'editing')).not.toBeNull();
    expect(await addVersion(kv, first, 'before-layout')).toBeNull();
    await addVersion(kv, second, 'before-layout', new Date(Date.now() + 5000));
    const list = await listVersions(kv, first.id);
    expect(list.map((v) => [v.reason, v.nodeCount])).toEqual([
      ['before-layout', 2],
      ['editing', 1],
    ]);
  });

  it('a failed write leaves every listed version readable', async () => {
    const flaky = flakyKeyValue();
    const lib = libraryOver(memoryKeyValue(), flaky.kv, true);
    const first = edited();
    const v1 = await lib.addVersion(first, 'editing');
    flaky.failWith(quotaError);
    await expect(lib.addVersion(edited(first, 'Second', Date.now() + 1000), 'editing')).rejects.toThrow(/quota/);
    flaky.failWith(null);
    const list = await lib.versions(first.id);
    expect(list.map((v) => v.id)).toEqual([v1!.id]);
    const loaded = await lib.loadVersion(first.id, v1!.id);
    expect(loaded?.ok && Object.values(loaded.doc.nodes).map((n) => n.label)).toEqual(['Rent arrears']);
  });

  it('writes the new snapshot and its index before deleting the one it replaces', async () => {
    const flaky = flakyKeyValue();
    let doc = edited();
    for (let i = 0; i < MAX_VERSIONS + 1; i++) {
      doc = { ...doc, meta: { ...doc.meta, updatedAt: new Date(Date.parse(doc.meta.updatedAt) + 1000).toISOString() } };
      await addVersion(flaky.kv, doc, 'editing', new Date(Date.parse('2025-01-01T00:00:00Z') + i * minute));
    }
    const last = flaky.writes.slice(-3);
    expect(last[0]).toMatch(/^version:/);
    expect(last[1]).toBe(`versions:${doc.id}`);
    expect(last[2]).toMatch(/^version:/);
    expect(await listVersions(flaky.kv, doc.id)).toHaveLength(MAX_VERSIONS);
    // Exactly the listed snapshots are stored.
    const stored = (await flaky.inner.entries()).filter(([k]) => k.startsWith('version:'));
    expect(stored).toHaveLength(MAX_VERSIONS);
  });

  it('purging a map removes its versions', async () => {
    const versions = memoryKeyValue();
    const lib = libraryOver(memoryKeyValue(), versions, true);
    const doc = edited();
    await lib.save(doc);
    await lib.addVersion(doc, 'editing');
    await lib.purge(doc.id);
    expect(await versions.entries()).toEqual([]);
  });
});
