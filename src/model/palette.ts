/**
 * Okabe–Ito colour-blind-safe palette. Theme fills use a light tint of the
 * colour so dark label text stays readable on a projector; the full colour is
 * used for the node's border stripe and the legend swatch.
 */
export const CLUSTER_PALETTE = [
  '#E69F00', // orange
  '#56B4E9', // sky blue
  '#009E73', // bluish green
  '#F0E442', // yellow
  '#0072B2', // blue
  '#D55E00', // vermillion
  '#CC79A7', // reddish purple
  '#999999', // grey
] as const;

export const POLARITY_COLOURS = { '+': '#0b5fa5', '-': '#b34700', '?': '#5f6368' } as const;

/** Mix a hex colour with white: amount 0 = colour, 1 = white. */
export function tint(hex: string, amount: number): string {
  const n = parseInt(hex.slice(1), 16);
  const mix = (c: number) => Math.round(c + (255 - c) * amount);
  const r = mix((n >> 16) & 255);
  const g = mix((n >> 8) & 255);
  const b = mix(n & 255);
  return `#${((1 << 24) | (r << 16) | (g << 8) | b).toString(16).slice(1)}`;
}

export function nextThemeColour(used: string[]): string {
  const lower = new Set(used.map((c) => c.toLowerCase()));
  return CLUSTER_PALETTE.find((c) => !lower.has(c.toLowerCase())) ?? CLUSTER_PALETTE[used.length % CLUSTER_PALETTE.length]!;
}
