/**
 * The layout worker: runs layoutMap off the main thread so the canvas never
 * freezes, even on maps of thousands of nodes. One request per worker; the
 * client ends the worker when the layout is done or cancelled.
 */
import { layoutMap } from '../layoutMap.ts';
import type { LayoutReply, LayoutRequest } from '../protocol.ts';

/** The parts of the worker's global scope used here (the project's types are for the page, not workers). */
interface WorkerScope {
  onmessage: ((event: MessageEvent<LayoutRequest>) => void) | null;
  postMessage(message: LayoutReply): void;
}

const scope = self as unknown as WorkerScope;

scope.onmessage = async ({ data }) => {
  try {
    const positions = await layoutMap(data.doc, {
      algorithm: data.algorithm,
      nodeIds: data.nodeIds,
      pinned: new Set(data.pinned ?? []),
      onProgress: (progress) => scope.postMessage({ type: 'progress', progress }),
      // Loaded only when asked for, so elkjs stays out of the worker's first download too.
      elk: data.algorithm === 'elk-layered' ? (await import('./elk.ts')).browserElk : undefined,
    });
    scope.postMessage({ type: 'done', positions });
  } catch (err) {
    scope.postMessage({ type: 'error', message: err instanceof Error ? err.message : String(err) });
  }
};
