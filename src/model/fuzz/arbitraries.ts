/**
 * Malformed, hostile and huge map files for the fuzz tests of the loader and
 * the CLI (fast-check). Everything is built from fast-check's choices alone, so
 * a failing case replays from its seed. Test support only: nothing in the app
 * imports this.
 */
import fc from 'fast-check';
import { SCHEMA_VERSION } from '../types.ts';

type Raw = Record<string, unknown>;

/** Text a tester would paste into a field: HTML and script, control characters, other scripts, emoji. */
export const HOSTILE_TEXT = [
  '<script>alert(1)</script>',
  '<img src=x onerror="alert(document.domain)">',
  '"><svg onload=alert(1)>',
  'javascript:alert(1)',
  ']]><!--',
  '{{constructor.constructor("alert(1)")()}}',
  'line one\nline two\r\nline three',
  '\u2028\u2029\u0000\u001b[31m',
  '\ud800 lone surrogate',
  'مرحبا بالعالم',
  'Ψυχική υγεία — Iechyd meddwl',
  '👩‍👩‍👧‍👦🏳️‍🌈',
  '%s%s%n%x',
  '../../etc/passwd',
] as const;

/** Ids a hostile file would try: prototype keys, empty, whitespace, very long, and names every object inherits. */
export const HOSTILE_IDS = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', '', ' ', 'a\nb', 'x'.repeat(101), 'n'.repeat(5000)] as const;

/** Numbers at and past every bound: not finite, huge, negative zero, just past the position bound. */
export const HOSTILE_NUMBERS = [NaN, Infinity, -Infinity, 1e300, -1e300, 1e19, -1e19, 1e7, 1_000_001, -0, 0.1, -1, 2 ** 53 + 1, 5e-324] as const;

const text = fc.oneof(
  { weight: 4, arbitrary: fc.string({ maxLength: 30 }) },
  { weight: 2, arbitrary: fc.constantFrom(...HOSTILE_TEXT) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 20 }) },
);
const label = text.map((s) => s.slice(0, 500));
const coordinate = fc.oneof(fc.integer({ min: -3000, max: 3000 }), fc.integer({ min: -1_000_000, max: 1_000_000 }));

