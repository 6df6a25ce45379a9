import { describe, expect, it } from 'vitest';
import { addNode, newNode, updateMeta } from '../../model/operations.ts';
import { deleteMap, openFromLibrary } from '../maps.ts';
import { createSession, type Session } from '../session.ts';
import { libraryOver } from './library.ts';
import { memoryKeyValue } from './keyValue.ts';
import { restoreVersion, startSnapshots, takeSnapshot } from './snapshots.ts';
import { flakyKeyValue, quotaError } from './testing/fakes.ts';

const settle = () => new Promise((r) => setTimeout(r, 0));
const add = (s: Session, label: string) => s.map.getState().dispatch(addNode({ ...newNode('factor', { x: 0, y: 0 }), label }));
const labels = (s: Session) => Object.values(s.map.getState().doc.nodes).map((n) => n.label).sort();

describe('automatic versions', () => {
  it('keeps the map as opened at the first edit, then one every few minutes of editing', async () => {
    const s = createSession();
    let now = 0;
    startSnapshots(s, { everyMs: 5 * 60_000, now: () => now });
    const id = s.map.getState().doc.id;
    add(s, 'One');
    add(s, 'Two');
    await settle();
    expect((await s.library.getState().library.versions(id)).map((v) => v.nodeCount)).toEqual([0]);
    now = 4 * 60_000;
    add(s, 'Three');
    now = 5 * 60_000;
    add(s, 'Four');
    await settle();
    // The second version is the state just before the edit that crossed five minutes.
    expect((await s.library.getState().library.versions(id)).map((v) => v.nodeCount)).toEqual([3, 0]);
  });

  it('restoring is one undoable step and keeps what it replaces as a version', async () => {
    const s = createSession();
    const lib = s.library.getState().library;
    add(s, 'Old label');
    const old = await takeSnapshot(s, s.map.getState().doc, 'before-layout');
    s.map.getState().dispatch(updateMeta({ title: 'Renamed' }));
    add(s, 'New label');
    const id = s.map.getState().doc.id;

    expect(await restoreVersion(s, id, old!, (other) => openFromLibrary(s, other))).toBe(true);
    expect(labels(s)).toEqual(['Old label']);
    expect(s.map.getState().doc.id).toBe(id);
    expect(s.notices.getState().notices.at(-1)?.text).toMatch(/^Restored the version from .+\. Undo brings back what was there\.$/);
    const versions = await lib.versions(id);
    expect(versions[0]?.reason).toBe('before-restore');
    s.map.getState().undo();
    expect(labels(s)).toEqual(['New label', 'Old label']);
    expect(s.map.getState().doc.meta.title).toBe('Renamed');
  });

  it('deleting a map keeps it as a version first', async () => {
    const s = createSession();
    const lib = s.library.getState().library;
    add(s, 'Before delete');
    const id = s.map.getState().doc.id;
    await lib.save(s.map.getState().doc);
    await deleteMap(s, id);
    const versions = await lib.versions(id);
    expect(versions.map((v) => [v.reason, v.nodeCount])).toEqual([['before-delete', 1]]);
  });

  it('a version that cannot be kept is said once and never blocks the step', async () => {
    const versions = flakyKeyValue();
    versions.failWith(quotaError);
    const s = createSession(libraryOver(memoryKeyValue(), versions.kv, true));
    expect(await takeSnapshot(s, s.map.getState().doc, 'before-layout')).toBeNull();
    add(s, 'x');
    expect(await takeSnapshot(s, s.map.getState().doc, 'before-layout')).toBeNull();
    const errors = s.notices.getState().notices.filter((n) => n.tone === 'error');
    expect(errors.map((n) => n.text)).toEqual([expect.stringMatching(/A backup version of “.+” could not be kept: the space this browser gives System Canvas is full\. The map itself is saved/)]);
  });
});
