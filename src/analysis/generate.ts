/**
 * Generated maps of any size, for benchmarks, layout tests and analysis tests.
 * The same options and seed always give the same map, byte for byte.
 *
 * The maps look like real system maps rather than random noise: one focal
 * outcome in the middle, themes (clusters) whose factors link mostly among
 * themselves, some actors, short feedback loops planted inside themes, at least
 * one link from each theme into the outcome, and a realistic mix of polarities
 * (about 30% "−", 3% "?") and strengths.
 */
import { emptySensemaking } from '../model/sensemaking.ts';
import { CLUSTER_PALETTE } from '../model/palette.ts';
import { CONFIDENCES, EXPERIMENT_STATUSES, INTENDED_EFFECTS, LEARNING_PHASES, OBSERVED_EFFECTS } from '../model/types.ts';
import type { Theme, Experiment, Id, Link, MapDocument, MapNode, Polarity, Touch } from '../model/types.ts';
import { seededRandom, type Random } from './random.ts';

export interface GenerateOptions {
  nodes: number;
  links: number;
  /** Themes; default one per 15 nodes. 0 leaves every node without a theme. */
  clusters?: number;
  seed?: number;
  /** The share of links that stay inside one theme; default 0.7. */
  withinTheme?: number;
  /** Short loops (2 to 5 links) planted inside themes; default one per 30 links. */
  plantedLoops?: number;
  /** Experiments, each touching 2 to 5 nodes; default 0. */
  experiments?: number;
  title?: string;
}

const STAMP = '2026-01-01T00:00:00.000Z';
const THEMES = ['Physiology', 'Food environment', 'Physical activity', 'Social connection', 'Work and income', 'Housing', 'Health services', 'Learning', 'Transport', 'Individual psychology', 'Local economy', 'Green space'];
const QUALIFIERS = ['Local', 'Household', 'Family', 'Community', 'Workplace', 'School', 'Neighbourhood', 'Personal', 'Public', 'Shared', 'Early years', 'Long-term', 'Everyday', 'Digital', 'Peer'];
const SUBJECTS = ['food prices', 'stress', 'sleep', 'trust in services', 'access to green space', 'income', 'debt', 'confidence', 'cooking skills', 'screen time', 'safe walking routes', 'bus services', 'support networks', 'waiting times', 'advice', 'isolation', 'motivation', 'job security', 'rent', 'energy costs', 'physical activity', 'portion sizes', 'takeaway outlets', 'mental health', 'caring duties'];
const ACTORS = ['Residents', 'GP practice', 'Council', 'Schools', 'Employers', 'Housing association', 'Voluntary groups', 'Pharmacies', 'Leisure centre', 'Job centre', 'Health visitors', 'Faith groups'];

