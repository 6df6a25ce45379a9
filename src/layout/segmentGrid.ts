/**
 * A uniform grid of straight segments (links drawn centre to centre), for
 * finding the links that may cross a given one without testing every link.
 * A segment is filed in every cell it passes through (column by column, with a
 * little to spare), so two segments that cross always share a cell; a segment
 * outside the grid's area is filed in the edge cells, which is slower, never wrong.
 */
export class SegmentGrid {
  private readonly cells: number[][];
  private readonly filed: number[][];
  private readonly seen: Int32Array;
  private stamp = 0;
  private readonly cw: number;
  private readonly ch: number;
  /** Slack around a segment's path, against rounding where it passes a cell's corner. */
  private readonly slack: number;
  private readonly scratch: number[] = [];

  /** Covers the area from (minX, minY) to (maxX, maxY) with cols × rows cells; ids are 0 .. count - 1. */
  constructor(
    private readonly minX: number,
    private readonly minY: number,
    maxX: number,
    maxY: number,
    private readonly cols: number,
    private readonly rows: number,
    count: number,
  ) {
    this.cw = (maxX - minX) / cols || 1;
    this.ch = (maxY - minY) / rows || 1;
    this.slack = 1e-6 * Math.max(this.cw, this.ch);
    this.cells = Array.from({ length: cols * rows }, () => []);
    this.filed = Array.from({ length: count }, () => []);
    this.seen = new Int32Array(count);
  }

  private col(x: number): number {
    return Math.min(this.cols - 1, Math.max(0, Math.floor((x - this.minX) / this.cw)));
  }

  private row(y: number): number {
    return Math.min(this.rows - 1, Math.max(0, Math.floor((y - this.minY) / this.ch)));
  }

  /** The cells the segment from (ax, ay) to (bx, by) passes through, into `out`. */
  cellsOf(ax: number, ay: number, bx: number, by: number, out: number[]): number[] {
    out.length = 0;
    const lo = Math.min(ax, bx);
    const hi = Math.max(ax, bx);
    const c0 = this.col(lo);
    const c1 = this.col(hi);
    for (let c = c0; c <= c1; c++) {
      let top = Math.min(ay, by);
      let bottom = Math.max(ay, by);
      if (c0 !== c1) {
        // The part of the segment inside this column: its heights where it enters and leaves.
        const xl = c === c0 ? lo : this.minX + c * this.cw;
        const xr = c === c1 ? hi : this.minX + (c + 1) * this.cw;
        const yl = ay + ((by - ay) * (xl - ax)) / (bx - ax);
        const yr = ay + ((by - ay) * (xr - ax)) / (bx - ax);
        top = Math.max(top, Math.min(yl, yr));
        bottom = Math.min(bottom, Math.max(yl, yr));
      }
      const r1 = this.row(bottom + this.slack);
      for (let r = this.row(top - this.slack); r <= r1; r++) out.push(r * this.cols + c);
    }
    return out;
  }

  /** Files segment `id` where it is now, taking it out of where it was. */
  set(id: number, ax: number, ay: number, bx: number, by: number): void {
    const old = this.filed[id]!;
    for (const cell of old) {
      const list = this.cells[cell]!;
      const at = list.indexOf(id);
      list[at] = list[list.length - 1]!;
      list.pop();
    }
    const now = this.cellsOf(ax, ay, bx, by, old);
    for (const cell of now) this.cells[cell]!.push(id);
  }

  /** The segments filed in one cell (read only), for a caller that walks `cellsOf` itself and skips repeats its own way. */
  inCell(cell: number): readonly number[] {
    return this.cells[cell]!;
  }

  /** Every filed segment sharing a cell with the given one, each once, into `out`. */
  near(ax: number, ay: number, bx: number, by: number, out: number[]): number[] {
    out.length = 0;
    this.stamp++;
    for (const cell of this.cellsOf(ax, ay, bx, by, this.scratch)) {
      for (const id of this.cells[cell]!) {
        if (this.seen[id] === this.stamp) continue;
        this.seen[id] = this.stamp;
        out.push(id);
      }
    }
    return out;
  }
}
