/**
 * A binary min-heap of node numbers, ordered by a cost and then by a hop
 * count, for Dijkstra's shortest paths. Entries are never updated in place: a
 * node is pushed again with a better cost and stale entries are skipped when
 * popped, which is simpler and, on sparse maps, as fast.
 */
export class MinHeap {
  private nodes: number[] = [];
  private costs: number[] = [];
  private hops: number[] = [];

  get size(): number {
    return this.nodes.length;
  }

  push(node: number, cost: number, hops: number): void {
    this.nodes.push(node);
    this.costs.push(cost);
    this.hops.push(hops);
    this.up(this.nodes.length - 1);
  }

  /** The entry with the lowest cost (fewest hops among equal costs), or undefined when empty. */
  pop(): { node: number; cost: number; hops: number } | undefined {
    if (!this.nodes.length) return undefined;
    const top = { node: this.nodes[0]!, cost: this.costs[0]!, hops: this.hops[0]! };
    const last = this.nodes.length - 1;
    this.move(last, 0);
    this.nodes.pop();
    this.costs.pop();
    this.hops.pop();
    if (this.nodes.length) this.down(0);
    return top;
  }

  private less(i: number, j: number): boolean {
    return this.costs[i]! < this.costs[j]! || (this.costs[i] === this.costs[j] && this.hops[i]! < this.hops[j]!);
  }

  private move(from: number, to: number): void {
    this.nodes[to] = this.nodes[from]!;
    this.costs[to] = this.costs[from]!;
    this.hops[to] = this.hops[from]!;
  }

  private swap(i: number, j: number): void {
    [this.nodes[i], this.nodes[j]] = [this.nodes[j]!, this.nodes[i]!];
    [this.costs[i], this.costs[j]] = [this.costs[j]!, this.costs[i]!];
    [this.hops[i], this.hops[j]] = [this.hops[j]!, this.hops[i]!];
  }

  private up(i: number): void {
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.less(i, parent)) return;
      this.swap(i, parent);
      i = parent;
    }
  }

  private down(i: number): void {
    const n = this.nodes.length;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let smallest = i;
      if (l < n && this.less(l, smallest)) smallest = l;
      if (r < n && this.less(r, smallest)) smallest = r;
      if (smallest === i) return;
      this.swap(i, smallest);
      i = smallest;
    }
  }
}
