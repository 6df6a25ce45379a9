/**
 * SVG to PNG in the browser: draw the SVG as an image onto a canvas scale
 * times its size. Browsers cap canvas size (about 16,384 px a side and
 * 268 million pixels in Chromium), so a huge map at 4× is refused with a
 * message rather than coming out blank.
 */
import { MAX_PNG_PIXELS as MAX_PIXELS, MAX_PNG_SIDE as MAX_SIDE } from '../png-size.ts';
import type { RenderedSvg } from '../svg.ts';
import type { PngScale } from '../types.ts';

export function checkCanvasSize(width: number, height: number): string | null {
  if (width > MAX_SIDE || height > MAX_SIDE || width * height > MAX_PIXELS) {
    return `The image would be ${width} × ${height} pixels, more than a browser can draw. Choose a smaller scale or export a PDF poster.`;
  }
  return null;
}

export async function svgToPngBrowser(rendered: RenderedSvg, scale: PngScale): Promise<Blob> {
  const width = rendered.width * scale;
  const height = rendered.height * scale;
  const problem = checkCanvasSize(width, height);
  if (problem) throw new Error(problem);
  const url = URL.createObjectURL(new Blob([rendered.svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image(rendered.width, rendered.height);
    image.decoding = 'async';
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = width;
    canvas.height = height;
    const context = canvas.getContext('2d');
    if (!context) throw new Error('This browser cannot draw images (no 2D canvas).');
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, width, height);
    context.drawImage(image, 0, 0, width, height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('The browser could not encode the PNG.'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}
