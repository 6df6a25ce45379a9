/**
 * How far from the middle of the canvas a node may sit. Real maps stay within
 * a few thousand pixels (the 5,000-node benchmark map spreads about 90,000);
 * positions of 1e19 made layouts loop forever and exports fail, so the file
 * format bounds them and every edit that places a node keeps it inside.
 */
export const MAX_COORDINATE = 1_000_000;

/** A coordinate as the model stores it: a whole number within the bound (0 for a value that is not a number). */
export function clampCoordinate(value: number): number {
  if (Number.isNaN(value)) return 0;
  return Math.round(Math.min(MAX_COORDINATE, Math.max(-MAX_COORDINATE, value)));
}
