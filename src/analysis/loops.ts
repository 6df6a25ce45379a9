/**
 * Feedback loops: every closed chain of influence (elementary cycle) up to a
 * maximum number of links.
 *
 * The search is a depth-first walk from each node s in turn that only visits
 * nodes numbered above s, so each loop is found once, from its lowest-numbered
 * node. Before each walk a backwards breadth-first search measures how many
 * links every node is from s; a branch stops as soon as it could not get back
 * to s within the maximum length. This bounded search suits short loops
 * better than Johnson's algorithm, whose blocking rule does not combine with a
 * length limit.
 *
 * Maps can hold millions of long loops, so the search has a budget (how many
 * loops, how long) and says when and why it stopped early.
 */
import type { Id, MapDocument } from '../model/types.ts';
import { indexGraph, normalisedStrength, type IndexedGraph } from './graph.ts';
import { loopKindOf, type LoopKind } from './sign.ts';

export type { LoopKind } from './sign.ts';

export interface Loop {
  /** Stable across sessions and edits elsewhere in the map; see loopKey. */
  key: string;
  /** The nodes in order; the loop closes from the last one back to the first. */
  nodeIds: Id[];
  /** linkIds[i] runs from nodeIds[i] to the next node. */
  linkIds: Id[];
  length: number;
  kind: LoopKind;
  /** How many "−" links: even makes a reinforcing loop, odd a balancing one. */
  negativeLinks: number;
  /**
   * How strong the loop is, from 0 to 1: the geometric mean of its links'
   * strength / 3. 1 when every link is strong. The mean rather than the product,
   * so long loops are not marked weak merely for being long.
   */
  strength: number;
}

export interface FindLoopsOptions {
  /** The longest loop to look for, in links. */
  maxLength?: number;
  /** Stop after this many loops. */
  maxLoops?: number;
  /** Stop after this many milliseconds. */
  maxMillis?: number;
  /** A clock in milliseconds; tests pass a fake one. */
  now?: () => number;
}

export type LoopLimit = 'maxLoops' | 'maxMillis';

export interface LoopSearch {
  loops: Loop[];
  maxLength: number;
  /** True when the budget ran out before every loop was found. */
  truncated: boolean;
  truncatedBy: LoopLimit | null;
  /** A sentence for the user when truncated, otherwise null. */
  reason: string | null;
}

export const DEFAULT_MAX_LOOP_LENGTH = 6;
export const DEFAULT_MAX_LOOPS = 5000;
export const DEFAULT_MAX_MILLIS = 2000;

// Reading the clock on every step would cost more than the step itself.
const CLOCK_EVERY = 1024;

export function findLoops(doc: MapDocument, options: FindLoopsOptions = {}): LoopSearch {
  const maxLength = options.maxLength ?? DEFAULT_MAX_LOOP_LENGTH;
  const maxLoops = options.maxLoops ?? DEFAULT_MAX_LOOPS;
  const maxMillis = options.maxMillis ?? DEFAULT_MAX_MILLIS;
  if (!Number.isInteger(maxLength) || maxLength < 1) throw new RangeError(`maxLength must be a whole number of at least 1, not ${maxLength}`);
  if (!(maxLoops >= 1)) throw new RangeError(`maxLoops must be at least 1, not ${maxLoops}`);
  const now = options.now ?? (() => performance.now());
  const started = now();

  const g = indexGraph(doc);
  const n = g.ids.length;
  const loops: Loop[] = [];
  let stoppedBy: LoopLimit | null = null;
  let steps = 0;

  const FAR = maxLength + 1;
  const distBack = new Int32Array(n).fill(FAR);
  const onPath = new Uint8Array(n);
  const pathLinks = new Int32Array(maxLength);
  const queue = new Int32Array(n);

  const outOfTime = () => now() - started > maxMillis;

  const walk = (s: number, v: number, depth: number): void => {
    for (let i = g.outStart[v]!, end = g.outStart[v + 1]!; i < end; i++) {
      if (stoppedBy) return;
      if (++steps % CLOCK_EVERY === 0 && outOfTime()) {
        stoppedBy = 'maxMillis';
        return;
      }
      const e = g.outLinks[i]!;
      const w = g.linkTarget[e]!;
      if (w === s) {
        pathLinks[depth] = e;
        loops.push(makeLoop(g, pathLinks.subarray(0, depth + 1)));
        if (loops.length >= maxLoops) stoppedBy = 'maxLoops';
      } else if (w > s && !onPath[w] && depth + 1 + distBack[w]! <= maxLength) {
        onPath[w] = 1;
        pathLinks[depth] = e;
        walk(s, w, depth + 1);
        onPath[w] = 0;
      }
    }
  };

  for (let s = 0; s < n && !stoppedBy; s++) {
    if (outOfTime()) {
      stoppedBy = 'maxMillis';
      break;
    }
    const reached = measureBack(g, s, maxLength, distBack, queue);
    onPath[s] = 1;
    walk(s, s, 0);
    onPath[s] = 0;
    for (let i = 0; i < reached; i++) distBack[queue[i]!] = FAR;
  }

  return {
    loops,
    maxLength,
    truncated: stoppedBy !== null,
    truncatedBy: stoppedBy,
    reason: describeLimit(stoppedBy, maxLoops, maxMillis),
  };
}