/** A small valid map (1 to 6 nodes) with themes, links and experiments, as raw JSON data. */
export const validMap: fc.Arbitrary<Raw> = fc
  .record({
    title: label,
    nodeCount: fc.integer({ min: 1, max: 6 }),
    kinds: fc.array(fc.constantFrom('actor', 'factor', 'outcome'), { minLength: 6, maxLength: 6 }),
    labels: fc.array(label, { minLength: 6, maxLength: 6 }),
    positions: fc.array(fc.tuple(coordinate, coordinate), { minLength: 6, maxLength: 6 }),
    themes: fc.integer({ min: 0, max: 2 }),
    themeOf: fc.array(fc.integer({ min: -1, max: 1 }), { minLength: 6, maxLength: 6 }),
    links: fc.array(fc.record({ from: fc.nat(5), to: fc.nat(5), polarity: fc.constantFrom('+', '-', '?'), strength: fc.constantFrom(0.25, 1, 1.5, 2, 3) }), { maxLength: 10 }),
    experiments: fc.array(fc.record({ title: label, touches: fc.uniqueArray(fc.nat(7), { maxLength: 3 }), note: text }), { maxLength: 2 }),
    pinned: fc.array(fc.boolean(), { minLength: 6, maxLength: 6 }),
  })
  .map((c) => {
    const nodes: Raw = {};
    const clusters: Raw = {};
    for (let t = 0; t < c.themes; t++) clusters[`c${t}`] = { id: `c${t}`, name: `Theme ${t}`, colour: t ? '#3a7bd5' : '#d5773a', description: '' };
    for (let i = 0; i < c.nodeCount; i++) {
      const theme = c.themeOf[i]!;
      nodes[`n${i}`] = {
        id: `n${i}`,
        kind: c.kinds[i],
        label: c.labels[i],
        description: '',
        clusterId: theme >= 0 && theme < c.themes ? `c${theme}` : null,
        tags: [],
        position: { x: c.positions[i]![0], y: c.positions[i]![1] },
        notes: i === 0 ? [{ id: 'note0', text: c.labels[i], private: true, createdAt: '2024-01-01T00:00:00.000Z' }] : [],
        ...(c.pinned[i] ? { pinned: true } : {}),
      };
    }
    const links: Raw = {};
    c.links.forEach((l, i) => {
      const source = l.from % c.nodeCount;
      const target = l.to % c.nodeCount;
      if (source === target) return;
      links[`l${i}`] = { id: `l${i}`, source: `n${source}`, target: `n${target}`, polarity: l.polarity, strength: l.strength, confidence: 'medium', delay: i % 2 === 0, label: '', evidence: '' };
    });
    const experiments: Raw = {};
    c.experiments.forEach((x, i) => {
      const touches: Raw = {};
      // Touches of nodes past nodeCount are orphaned: allowed, and kept.
      for (const t of x.touches) touches[`n${t}`] = { nodeId: `n${t}`, nodeLabel: `Node ${t}`, intended: 'explore', observed: 'not-yet-known', evidence: x.note };
      experiments[`x${i}`] = {
        id: `x${i}`, title: x.title, hypothesis: x.note, owner: '', scale: 'team', status: 'running', phase: 'experiment', startDate: '2024-04-15', endDate: '', touches,
        log: { log0: { id: 'log0', date: '', did: x.note, happened: '', learned: '', next: '', measure: { name: 'count', value: 3, unit: '' }, story: '', perspectives: ['resident'] } },
        createdAt: '2024-04-02T14:20:00.000Z',
      };
    });
    const outcome = Object.values(nodes).find((n) => (n as Raw).kind === 'outcome') as Raw | undefined;
    return {
      schemaVersion: SCHEMA_VERSION,
      id: 'map_fuzz',
      meta: { title: c.title, description: '', focalNodeId: outcome ? outcome.id : null, scale: 'place', authors: ['Sam'], createdAt: '2024-01-01T00:00:00.000Z', updatedAt: '2024-01-01T00:00:00.000Z' },
      nodes,
      links,
      clusters,
      experiments,
      loopNames: {},
    };
  });

/** A value a hand-edited or hostile file might hold anywhere. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom<unknown>(...HOSTILE_NUMBERS, ...HOSTILE_TEXT, ...HOSTILE_IDS, null, true, false, [], {}, '1', '#12345g'),
  fc.constant('y'.repeat(30_000)),
  fc.constant(Object.fromEntries(HOSTILE_IDS.slice(0, 4).map((k) => [k, { id: k }]))),
  fc.integer({ min: 1, max: 200 }).map((depth) => JSON.parse(`${'['.repeat(depth)}1${']'.repeat(depth)}`) as unknown),
  fc.anything({ maxDepth: 2 }),
);

/** Every path to a value inside a raw map, for picking one to change. */
function pathsOf(value: unknown, prefix: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  out.push(prefix);
  if (typeof value === 'object' && value !== null) {
    for (const [k, v] of Object.entries(value)) pathsOf(v, [...prefix, Array.isArray(value) ? Number(k) : k], out);
  }
  return out;
}

type Change =
  | { kind: 'set'; at: number; value: unknown }
  | { kind: 'delete'; at: number }
  | { kind: 'rekey'; at: number; key: string }
  | { kind: 'dangle'; at: number; id: string };

const change: fc.Arbitrary<Change> = fc.oneof(
  { weight: 5, arbitrary: fc.record({ kind: fc.constant('set' as const), at: fc.nat(), value: hostileValue }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('rekey' as const), at: fc.nat(), key: fc.oneof(fc.constantFrom(...HOSTILE_IDS), fc.string({ maxLength: 8 })) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('dangle' as const), at: fc.nat(), id: fc.constantFrom('gone', 'n0', 'l0', 'c0', 'x0', '__proto__', 'toString') }) },
);

