/**
 * Network simplex ranking (Gansner, Koutsofios, North and Vo, 1993): given
 * links that point forward, give each node a column so every link goes at
 * least one column forward and the total link length (weighted) is as small
 * as it can be. Short links are what keep a layered drawing readable; this is
 * the same method ELK and Graphviz use, on typed arrays.
 */

/**
 * Improves a feasible ranking in place. tail/head are forward links (no two
 * links between the same pair of nodes), rank must already put every head at
 * least one column after its tail. Stops after maxPivots exchanges, so the
 * time spent is bounded even on awkward graphs.
 */
export function networkSimplex(n: number, tail: Int32Array, head: Int32Array, weight: Float64Array, rank: Int32Array, maxPivots: number): void {
  const m = tail.length;
  const start = new Int32Array(n + 1);
  for (let e = 0; e < m; e++) {
    start[tail[e]! + 1]!++;
    start[head[e]! + 1]!++;
  }
  for (let v = 0; v < n; v++) start[v + 1]! += start[v]!;
  const fill = start.slice(0, n);
  const incident = new Int32Array(2 * m);
  for (let e = 0; e < m; e++) {
    incident[fill[tail[e]!]!++] = e;
    incident[fill[head[e]!]!++] = e;
  }
  const other = (e: number, v: number) => (tail[e] === v ? head[e]! : tail[e]!);
  const slack = (e: number) => rank[head[e]!]! - rank[tail[e]!]! - 1;

  const inTree = new Uint8Array(m);
  const roots = feasibleTree(n, start, incident, other, slack, rank, inTree, tail);

  const parent = new Int32Array(n);
  const parentEdge = new Int32Array(n);
  const low = new Int32Array(n);
  const lim = new Int32Array(n);
  const postorder = new Int32Array(n);
  const cut = new Float64Array(m);

  // Numbers the tree in postorder: a node's subtree is exactly the nodes with lim in [low, lim].
  const numberTree = () => {
    let next = 0;
    const stack: number[] = [];
    const cursor = new Int32Array(n);
    for (const root of roots) {
      parent[root] = -1;
      parentEdge[root] = -1;
      cursor[root] = start[root]!;
      low[root] = next;
      stack.push(root);
      while (stack.length) {
        const v = stack[stack.length - 1]!;
        if (cursor[v]! < start[v + 1]!) {
          const e = incident[cursor[v]!++]!;
          if (!inTree[e] || e === parentEdge[v]) continue;
          const w = other(e, v);
          parent[w] = v;
          parentEdge[w] = e;
          cursor[w] = start[w]!;
          low[w] = next;
          stack.push(w);
          continue;
        }
        stack.pop();
        lim[v] = next;
        postorder[next++] = v;
      }
    }
  };

  // Cut value of a tree edge: the weight of links crossing the cut it makes, forward minus backward.
  const computeCutValues = () => {
    for (let i = 0; i < n; i++) {
      const child = postorder[i]!;
      const pe = parentEdge[child]!;
      if (pe < 0) continue;
      const childIsTail = tail[pe] === child;
      let value = weight[pe]!;
      for (let k = start[child]!; k < start[child + 1]!; k++) {
        const e = incident[k]!;
        if (e === pe) continue;
        const same = (tail[e] === child) === childIsTail;
        value += same ? weight[e]! : -weight[e]!;
        if (inTree[e]) value += same ? -cut[e]! : cut[e]!;
      }
      cut[pe] = value;
    }
  };

  const isDescendant = (v: number, root: number) => low[root]! <= lim[v]! && lim[v]! <= lim[root]!;

  numberTree();
  computeCutValues();
  for (let pivot = 0; pivot < maxPivots; pivot++) {
    let leave = -1;
    for (let e = 0; e < m; e++) {
      if (inTree[e] && cut[e]! < 0) {
        leave = e;
        break;
      }
    }
    if (leave < 0) break;
    let side = tail[leave]!;
    let flip = false;
    if (lim[tail[leave]!]! > lim[head[leave]!]!) {
      side = head[leave]!;
      flip = true;
    }
    let enter = -1;
    let best = Infinity;
    for (let e = 0; e < m; e++) {
      if (flip === isDescendant(tail[e]!, side) && flip !== isDescendant(head[e]!, side)) {
        const s = slack(e);
        if (s < best) {
          best = s;
          enter = e;
        }
      }
    }
    if (enter < 0) break;
    inTree[leave] = 0;
    inTree[enter] = 1;
    numberTree();
    computeCutValues();
    // Re-rank from the roots down so every tree link is tight again.
    for (let i = n - 1; i >= 0; i--) {
      const v = postorder[i]!;
      const pe = parentEdge[v]!;
      if (pe >= 0) rank[v] = rank[parent[v]!]! + (tail[pe] === parent[v] ? 1 : -1);
    }
  }
  normalise(n, roots, rank, parent, postorder);
}

/** Grows a spanning tree of tight links (slack 0) per connected part, shifting ranks to make links tight. Returns the roots. */
function feasibleTree(
  n: number,
  start: Int32Array,
  incident: Int32Array,
  other: (e: number, v: number) => number,
  slack: (e: number) => number,
  rank: Int32Array,
  inTree: Uint8Array,
  tail: Int32Array,
): number[] {
  const seen = new Uint8Array(n);
  const roots: number[] = [];
  for (let root = 0; root < n; root++) {
    if (seen[root]) continue;
    roots.push(root);
    const members = [root];
    const stack = [root];
    seen[root] = 1;
    for (;;) {
      while (stack.length) {
        const v = stack.pop()!;
        for (let k = start[v]!; k < start[v + 1]!; k++) {
          const e = incident[k]!;
          const w = other(e, v);
          if (seen[w] || slack(e) !== 0) continue;
          seen[w] = 1;
          inTree[e] = 1;
          members.push(w);
          stack.push(w);
        }
      }
      let best = -1;
      let bestSlack = Infinity;
      for (const v of members) {
        for (let k = start[v]!; k < start[v + 1]!; k++) {
          const e = incident[k]!;
          if (seen[other(e, v)]) continue;
          const s = slack(e);
          if (s < bestSlack) {
            bestSlack = s;
            best = e;
          }
        }
      }
      if (best < 0) break;
      const delta = seen[tail[best]!] ? bestSlack : -bestSlack;
      for (const v of members) rank[v]! += delta;
      stack.push(seen[tail[best]!] ? tail[best]! : other(best, tail[best]!));
    }
  }
  return roots;
}

/** Shifts each connected part so its first column is 0. */
function normalise(n: number, roots: number[], rank: Int32Array, parent: Int32Array, postorder: Int32Array): void {
  const rootOf = new Int32Array(n);
  for (let i = n - 1; i >= 0; i--) {
    const v = postorder[i]!;
    rootOf[v] = parent[v]! < 0 ? v : rootOf[parent[v]!]!;
  }
  const least = new Map<number, number>(roots.map((r) => [r, Infinity]));
  for (let v = 0; v < n; v++) least.set(rootOf[v]!, Math.min(least.get(rootOf[v]!)!, rank[v]!));
  for (let v = 0; v < n; v++) rank[v]! -= least.get(rootOf[v]!)!;
}