/**
 * Fills distBack with each node's distance (in links) back to s, through nodes
 * numbered s or above, up to maxLength - 1 links. Returns how many nodes it
 * wrote, listed at the start of queue, so the caller can reset only those.
 */
function measureBack(g: IndexedGraph, s: number, maxLength: number, distBack: Int32Array, queue: Int32Array): number {
  let head = 0;
  let tail = 0;
  distBack[s] = 0;
  queue[tail++] = s;
  while (head < tail) {
    const v = queue[head++]!;
    const d = distBack[v]!;
    if (d + 1 >= maxLength) continue;
    for (let i = g.inStart[v]!, end = g.inStart[v + 1]!; i < end; i++) {
      const u = g.linkSource[g.inLinks[i]!]!;
      if (u > s && distBack[u]! > d + 1) {
        distBack[u] = d + 1;
        queue[tail++] = u;
      }
    }
  }
  return tail;
}

function makeLoop(g: IndexedGraph, linkNumbers: Int32Array): Loop {
  const links = Array.from(linkNumbers, (e) => g.links[e]!);
  // Start at the link whose id sorts first, so the same loop always reads the same way.
  let first = 0;
  for (let i = 1; i < links.length; i++) if (links[i]!.id < links[first]!.id) first = i;
  const ordered = [...links.slice(first), ...links.slice(0, first)];
  let logSum = 0;
  let negativeLinks = 0;
  for (const l of ordered) {
    logSum += Math.log(normalisedStrength(l));
    if (l.polarity === '-') negativeLinks++;
  }
  const linkIds = ordered.map((l) => l.id);
  return {
    key: keyOf(linkIds),
    nodeIds: ordered.map((l) => l.source),
    linkIds,
    length: ordered.length,
    kind: loopKindOf(ordered.map((l) => l.polarity)),
    negativeLinks,
    strength: Math.exp(logSum / ordered.length),
  };
}

/**
 * A loop's stable id: its link ids, turned so the id that sorts first comes
 * first, joined by commas (ids are URI-encoded, so a comma in an id cannot
 * make two loops share a key). It depends only on the links in the loop, so a
 * name a user gives a loop can be saved and found again after other edits.
 */
export function loopKey(loop: { linkIds: readonly Id[] }): string {
  const ids = loop.linkIds;
  let first = 0;
  for (let i = 1; i < ids.length; i++) if (ids[i]! < ids[first]!) first = i;
  return keyOf([...ids.slice(first), ...ids.slice(0, first)]);
}

function keyOf(orderedLinkIds: readonly Id[]): string {
  return orderedLinkIds.map(encodeURIComponent).join(',');
}

function describeLimit(limit: LoopLimit | null, maxLoops: number, maxMillis: number): string | null {
  if (limit === 'maxLoops') return `stopped after finding ${maxLoops} loops, the most it looks for; shorten the maximum loop length or focus on one node to see the rest`;
  if (limit === 'maxMillis') return `stopped after ${maxMillis} ms, the time it is allowed; shorten the maximum loop length to see every loop`;
  return null;
}
