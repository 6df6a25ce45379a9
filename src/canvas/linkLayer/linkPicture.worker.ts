/** Paints the link canvas's pictures (linkPicture.ts) off the main thread and hands them back as bitmaps. */
import type { Prim } from '../../draw/prims.ts';
import { paintPrims } from './paintPrims.ts';
import type { PictureReply, PictureRequest } from './linkPicture.ts';

let paper: OffscreenCanvas | null = null;
/** The shapes sent so far, by number. */
const known = new Map<number, readonly Prim[]>();

self.onmessage = (event: MessageEvent<PictureRequest>) => {
  const { seq, width, height, matrix, layers, learn, forget } = event.data;
  for (const n of forget) known.delete(n);
  for (const [n, prims] of learn) known.set(n, prims);
  let bitmap: ImageBitmap | null = null;
  try {
    if (!paper || paper.width !== width || paper.height !== height) paper = new OffscreenCanvas(width, height);
    const ctx = paper.getContext('2d');
    if (ctx) {
      ctx.setTransform(...matrix);
      for (const layer of layers) {
        for (const n of layer.shapes) {
          const prims = known.get(n);
          if (prims) paintPrims(ctx, prims, layer.ink);
        }
      }
      // Leaves the paper blank, the size it was, for the next picture.
      bitmap = paper.transferToImageBitmap();
    }
  } catch {
    bitmap = null;
  }
  const reply: PictureReply = { seq, bitmap };
  (self as unknown as Worker).postMessage(reply, bitmap ? [bitmap] : []);
};
