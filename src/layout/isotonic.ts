/**
 * Packing a row or column of nodes: given where each node would like to be,
 * in a fixed order, find the positions closest to those wishes (least squares)
 * that keep every node at least `gap` after the one before. Solved exactly by
 * pool-adjacent-violators in linear time, which is what lets the layered and
 * radial layouts place thousands of nodes without overlaps and without a solver.
 */
export function packInOrder(desired: ArrayLike<number>, gap: number, weights?: ArrayLike<number>): Float64Array {
  const n = desired.length;
  // Shift out the gaps: the problem becomes "closest non-decreasing sequence".
  const blockSum = new Float64Array(n);
  const blockWeight = new Float64Array(n);
  const blockCount = new Int32Array(n);
  let blocks = 0;
  for (let i = 0; i < n; i++) {
    const w = weights ? Math.max(weights[i]!, 1e-9) : 1;
    blockSum[blocks] = w * (desired[i]! - i * gap);
    blockWeight[blocks] = w;
    blockCount[blocks] = 1;
    blocks++;
    while (blocks > 1 && blockSum[blocks - 2]! / blockWeight[blocks - 2]! >= blockSum[blocks - 1]! / blockWeight[blocks - 1]!) {
      blockSum[blocks - 2]! += blockSum[blocks - 1]!;
      blockWeight[blocks - 2]! += blockWeight[blocks - 1]!;
      blockCount[blocks - 2]! += blockCount[blocks - 1]!;
      blocks--;
    }
  }
  const out = new Float64Array(n);
  let i = 0;
  for (let b = 0; b < blocks; b++) {
    const value = blockSum[b]! / blockWeight[b]!;
    for (let k = 0; k < blockCount[b]!; k++, i++) out[i] = value + i * gap;
  }
  return out;
}
