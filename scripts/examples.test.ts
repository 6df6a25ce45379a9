/**
 * The example maps are what a first-time user sees, so they must load, be the
 * size the menu promises, look tidy without auto-layout, contain real feedback
 * loops, and match what the generator writes.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { orphanedTouches } from '../src/model/experiments.ts';
import { formatProblems, parseMapText } from '../src/model/load.ts';
import type { Experiment, Link, MapDocument, SystemScale } from '../src/model/types.ts';
import { buildMap, EXAMPLE_TIMESTAMP, NODE_SIZE } from './examples/build.ts';
import { buildExampleFiles, EXAMPLES, INDEX_FILE, type ExampleIndexEntry } from './examples/catalogue.ts';
import { COUNCIL_TAX } from './examples/council-tax.ts';

const dir = fileURLToPath(new URL('../examples/', import.meta.url));
const read = (name: string) => readFileSync(dir + name, 'utf8');

type Range = readonly [min: number, max: number];

interface Expected {
  scale: SystemScale;
  factors?: Range;
  nodes: Range;
  clusters: Range;
  links: Range;
  /** Share of links with opposite-direction (−) polarity. */
  negativeShare: Range;
  /** How many links have unknown (?) polarity. */
  unknown: Range;
  /** Smallest number of reinforcing and balancing loops of length 2 to 6. */
  reinforcing: number;
  balancing: number;
  experiments: Range;
}

const EXPECTED: Record<string, Expected> = {
  'healthy-weight-place.json': {
    scale: 'place',
    factors: [95, 110],
    nodes: [100, 130],
    clusters: [7, 8],
    links: [280, 320],
    negativeShare: [0.25, 0.35],
    unknown: [3, 6],
    reinforcing: 10,
    balancing: 5,
    experiments: [4, 5],
  },
  'council-tax-debt-person.json': {
    scale: 'person',
    nodes: [20, 35],
    clusters: [3, 5],
    links: [40, 70],
    negativeShare: [0.2, 0.45],
    unknown: [0, 3],
    reinforcing: 3,
    balancing: 2,
    experiments: [2, 3],
  },
  'discharge-team.json': {
    scale: 'team',
    nodes: [25, 40],
    clusters: [3, 5],
    links: [50, 80],
    negativeShare: [0.2, 0.45],
    unknown: [0, 3],
    reinforcing: 3,
    balancing: 2,
    experiments: [1, 2],
  },
};

function load(name: string): MapDocument {
  const result = parseMapText(read(name));
  if (!result.ok) throw new Error(`${name} does not load:\n${formatProblems(result.problems)}`);
  return result.doc;
}

function expectWithin(value: number, [min, max]: Range, what: string) {
  expect(value, `${what}: ${value} is outside ${min}–${max}`).toBeGreaterThanOrEqual(min);
  expect(value, `${what}: ${value} is outside ${min}–${max}`).toBeLessThanOrEqual(max);
}

const experimentsOf = (doc: MapDocument) => Object.values(doc.experiments);
const touchesOf = (e: Experiment) => Object.values(e.touches);
const logOf = (e: Experiment) => Object.values(e.log);

/** Observed effects that go against the intended one: strengthened but went down, or weakened but went up. */
const isSurprise = (t: { intended: string; observed: string }) =>
  (t.intended === 'strengthen' && t.observed === 'down') || (t.intended === 'weaken' && t.observed === 'up');

/** Every simple cycle up to maxLength links, each found once (from its first node in key order). */
function cycles(doc: MapDocument, maxLength: number): Link[][] {
  const order = new Map(Object.keys(doc.nodes).map((id, i) => [id, i]));
  const out = new Map<string, Link[]>();
  for (const l of Object.values(doc.links)) out.set(l.source, [...(out.get(l.source) ?? []), l]);
  const found: Link[][] = [];
  for (const start of Object.keys(doc.nodes)) {
    const first = order.get(start)!;
    const path: Link[] = [];
    const visiting = new Set([start]);
    const walk = (at: string) => {
      for (const l of out.get(at) ?? []) {
        if (l.target === start) found.push([...path, l]);
        else if (order.get(l.target)! > first && !visiting.has(l.target) && path.length < maxLength - 1) {
          visiting.add(l.target);
          path.push(l);
          walk(l.target);
          path.pop();
          visiting.delete(l.target);
        }
      }
    };
    walk(start);
  }
  return found;
}