function apply(doc: Raw, c: Change): Raw {
  const copy = structuredClone(doc);
  const paths = pathsOf(copy).slice(1);
  const path = paths[c.at % paths.length]!;
  let parent: Record<string | number, unknown> = copy;
  for (const key of path.slice(0, -1)) {
    // Own properties only: a key such as __proto__ must not lead into a prototype.
    const next = Object.getOwnPropertyDescriptor(parent, key)?.value as unknown;
    if (typeof next !== 'object' || next === null) return copy;
    parent = next as Record<string | number, unknown>;
  }
  const last = path[path.length - 1]!;
  const own = (value: unknown) => Object.defineProperty(parent, last, { value, enumerable: true, writable: true, configurable: true });
  if (c.kind === 'set') own(c.value);
  else if (c.kind === 'delete') {
    if (Array.isArray(parent)) parent.splice(Number(last), 1);
    else delete parent[last];
  } else if (c.kind === 'rekey') {
    const value = parent[last];
    if (!Array.isArray(parent)) delete parent[last];
    // defineProperty, so a key such as __proto__ becomes data, as JSON.parse would make it.
    Object.defineProperty(parent, c.key, { value, enumerable: true, writable: true, configurable: true });
  } else if (typeof Object.getOwnPropertyDescriptor(parent, last)?.value === 'string') own(c.id);
  return copy;
}

/** A valid map with one to three changes: each may break it or leave it valid. */
export const mutatedMap: fc.Arbitrary<Raw> = fc.tuple(validMap, fc.array(change, { minLength: 1, maxLength: 3 })).map(([doc, changes]) => changes.reduce(apply, doc));

/** Changes to the text itself: cut short, a byte dropped in, not-JSON numbers, deep wrapping, a mark at the start. */
const textChange = fc.oneof(
  fc.record({ kind: fc.constant('cut' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), what: fc.constantFrom('{', '}', '[', ']', ',', ':', '"', '\\', '\n', '\u0000', 'NaN', 'Infinity', '-Infinity', '1e999', 'undefined', '/* */', "'", '\ufeff') }),
  fc.record({ kind: fc.constant('number' as const), what: fc.constantFrom('NaN', 'Infinity', '1e999', '-1e999', '1e300', '0x10', '01', '.5', '1e19') }),
  fc.record({ kind: fc.constant('wrap' as const), depth: fc.constantFrom(10, 63, 64, 65, 1000, 20_000) }),
  fc.record({ kind: fc.constant('bom' as const) }),
);

type TextChange = typeof textChange extends fc.Arbitrary<infer T> ? T : never;

function applyText(text: string, c: TextChange): string {
  switch (c.kind) {
    case 'cut':
      return text.slice(0, c.at % (text.length + 1));
    case 'insert': {
      const at = c.at % (text.length + 1);
      return text.slice(0, at) + c.what + text.slice(at);
    }
    case 'number':
      return text.replace(/(?<=": )-?\d+(\.\d+)?/, c.what);
    case 'wrap':
      return `${'['.repeat(c.depth)}${text}${']'.repeat(c.depth)}`;
    default:
      return `\ufeff${text}`;
  }
}

/** A map file's text: valid, mutated as data, mutated as text, or wholly made up. */
export const mapText: fc.Arbitrary<string> = fc.oneof(
  { weight: 2, arbitrary: validMap.map((d) => JSON.stringify(d, null, 2)) },
  { weight: 5, arbitrary: mutatedMap.map((d) => JSON.stringify(d)) },
  { weight: 3, arbitrary: fc.tuple(validMap, textChange).map(([d, c]) => applyText(JSON.stringify(d, null, 1), c)) },
  { weight: 1, arbitrary: fc.json({ maxDepth: 4 }) },
  { weight: 1, arbitrary: fc.string({ maxLength: 40 }) },
  { weight: 1, arbitrary: validMap.map((d) => JSON.stringify({ ...d, schemaVersion: 1 })) },
);