export function generateMap(options: GenerateOptions): MapDocument {
  const n = options.nodes;
  const linkCount = options.links;
  const k = options.clusters ?? Math.min(Math.max(1, Math.round(n / 15)), Math.max(0, n - 1));
  const seed = options.seed ?? 1;
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`nodes must be a whole number of at least 1, not ${n}`);
  if (!Number.isInteger(linkCount) || linkCount < 0) throw new RangeError(`links must be a whole number, not ${linkCount}`);
  if (linkCount > n * (n - 1)) throw new RangeError(`${n} nodes can hold at most ${n * (n - 1)} links, not ${linkCount}`);
  if (!Number.isInteger(k) || k < 0 || k > Math.max(0, n - 1)) throw new RangeError(`clusters must be a whole number from 0 to ${Math.max(0, n - 1)}, not ${k}`);
  const rng = seededRandom(seed);

  const clusters = makeThemes(k);
  const themeIds = Object.keys(clusters);
  const members: number[][] = themeIds.map(() => []);
  const themeOf = new Int32Array(n).fill(-1);
  // Node 0 is the focal outcome, outside every theme, as in the reference maps.
  const weights = themeIds.map(() => 0.5 + rng.next());
  const total = weights.reduce((a, b) => a + b, 0);
  for (let i = 1; i < n && k > 0; i++) {
    const c = i <= k ? i - 1 : pickWeighted(rng, weights, total);
    themeOf[i] = c;
    members[c]!.push(i);
  }

  const nodeIds = ids('n', n);
  const nodes: Record<Id, MapNode> = {};
  const labels = rng.shuffle(QUALIFIERS.flatMap((q) => SUBJECTS.map((s) => `${q} ${s}`)));
  const positions = place(n, k, members);
  for (let i = 0; i < n; i++) {
    const c = themeOf[i]!;
    const isActor = i > 0 && i % 10 === 5;
    const base: MapNode = {
      id: nodeIds[i]!,
      kind: i === 0 ? 'outcome' : isActor ? 'actor' : 'factor',
      label: i === 0 ? 'Healthy lives across the population' : isActor ? numbered(ACTORS, Math.floor(i / 10)) : numbered(labels, i),
      description: '',
      clusterId: c >= 0 ? themeIds[c]! : null,
      tags: [],
      position: positions[i]!,
      notes: [],
    };
    if (base.kind === 'actor') base.actorType = 'organisation';
    if (base.kind === 'factor') base.factorType = 'condition';
    nodes[base.id] = base;
  }

  const pairs = plantLinks(rng, n, linkCount, options, members);
  const linkIds = ids('l', pairs.length);
  const links: Record<Id, Link> = {};
  pairs.forEach(([s, t], i) => {
    const id = linkIds[i]!;
    links[id] = { id, source: nodeIds[s]!, target: nodeIds[t]!, ...linkFeatures(rng), label: '', evidence: '' };
  });

  const experiments = makeExperiments(rng, options.experiments ?? 0, nodes, nodeIds);
  return {
    schemaVersion: 3,
    id: `map_generated_${seed}`,
    meta: {
      title: options.title ?? `Generated map (${n} nodes, ${linkCount} links, seed ${seed})`,
      description: 'A generated map for tests and benchmarks. Its content is made up.',
      focalNodeId: nodeIds[0]!,
      scale: 'place',
      authors: [],
      createdAt: STAMP,
      updatedAt: STAMP,
    },
    nodes,
    links,
    clusters,
    experiments,
    ...emptySensemaking(),
  };
}

/** Chooses which ordered pairs are linked: planted loops, links into the outcome, then the rest. */
function plantLinks(rng: Random, n: number, wanted: number, options: GenerateOptions, members: number[][]): [number, number][] {
  const taken = new Set<number>();
  const pairs: [number, number][] = [];
  const add = (s: number, t: number) => {
    if (s === t || pairs.length >= wanted || taken.has(s * n + t)) return;
    taken.add(s * n + t);
    pairs.push([s, t]);
  };
  const everyone = Array.from({ length: n - 1 }, (_, i) => i + 1);
  const groups = (members.length ? members : [everyone]).filter((m) => m.length >= 2);
  const planted = options.plantedLoops ?? Math.round(wanted / 30);
  for (let p = 0; p < planted && groups.length; p++) {
    const group = groups[p % groups.length]!;
    const size = 2 + rng.int(Math.min(4, group.length - 1));
    const ring = rng.shuffle(group).slice(0, size);
    ring.forEach((v, i) => add(v, ring[(i + 1) % ring.length]!));
  }
  for (const group of members) if (group.length) add(rng.pick(group), 0);

  const within = options.withinTheme ?? 0.7;
  const themeOf = new Int32Array(n).fill(-1);
  members.forEach((group, c) => group.forEach((v) => (themeOf[v] = c)));
  // Random picks slow down as the map fills up; past that point, list every free pair instead.
  let attempts = 0;
  while (pairs.length < wanted && attempts < 50 * wanted) {
    attempts++;
    const s = rng.int(n);
    const group = themeOf[s]! >= 0 ? members[themeOf[s]!]! : null;
    const t = group && group.length >= 2 && rng.next() < within ? rng.pick(group) : rng.int(n);
    add(s, t);
  }
  if (pairs.length < wanted) {
    const free: [number, number][] = [];
    for (let s = 0; s < n; s++) for (let t = 0; t < n; t++) if (s !== t && !taken.has(s * n + t)) free.push([s, t]);
    for (const [s, t] of rng.shuffle(free)) add(s, t);
  }
  return pairs;
}