describe('example maps', () => {
  it('index.json lists exactly the example files present, in catalogue order', () => {
    const index = JSON.parse(read(INDEX_FILE)) as ExampleIndexEntry[];
    const onDisk = readdirSync(dir).filter((f) => f.endsWith('.json') && f !== INDEX_FILE);
    expect(index.map((e) => e.file).sort()).toEqual(onDisk.sort());
    expect(index.map((e) => e.file)).toEqual(EXAMPLES.map((e) => e.file));
    for (const entry of index) {
      const doc = load(entry.file);
      expect(entry.title).toBe(doc.meta.title);
      expect(entry.scale).toBe(doc.meta.scale);
      expect(entry.summary.length).toBeGreaterThan(20);
    }
  });

  it('the files on disk are exactly what the generator writes', () => {
    for (const [name, text] of buildExampleFiles()) {
      expect(read(name), `${name} is out of date: run npx tsx scripts/build-examples.ts`).toBe(text);
    }
  });

  for (const [file, expected] of Object.entries(EXPECTED)) {
    describe(file, () => {
      it('loads, and has the promised scale, size and focal outcome', () => {
        const doc = load(file);
        const nodes = Object.values(doc.nodes);
        expect(doc.meta.scale).toBe(expected.scale);
        expectWithin(nodes.length, expected.nodes, 'nodes');
        if (expected.factors) expectWithin(nodes.filter((n) => n.kind === 'factor').length, expected.factors, 'factors');
        expectWithin(Object.keys(doc.clusters).length, expected.clusters, 'themes');
        expectWithin(Object.keys(doc.links).length, expected.links, 'links');
        expect(doc.meta.focalNodeId).not.toBeNull();
        expect(doc.nodes[doc.meta.focalNodeId!]?.kind).toBe('outcome');
        expect(nodes.some((n) => n.kind === 'actor')).toBe(true);
      });

      it('gives every factor a type and a theme, and every actor a type', () => {
        for (const n of Object.values(load(file).nodes)) {
          if (n.kind === 'factor') {
            expect(n.factorType, n.label).toBeDefined();
            expect(n.clusterId, n.label).not.toBeNull();
          }
          if (n.kind === 'actor') expect(n.actorType, n.label).toBeDefined();
        }
      });

      it('has no two nodes overlapping', () => {
        const nodes = Object.values(load(file).nodes);
        const overlaps: string[] = [];
        nodes.forEach((a, i) => {
          for (const b of nodes.slice(i + 1)) {
            const apartX = Math.abs(a.position.x - b.position.x) >= NODE_SIZE.w;
            const apartY = Math.abs(a.position.y - b.position.y) >= NODE_SIZE.h;
            if (!apartX && !apartY) overlaps.push(`${a.label} / ${b.label}`);
          }
        });
        expect(overlaps).toEqual([]);
      });

      it('mixes same- and opposite-direction links, strengths and confidences', () => {
        const links = Object.values(load(file).links);
        const count = (p: string) => links.filter((l) => l.polarity === p).length;
        expectWithin(count('-') / links.length, expected.negativeShare, 'share of − links');
        expectWithin(count('?'), expected.unknown, '? links');
        expect(new Set(links.map((l) => l.strength))).toEqual(new Set([1, 2, 3]));
        expect(new Set(links.map((l) => l.confidence))).toEqual(new Set(['low', 'medium', 'high']));
        expect(links.some((l) => l.delay)).toBe(true);
        expect(links.some((l) => l.evidence)).toBe(true);
      });

      it('contains reinforcing and balancing feedback loops', () => {
        const known = cycles(load(file), 6).filter((c) => c.every((l) => l.polarity !== '?'));
        const negatives = (c: Link[]) => c.filter((l) => l.polarity === '-').length;
        expect(known.filter((c) => negatives(c) % 2 === 0).length).toBeGreaterThanOrEqual(expected.reinforcing);
        expect(known.filter((c) => negatives(c) % 2 === 1).length).toBeGreaterThanOrEqual(expected.balancing);
      });

      it('attaches experiments whose touches all point at nodes on the map', () => {
        const doc = load(file);
        const experiments = experimentsOf(doc);
        expectWithin(experiments.length, expected.experiments, 'experiments');
        expect(orphanedTouches(doc)).toEqual([]);
        for (const e of experiments) {
          const key = e.id.replace(/^x_/, '');
          expect(e.id, e.title).toMatch(/^x_[a-z0-9_]+$/);
          expect(e.createdAt).toBe(EXAMPLE_TIMESTAMP);
          expect(e.hypothesis, e.title).toMatch(/^We believe that .+ will .+, because .+\.$/);
          expectWithin(touchesOf(e).length, [2, 6], `touches of ${e.title}`);
          for (const [nodeId, t] of Object.entries(e.touches)) {
            expect(t.nodeId).toBe(nodeId);
            expect(t.nodeLabel, e.title).toBe(doc.nodes[nodeId]?.label);
          }
          logOf(e).forEach((entry, i) => expect(entry.id).toBe(`log_${key}_${i + 1}`));
        }
      });

      it('leaves some factors untouched, for the coverage lens to show', () => {
        const doc = load(file);
        const touched = new Set(experimentsOf(doc).flatMap((e) => Object.keys(e.touches)));
        const factors = Object.values(doc.nodes).filter((n) => n.kind === 'factor');
        expect(factors.some((n) => touched.has(n.id))).toBe(true);
        expect(factors.some((n) => !touched.has(n.id))).toBe(true);
      });

      it('records effects and logs that fit each experiment’s status', () => {
        for (const e of experimentsOf(load(file))) {
          const observed = touchesOf(e).map((t) => t.observed);
          const unknown = observed.filter((o) => o === 'not-yet-known').length;
          const entries = logOf(e).length;
          if (e.status === 'idea' || e.status === 'designing') expect(unknown, e.title).toBe(observed.length);
          if (e.status === 'running') {
            expectWithin(unknown, [1, observed.length - 1], `not-yet-known touches of ${e.title}`);
            expectWithin(entries, [1, 4], `log entries of ${e.title}`);
          }
          if (e.status === 'concluded' || e.status === 'stopped') {
            expect(unknown, e.title).toBe(0);
            expectWithin(entries, [1, 4], `log entries of ${e.title}`);
          }
        }
      });

      it('dates every log entry within its experiment, and not after the example was made', () => {
        const made = EXAMPLE_TIMESTAMP.slice(0, 10);
        for (const e of experimentsOf(load(file))) {
          if (e.startDate && e.endDate) expect(e.startDate <= e.endDate, e.title).toBe(true);
          for (const entry of logOf(e)) {
            expect(entry.date, e.title).toMatch(/^\d{4}-\d{2}-\d{2}$/);
            expect(entry.date <= made, `${e.title}: ${entry.date}`).toBe(true);
            if (e.startDate && e.endDate) {
              expect(entry.date >= e.startDate && entry.date <= e.endDate, `${e.title}: ${entry.date}`).toBe(true);
            }
          }
        }
      });

      it('learns from numbers and stories, each from a named perspective', () => {
        const entries = experimentsOf(load(file)).flatMap(logOf);
        expect(entries.some((l) => l.measure && l.measure.unit)).toBe(true);
        expect(entries.some((l) => l.story)).toBe(true);
        for (const l of entries) expect(l.perspectives.length, l.id).toBeGreaterThan(0);
      });

      it('connects nearly every factor to the focal outcome', () => {
        const doc = load(file);
        const into = new Map<string, string[]>();
        for (const l of Object.values(doc.links)) into.set(l.target, [...(into.get(l.target) ?? []), l.source]);
        const reaches = new Set([doc.meta.focalNodeId!]);
        const queue = [doc.meta.focalNodeId!];
        while (queue.length) {
          for (const source of into.get(queue.pop()!) ?? []) {
            if (!reaches.has(source)) {
              reaches.add(source);
              queue.push(source);
            }
          }
        }
        const factors = Object.values(doc.nodes).filter((n) => n.kind === 'factor');
        expect(factors.filter((n) => reaches.has(n.id)).length / factors.length).toBeGreaterThanOrEqual(0.9);
      });
    });
  }

  it('the place map has experiments at every stage, and a concluded one that surprised its team', () => {
    const experiments = experimentsOf(load('healthy-weight-place.json'));
    const statuses = new Set(experiments.map((e) => e.status));
    expect(statuses.size).toBeGreaterThanOrEqual(4);
    for (const status of ['idea', 'designing', 'running', 'concluded'] as const) expect(statuses, status).toContain(status);
    const concluded = experiments.filter((e) => e.status === 'concluded');
    expect(concluded.some((e) => touchesOf(e).some(isSurprise))).toBe(true);
  });

  it('refuses an experiment that touches a node the map does not have', () => {
    const [first] = COUNCIL_TAX.experiments ?? [];
    const typo = { ...first!, touches: [['Council tax arrears', 'weaken', 'down'], ['Council tax arears', 'weaken', 'down']] as const };
    expect(() => buildMap({ ...COUNCIL_TAX, experiments: [typo] })).toThrow(/touches "Council tax arears", but no node is called that/);
  });

  it('the place map keeps a private note, so exports can be checked against it', () => {
    const notes = Object.values(load('healthy-weight-place.json').nodes).flatMap((n) => n.notes);
    expect(notes.some((n) => n.private)).toBe(true);
    expect(notes.some((n) => !n.private)).toBe(true);
  });
});
