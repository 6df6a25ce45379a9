import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import type { InputFile } from '../../formats/types.ts';
import { MAX_FILE_BYTES } from '../../model/load.ts';
import { addNode, newNode } from '../../model/operations.ts';
import { createSession } from '../session.ts';
import { acceptImport, cancelImport, openFiles } from './openFiles.ts';

// Node has no workers: the readers run directly, and their result is handed over as the worker hands it.
vi.mock('../../formats/browser/client.ts', async () => {
  const { openFiles } = await import('../../formats/open-files.ts');
  const { forThePage, inThePage } = await import('../../formats/browser/hand-over.ts');
  return { openFilesOffThread: async (files: InputFile[]) => inThePage(structuredClone(forThePage(await openFiles(files)))) };
});

const townCentre = () => new File([readFileSync(new URL('../../formats/mental-modeler/fixtures/town-centre.mmp', import.meta.url))], 'town-centre.mmp');

function sessionWithAMap() {
  const s = createSession();
  s.map.getState().dispatch(addNode(newNode('factor', { x: 0, y: 0 }, { label: 'Stress' })));
  return s;
}

const lastNotice = (s: ReturnType<typeof createSession>) => s.notices.getState().notices.at(-1);

describe('opening other tools’ files', () => {
  it('waits with the report until the user opens the map, then opens it with its scenarios', async () => {
    const s = sessionWithAMap();
    const before = s.map.getState().doc;
    await openFiles(s, [townCentre()]);
    const pending = s.imports.getState().pending;
    expect(pending?.result.tool).toBe('Mental Modeler');
    expect(pending?.result.scenarios?.length).toBeGreaterThan(0);
    expect(s.map.getState().doc).toBe(before);

    await acceptImport(s);
    const doc = s.map.getState().doc;
    expect(doc.id).not.toBe(before.id);
    expect(Object.keys(doc.nodes).length).toBe(pending!.result.nodeCount);
    expect(pending!.result.nodeCount).toBeGreaterThan(3);
    expect(s.imports.getState().scenarios[doc.id]).toEqual(pending!.result.scenarios);
    expect(lastNotice(s)?.text).toMatch(/Opened town-centre\.mmp from Mental Modeler as a new map, tidied \(lined up, overlaps removed\)\..*scenario/);
    expect((await s.library.getState().library.list()).some((e) => e.id === doc.id)).toBe(true);
  });

  it('cancel leaves the open map as it was', async () => {
    const s = sessionWithAMap();
    const before = s.map.getState().doc;
    await openFiles(s, [townCentre()]);
    cancelImport(s);
    expect(s.imports.getState().pending).toBeNull();
    expect(s.map.getState().doc).toBe(before);
    expect(lastNotice(s)?.text).toContain('Your open map has not changed');
  });

  it('a file that cannot be read says what and where, and changes nothing', async () => {
    const s = sessionWithAMap();
    const before = s.map.getState().doc;
    await openFiles(s, [new File(['digraph { a -> '], 'cut.dot')]);
    expect(s.imports.getState().pending).toBeNull();
    expect(s.map.getState().doc).toBe(before);
    expect(lastNotice(s)).toMatchObject({ tone: 'error' });
    expect(lastNotice(s)?.text).toMatch(/^Could not open cut\.dot\. Your open map has not changed\.\n.*DOT/);
  });

  it('refuses a file over the size limit before reading it', async () => {
    const s = sessionWithAMap();
    let read = false;
    const huge = { name: 'huge.graphml', size: MAX_FILE_BYTES + 1, arrayBuffer: () => ((read = true), Promise.resolve(new ArrayBuffer(0))) } as unknown as File;
    await openFiles(s, [huge]);
    expect(read).toBe(false);
    expect(lastNotice(s)?.text).toBe('Could not open huge.graphml: it is 25.0 MB, and System Canvas opens files of at most 25 MB. Your open map has not changed.');
  });

  it('says which dropped files were not opened', async () => {
    const s = sessionWithAMap();
    await openFiles(s, [townCentre(), new File(['digraph { a -> b }'], 'other.dot')]);
    expect(s.imports.getState().pending?.notOpened).toEqual(['other.dot']);
  });
});
