import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { addNode, createMap, moveNodes, newNode } from '../model/operations.ts';
import { landNodes, preparedMove } from './landNodes.ts';
import { toFlowNodes, type FlowNode } from './toFlow.ts';

const none = { nodeIds: [], linkIds: [] };
const nodes = Array.from({ length: 40 }, (_, i) => newNode('factor', { x: i * 200, y: 0 }, { label: `N${i}` }));
const before = nodes.reduce((d, n) => addNode(n).apply(d), createMap());
const move = moveNodes(Object.fromEntries(nodes.map((n, i) => [n.id, { x: i * 200, y: 500 }])), 'Lay out (test)');

// Animation frames run when the test says so.
let frames: FrameRequestCallback[] = [];
const nextFrame = () => {
  const run = frames;
  frames = [];
  run.forEach((f) => f(performance.now()));
  return run.length;
};
beforeEach(() => {
  frames = [];
  vi.stubGlobal('requestAnimationFrame', (f: FrameRequestCallback) => frames.push(f));
  vi.stubGlobal('cancelAnimationFrame', () => (frames = []));
});
afterEach(() => vi.unstubAllGlobals());

function canvas() {
  let flow = toFlowNodes(before, { selection: none }, []);
  const setNodes = (update: (nodes: FlowNode[]) => FlowNode[]) => (flow = update(flow));
  return { setNodes, nodes: () => flow };
}

describe('handing an arrangement over to React Flow', () => {
  it('prepares the move so committing it gives the very nodes the canvas already has', () => {
    const { next, op } = preparedMove(move, before);
    expect(op.name).toBe('Lay out (test)');
    expect(op.apply(before)).toBe(next);
    // On any other document it is the ordinary move.
    const other = addNode(newNode('actor', { x: 0, y: 0 })).apply(before);
    expect(op.apply(other)).toEqual(move.apply(other));
  });

  it('gives the new places a batch per frame, then commits, and nothing is left to re-derive', () => {
    const { next } = preparedMove(move, before);
    const c = canvas();
    const landed = vi.fn();
    const batches: number[] = [];
    landNodes(c.setNodes, before, next, (ids) => batches.push(ids.size), landed);
    while (nextFrame() && !landed.mock.calls.length);
    expect(batches.length).toBeGreaterThan(1);
    expect(batches.reduce((a, b) => a + b)).toBe(nodes.length);
    expect(landed).toHaveBeenCalledOnce();
    expect(c.nodes().every((n) => n.position.y === 500 && n.data.node === next.nodes[n.id])).toBe(true);
    expect(toFlowNodes(next, { selection: none }, c.nodes())).toBe(c.nodes());
  });

  it('stopped part-way, gives React Flow back the old places', () => {
    const { next } = preparedMove(move, before);
    const c = canvas();
    const stop = landNodes(c.setNodes, before, next, () => {}, () => {});
    nextFrame();
    expect(c.nodes().some((n) => n.position.y === 500)).toBe(true);
    stop();
    expect(c.nodes().every((n) => n.position.y === 0 && n.data.node === before.nodes[n.id])).toBe(true);
    expect(nextFrame()).toBe(0);
  });
});