function linkFeatures(rng: Random): Pick<Link, 'polarity' | 'strength' | 'confidence' | 'delay'> {
  const p = rng.next();
  const polarity: Polarity = p < 0.03 ? '?' : p < 0.33 ? '-' : '+';
  const s = rng.next();
  return { polarity, strength: s < 0.3 ? 1 : s < 0.75 ? 2 : 3, confidence: rng.pick(CONFIDENCES), delay: rng.next() < 0.1 };
}

function makeThemes(k: number): Record<Id, Theme> {
  const out: Record<Id, Theme> = {};
  ids('c', k).forEach((id, c) => {
    out[id] = { id, name: numbered(THEMES, c), colour: CLUSTER_PALETTE[c % CLUSTER_PALETTE.length]!, description: '' };
  });
  return out;
}

/**
 * Themes sit on a ring around the focal outcome, far enough apart not to
 * overlap; each theme's nodes spiral out from its centre (a sunflower
 * pattern, wider than tall because labels are). A starting point for layout,
 * not a finished one.
 */
function place(n: number, k: number, members: number[][]): { x: number; y: number }[] {
  const positions = Array.from({ length: n }, () => ({ x: 0, y: 0 }));
  const largest = Math.max(1, ...members.map((m) => m.length));
  const themeRadius = 110 * Math.sqrt(largest);
  const ring = k > 1 ? (themeRadius + 200) / Math.sin(Math.PI / k) : themeRadius + 300;
  members.forEach((group, c) => {
    const angle = (2 * Math.PI * c) / k - Math.PI / 2;
    const cx = ring * Math.cos(angle);
    const cy = ring * Math.sin(angle);
    group.forEach((v, j) => {
      const r = 70 * Math.sqrt(j + 0.5);
      const theta = j * 2.399963;
      positions[v] = { x: Math.round(cx + 1.6 * r * Math.cos(theta)), y: Math.round(cy + r * Math.sin(theta)) };
    });
  });
  if (k === 0) {
    for (let v = 1; v < n; v++) {
      const r = 110 * Math.sqrt(v);
      positions[v] = { x: Math.round(1.6 * r * Math.cos(v * 2.399963)), y: Math.round(r * Math.sin(v * 2.399963)) };
    }
  }
  return positions;
}

function makeExperiments(rng: Random, count: number, nodes: Record<Id, MapNode>, nodeIds: Id[]): Record<Id, Experiment> {
  const out: Record<Id, Experiment> = {};
  const candidates = nodeIds.slice(1);
  ids('x', count).forEach((id, i) => {
    const touches: Record<Id, Touch> = {};
    for (const nodeId of rng.shuffle(candidates).slice(0, 2 + rng.int(4))) {
      touches[nodeId] = { nodeId, nodeLabel: nodes[nodeId]!.label, intended: rng.pick(INTENDED_EFFECTS), observed: rng.pick(OBSERVED_EFFECTS), evidence: '' };
    }
    out[id] = {
      id,
      title: `Experiment ${i + 1}`,
      hypothesis: '',
      owner: '',
      scale: 'place',
      status: rng.pick(EXPERIMENT_STATUSES),
      phase: rng.pick(LEARNING_PHASES),
      startDate: '',
      endDate: '',
      touches,
      log: {},
      createdAt: STAMP,
    };
  });
  return out;
}

/** Zero-padded ids (n001, n002, ...) so they sort in the order they were made. */
function ids(prefix: string, count: number): Id[] {
  const width = String(Math.max(1, count - 1)).length;
  return Array.from({ length: count }, (_, i) => `${prefix}${String(i).padStart(width, '0')}`);
}

/** The i-th name of a list, with a number once the list has been used up: "Council", "Council 2". */
function numbered(names: readonly string[], i: number): string {
  const round = Math.floor(i / names.length);
  const name = names[i % names.length]!;
  return round === 0 ? name : `${name} ${round + 1}`;
}

function pickWeighted(rng: Random, weights: readonly number[], total: number): number {
  let x = rng.next() * total;
  for (let i = 0; i < weights.length; i++) {
    x -= weights[i]!;
    if (x < 0) return i;
  }
  return weights.length - 1;
}
