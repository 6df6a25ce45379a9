/**
 * The Unicode blocks whose widths are tabled: Latin (with Welsh ŵ ŷ ẁ ẃ ẅ ỳ),
 * Greek, Cyrillic, punctuation, arrows, maths and the symbols the exports
 * draw (★ ✓ ● ◐ ■). Anything else is measured at an average width.
 */
export const METRIC_RANGES: readonly (readonly [number, number])[] = [
  [0x0020, 0x024f],
  [0x0370, 0x03ff],
  [0x0400, 0x052f],
  [0x1e00, 0x1eff],
  [0x2000, 0x206f],
  [0x20a0, 0x20bf],
  [0x2100, 0x214f],
  [0x2190, 0x21ff],
  [0x2200, 0x22ff],
  [0x25a0, 0x25ff],
  [0x2600, 0x26ff],
  [0x2700, 0x27bf],
];
