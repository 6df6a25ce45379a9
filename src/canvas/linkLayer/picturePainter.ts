/**
 * The worker that paints the link canvas's pictures (linkPicture.worker.ts):
 * one for the page, started when the first big map is drawn and kept (idle,
 * it costs next to nothing; starting one takes a moment the first picture of
 * a zoom would wait for). Null where a worker cannot paint (no
 * OffscreenCanvas): the canvas then paints on the page as before.
 */
import type { Prim } from '../../draw/prims.ts';
import type { PictureLayer, PictureReply, PictureRequest } from './linkPicture.ts';

export interface PicturePainter {
  paint(request: { width: number; height: number; matrix: PictureRequest['matrix']; layers: PictureLayer[] }): Promise<ImageBitmap | null>;
}

export function startPicturePainter(): { painter: PicturePainter; stop(): void } | null {
  if (typeof Worker === 'undefined' || typeof OffscreenCanvas === 'undefined') return null;
  const worker = new Worker(new URL('./linkPicture.worker.ts', import.meta.url), { type: 'module', name: 'link-pictures' });
  const waiting = new Map<number, (bitmap: ImageBitmap | null) => void>();
  let seq = 0;
  let broken = false;
  // Each list of shapes is sent to the worker once, then named by number: a pan sends only the links coming into view.
  const numbers = new WeakMap<readonly Prim[], number>();
  let lastNumber = 0;
  const held = new Set<number>();
  const numberOf = (prims: readonly Prim[]) => {
    let n = numbers.get(prims);
    if (n === undefined) numbers.set(prims, (n = ++lastNumber));
    return n;
  };
  worker.onmessage = (event: MessageEvent<PictureReply>) => {
    const done = waiting.get(event.data.seq);
    waiting.delete(event.data.seq);
    if (done) done(event.data.bitmap);
    else event.data.bitmap?.close();
  };
  // A worker that fails to load or throws leaves every waiting picture unpainted: the canvas paints them on the page instead.
  worker.onerror = () => {
    broken = true;
    for (const done of waiting.values()) done(null);
    waiting.clear();
  };
  return {
    painter: {
      paint: (request) =>
        new Promise((resolve) => {
          if (broken) return resolve(null);
          const learn: PictureRequest['learn'] = [];
          const used = new Set<number>();
          const layers = request.layers.map((layer) => ({
            ...(layer.ink ? { ink: layer.ink } : {}),
            shapes: layer.shapes.map((prims) => {
              const n = numberOf(prims);
              used.add(n);
              if (!held.has(n)) {
                held.add(n);
                learn.push([n, prims]);
              }
              return n;
            }),
          }));
          // The worker keeps what this picture used and about as much again, for a pan coming back.
          const forget: number[] = [];
          if (held.size > 2 * used.size + 1000) {
            for (const n of held) if (!used.has(n)) forget.push(n);
            for (const n of forget) held.delete(n);
          }
          const message: PictureRequest = { seq: ++seq, width: request.width, height: request.height, matrix: request.matrix, layers, learn, forget };
          waiting.set(message.seq, resolve);
          worker.postMessage(message);
        }),
    },
    stop() {
      worker.terminate();
      for (const done of waiting.values()) done(null);
      waiting.clear();
    },
  };
}

let shared: PicturePainter | null | undefined;

export function picturePainter(): PicturePainter | null {
  if (shared === undefined) shared = startPicturePainter()?.painter ?? null;
  return shared;
}
