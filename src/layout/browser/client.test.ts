import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseMapText } from '../../model/load.ts';
import type { MapDocument } from '../../model/types.ts';
import { runLayout, type LayoutWorker } from './client.ts';
import { countOverlaps } from '../geometry.ts';
import type { LayoutReply, LayoutRequest } from '../protocol.ts';

function example(): MapDocument {
  const result = parseMapText(readFileSync(new URL('../../../examples/healthy-weight-place.json', import.meta.url), 'utf8'));
  if (!result.ok) throw new Error('the example map does not load');
  return result.doc;
}

/** Loads the real worker module against a stand-in global scope, wired to a stand-in Worker. */
async function inProcessWorker(): Promise<LayoutWorker & { terminated: boolean }> {
  vi.resetModules();
  const scope: { onmessage: ((event: { data: LayoutRequest }) => void) | null; postMessage(message: LayoutReply): void } = { onmessage: null, postMessage: () => {} };
  vi.stubGlobal('self', scope);
  await import('./layout.worker.ts');
  const worker = {
    onmessage: null as LayoutWorker['onmessage'],
    onerror: null as LayoutWorker['onerror'],
    terminated: false,
    postMessage(message: LayoutRequest) {
      // Structured cloning, as a real worker boundary would do.
      const copy = structuredClone(message);
      setTimeout(() => scope.onmessage?.({ data: copy }), 0);
    },
    terminate() {
      worker.terminated = true;
    },
  };
  scope.postMessage = (message) => {
    if (!worker.terminated) worker.onmessage?.({ data: structuredClone(message) } as MessageEvent<LayoutReply>);
  };
  return worker;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('runLayout', () => {
  it('lays out in the worker, forwards progress and ends the worker', async () => {
    const worker = await inProcessWorker();
    const progress: number[] = [];
    const run = runLayout(example(), { algorithm: 'radial', pinned: new Set(['n_schools']), onProgress: (p) => progress.push(p.fraction) }, () => worker);
    const positions = await run.promise;
    expect(Object.keys(positions)).toHaveLength(Object.keys(example().nodes).length - 1);
    expect(positions.n_schools).toBeUndefined();
    expect(countOverlaps(positions)).toBe(0);
    expect(progress.at(-1)).toBe(1);
    expect(worker.terminated).toBe(true);
  });

  it('cancels by ending the worker', async () => {
    const worker = await inProcessWorker();
    const run = runLayout(example(), { algorithm: 'organic' }, () => worker);
    run.cancel();
    await expect(run.promise).rejects.toMatchObject({ name: 'AbortError' });
    expect(worker.terminated).toBe(true);
  });

  it('passes on an error from the worker as a rejection with its message', async () => {
    const worker = await inProcessWorker();
    const broken = { ...example(), nodes: null } as unknown as MapDocument;
    await expect(runLayout(broken, { algorithm: 'layered' }, () => worker).promise).rejects.toThrow(/null/);
    expect(worker.terminated).toBe(true);
  });
});
