/**
 * The biggest PNG System Canvas makes, the same in the browser and the CLI.
 * Browsers cap a canvas at about 16,384 px a side and 268 million pixels
 * (Chromium); the CLI's renderer has no such cap of its own, and a map spread
 * over 200,000 px took 54 s and 7.9 GB before this bound (and crashed the
 * renderer at 20 million). A PDF poster is the way to print a bigger map.
 */
export const MAX_PNG_SIDE = 16384;
export const MAX_PNG_PIXELS = 268_000_000;

function pngFits(width: number, height: number): boolean {
  return width <= MAX_PNG_SIDE && height <= MAX_PNG_SIDE && width * height <= MAX_PNG_PIXELS;
}

/** Why a PNG of this size is refused, with what to do instead; null when it fits. */
export function pngSizeProblem(width: number, height: number, scale: number): string | null {
  if (pngFits(width, height)) return null;
  const smaller = [1, 2].filter((s) => s < scale && pngFits((width / scale) * s, (height / scale) * s));
  const instead = smaller.length ? `choose --scale ${smaller[smaller.length - 1]}` : 'export an SVG, or a PDF poster (--tile)';
  return `the image would be ${width} × ${height} pixels, more than the ${MAX_PNG_SIDE.toLocaleString('en-GB')} a side and ${MAX_PNG_PIXELS / 1e6} million pixels a PNG can have; ${instead}`;
}
