/**
 * Colours as other tools write them (#rgb, #rrggbb, #rrggbbaa, rgb(), rgba(),
 * 0xRRGGBB, a few CSS and Graphviz names) turned into our #rrggbb.
 */
const NAMED: Record<string, string> = {
  black: '#000000', white: '#ffffff', red: '#ff0000', green: '#008000', lime: '#00ff00', blue: '#0000ff',
  yellow: '#ffff00', orange: '#ffa500', purple: '#800080', pink: '#ffc0cb', grey: '#808080', gray: '#808080',
  brown: '#a52a2a', cyan: '#00ffff', magenta: '#ff00ff', navy: '#000080', teal: '#008080', maroon: '#800000',
  olive: '#808000', silver: '#c0c0c0', gold: '#ffd700', lightblue: '#add8e6', lightgreen: '#90ee90',
  lightgrey: '#d3d3d3', lightgray: '#d3d3d3', darkgreen: '#006400', darkblue: '#00008b', darkred: '#8b0000',
  violet: '#ee82ee', indigo: '#4b0082', salmon: '#fa8072', skyblue: '#87ceeb', tomato: '#ff6347',
};

const hex2 = (n: number) => Math.max(0, Math.min(255, Math.round(n))).toString(16).padStart(2, '0');

export function rgbToHex(r: number, g: number, b: number): string {
  return `#${hex2(r)}${hex2(g)}${hex2(b)}`;
}

/** #rrggbb in lower case, or null when the text is not a colour we know. */
export function toHexColour(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const v = value.trim().toLowerCase();
  let m = /^#?([0-9a-f]{6})([0-9a-f]{2})?$/.exec(v);
  if (m && (v.startsWith('#') || v.length === 6)) return `#${m[1]}`;
  m = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/.exec(v);
  if (m) return `#${m[1]}${m[1]}${m[2]}${m[2]}${m[3]}${m[3]}`;
  m = /^0x([0-9a-f]{6})$/.exec(v);
  if (m) return `#${m[1]}`;
  m = /^rgba?\(\s*([\d.]+)\s*,\s*([\d.]+)\s*,\s*([\d.]+)\s*(,\s*[\d.]+\s*)?\)$/.exec(v);
  if (m) return rgbToHex(Number(m[1]), Number(m[2]), Number(m[3]));
  return NAMED[v] ?? null;
}

export function hexToRgb(hex: string): { r: number; g: number; b: number } {
  const n = parseInt(hex.slice(1), 16);
  return { r: (n >> 16) & 255, g: (n >> 8) & 255, b: n & 255 };
}

/** Hue in degrees 0..360 of a #rrggbb colour; null for greys. */
export function hueOf(hex: string): number | null {
  const { r, g, b } = hexToRgb(hex);
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  if (max - min < 16) return null;
  const d = max - min;
  let h = max === r ? ((g - b) / d) % 6 : max === g ? (b - r) / d + 2 : (r - g) / d + 4;
  h *= 60;
  return h < 0 ? h + 360 : h;
}
