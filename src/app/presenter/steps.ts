/**
 * Which step a key takes the presentation to: → Page Down Space next, ←
 * Page Up back (what a presenter's clicker sends), Home and End to the ends,
 * Escape leaves (null). Undefined for keys the presentation leaves alone.
 */
export function stepFor(key: string, at: number, total: number): number | null | undefined {
  const last = Math.max(0, total - 1);
  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
    case 'PageDown':
    case ' ':
      return Math.min(last, at + 1);
    case 'ArrowLeft':
    case 'ArrowUp':
    case 'PageUp':
      return Math.max(0, at - 1);
    case 'Home':
      return 0;
    case 'End':
      return last;
    case 'Escape':
      return null;
    default:
      return undefined;
  }
}
