/** Themes as a whole: how big each is and which ones are strongly linked, for layouts that keep themes together. */
import type { LayoutGraph } from './graph.ts';

/** Nodes per theme; index themeIds.length counts the nodes outside every theme. */
export function themeMembers(g: LayoutGraph): number[][] {
  const members: number[][] = Array.from({ length: g.themeIds.length + 1 }, () => []);
  for (let v = 0; v < g.n; v++) members[g.theme[v]! < 0 ? g.themeIds.length : g.theme[v]!]!.push(v);
  return members;
}

/** Summed link strength between every two themes (nodes outside themes are left out). */
function themeLinkWeights(g: LayoutGraph): Float64Array[] {
  const k = g.themeIds.length;
  const w = Array.from({ length: k }, () => new Float64Array(k));
  for (let e = 0; e < g.m; e++) {
    const a = g.theme[g.src[e]!]!;
    const b = g.theme[g.dst[e]!]!;
    if (a < 0 || b < 0 || a === b) continue;
    w[a]![b]! += g.weight[e]!;
    w[b]![a]! += g.weight[e]!;
  }
  return w;
}

/**
 * An order of themes around a circle in which strongly linked themes sit side
 * by side: grow a chain from the most linked pair, then untangle it with 2-opt.
 * Themes with no members are left out.
 */
export function themeCycle(g: LayoutGraph, members: number[][]): number[] {
  const w = themeLinkWeights(g);
  const themes = g.themeIds.map((_, c) => c).filter((c) => members[c]!.length > 0);
  if (themes.length <= 3) return themes;
  let bestA = themes[0]!;
  let bestB = themes[1]!;
  for (const a of themes) for (const b of themes) if (a < b && w[a]![b]! > w[bestA]![bestB]!) [bestA, bestB] = [a, b];
  const chain = [bestA, bestB];
  const left = new Set(themes.filter((c) => c !== bestA && c !== bestB));
  while (left.size) {
    let pick = -1;
    let atEnd = true;
    let best = -1;
    for (const c of left) {
      const toEnd = w[chain[chain.length - 1]!]![c]!;
      const toStart = w[chain[0]!]![c]!;
      if (toEnd > best) [best, pick, atEnd] = [toEnd, c, true];
      if (toStart > best) [best, pick, atEnd] = [toStart, c, false];
    }
    left.delete(pick);
    if (atEnd) chain.push(pick);
    else chain.unshift(pick);
  }
  // 2-opt on the cycle: reverse a stretch whenever that puts more weight between neighbours.
  const k = chain.length;
  for (let pass = 0; pass < 4; pass++) {
    let improved = false;
    for (let i = 0; i < k - 1; i++) {
      for (let j = i + 2; j < k - (i === 0 ? 1 : 0); j++) {
        const a = chain[i]!;
        const b = chain[i + 1]!;
        const c = chain[j]!;
        const d = chain[(j + 1) % k]!;
        if (w[a]![c]! + w[b]![d]! > w[a]![b]! + w[c]![d]! + 1e-9) {
          chain.splice(i + 1, j - i, ...chain.slice(i + 1, j + 1).reverse());
          improved = true;
        }
      }
    }
    if (!improved) break;
  }
  return chain;
}
