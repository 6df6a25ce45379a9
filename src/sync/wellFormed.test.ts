import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HOSTILE_IDS, HOSTILE_NUMBERS, HOSTILE_TEXT, hostileValue, validMap } from '../model/fuzz/arbitraries.ts';
import { linkSchema, nodeSchema, themeSchema } from '../model/schema.ts';
import { wellFormedLink, wellFormedNode, wellFormedTheme } from './wellFormed.ts';

type Raw = Record<string, unknown>;

/** The quick check never accepts what the schema refuses, and what it accepts is exactly what the schema makes of it. */
function agrees(quick: (v: unknown) => unknown, schema: typeof nodeSchema | typeof linkSchema | typeof themeSchema, value: unknown): unknown {
  const fast = quick(value);
  const slow = schema.safeParse(value);
  if (fast !== null) {
    expect(slow.success).toBe(true);
    expect(fast).toStrictEqual(slow.data);
    // Same fields in the same order, so a saved or exported map is the same text either way.
    expect(JSON.stringify(fast)).toBe(JSON.stringify(slow.data));
  }
  return fast;
}

const voice = { personId: 'p1', name: 'Sam', perspectiveId: null };
const node: Raw = {
  id: 'n1',
  kind: 'factor',
  label: 'Access to green space',
  description: 'Parks within 10 minutes',
  factorType: 'condition',
  clusterId: 'c1',
  tags: ['place', 'health'],
  position: { x: 120.5, y: -40 },
  notes: [{ id: 'note1', text: 'From the workshop', private: false, createdAt: '2026-01-01T00:00:00.000Z', voice }],
  pinned: true,
  voice: { personId: 'p2', name: 'Ali', perspectiveId: 'resident' },
};
const theme: Raw = { id: 'c1', name: 'Green space', colour: '#3a7BD5', description: '' };
const link: Raw = { id: 'l1', source: 'n1', target: 'n2', polarity: '+', strength: 1.5, confidence: 'high', delay: true, label: 'more use', evidence: 'survey', voice };

/** Every path inside a record, for picking one to change. */
function pathsOf(value: unknown, prefix: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  if (prefix.length) out.push(prefix);
  if (typeof value === 'object' && value !== null) for (const [k, v] of Object.entries(value)) pathsOf(v, [...prefix, Array.isArray(value) ? Number(k) : k], out);
  return out;
}

type Change = { kind: 'set'; value: unknown } | { kind: 'delete' } | { kind: 'rekey'; key: string } | { kind: 'add'; key: string; value: unknown };

function changed(record: Raw, at: number, c: Change): Raw {
  const copy = structuredClone(record);
  const paths = pathsOf(copy);
  if (!paths.length) return copy;
  const path = paths[at % paths.length]!;
  let parent = copy as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) {
    // Own properties only: a key such as __proto__ must not lead into a prototype.
    const next = Object.getOwnPropertyDescriptor(parent, key)?.value as unknown;
    if (typeof next !== 'object' || next === null) return copy;
    parent = next as Record<string | number, unknown>;
  }
  const last = path[path.length - 1]!;
  const own = (key: string | number, value: unknown) => {
    // An array's `length` is its own and cannot be redefined; an array's entries can be anything else (a
    // `constructor` too), which is what these changes are for.
    if (Array.isArray(parent) && key === 'length') return;
    Object.defineProperty(parent, key, { value, enumerable: true, writable: true, configurable: true });
  };
  if (c.kind === 'set') own(last, c.value);
  else if (c.kind === 'delete') {
    if (Array.isArray(parent)) {
      // By hand: the array may have been given its own `constructor`, which splice() would call.
      for (let i = Number(last); i < parent.length - 1; i++) parent[i] = parent[i + 1];
      parent.length -= 1;
    } else delete parent[last];
  } else if (c.kind === 'rekey') {
    const value = parent[last];
    if (!Array.isArray(parent)) delete parent[last];
    own(c.key, value);
  } else own(c.key, c.value);
  return copy;
}

const fieldNames = ['id', 'kind', 'label', 'position', 'x', 'notes', 'voice', 'name', 'strength', 'pinned', 'extra', '__proto__', 'constructor', 'toString'];
const change: fc.Arbitrary<Change> = fc.oneof(
  { weight: 5, arbitrary: fc.record({ kind: fc.constant('set' as const), value: hostileValue }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('delete' as const) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('rekey' as const), key: fc.oneof(fc.constantFrom(...fieldNames), fc.string({ maxLength: 8 })) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('add' as const), key: fc.constantFrom(...fieldNames), value: hostileValue }) },
);

describe('the quick check of nodes and links', () => {
  it('accepts well-formed records, as the schema gives them', () => {
    expect(agrees(wellFormedNode, nodeSchema, node)).not.toBeNull();
    expect(agrees(wellFormedLink, linkSchema, link)).not.toBeNull();
    expect(agrees(wellFormedTheme, themeSchema, theme)).not.toBeNull();
    const bare: Raw = { id: 'n2', kind: 'actor', label: '', description: '', clusterId: null, tags: [], position: { x: 0, y: 0 }, notes: [] };
    expect(agrees(wellFormedNode, nodeSchema, bare)).not.toBeNull();
    // Fields in another order come out in the schema's order.
    const reordered = Object.fromEntries(Object.entries(node).reverse());
    expect(Object.keys(agrees(wellFormedNode, nodeSchema, reordered) as Raw)).toEqual(Object.keys(nodeSchema.parse(node)));
  });

  it('accepts every node and link of generated valid maps', () => {
    fc.assert(
      fc.property(validMap, (map) => {
        for (const n of Object.values(map.nodes as Raw)) expect(agrees(wellFormedNode, nodeSchema, n)).not.toBeNull();
        for (const l of Object.values(map.links as Raw)) expect(agrees(wellFormedLink, linkSchema, l)).not.toBeNull();
        for (const c of Object.values(map.clusters as Raw)) expect(agrees(wellFormedTheme, themeSchema, c)).not.toBeNull();
      }),
      { numRuns: 200 },
    );
  });

  it('gives every bound to the schema: at the bound it accepts, one past it the schema refuses', () => {
    const at = (over: Raw, base = node) => ({ ...base, ...over });
    const edges: [Raw, boolean][] = [
      [at({ id: 'x'.repeat(100) }), true],
      [at({ id: 'x'.repeat(101) }), false],
      [at({ id: '' }), false],
      [at({ label: 'l'.repeat(500) }), true],
      [at({ label: 'l'.repeat(501) }), false],
      [at({ description: 'd'.repeat(20_000) }), true],
      [at({ description: 'd'.repeat(20_001) }), false],
      [at({ tags: Array.from({ length: 100 }, () => 't'.repeat(100)) }), true],
      [at({ tags: Array.from({ length: 101 }, () => 't') }), false],
      [at({ tags: ['t'.repeat(101)] }), false],
      [at({ position: { x: 1_000_000, y: -1_000_000 } }), true],
      [at({ position: { x: 1_000_001, y: 0 } }), false],
      [at({ notes: Array.from({ length: 1000 }, (_, i) => ({ id: `n${i}`, text: '', private: false, createdAt: '' })) }), true],
      [at({ notes: Array.from({ length: 1001 }, (_, i) => ({ id: `n${i}`, text: '', private: false, createdAt: '' })) }), false],
      [at({ notes: [{ id: 'a', text: '', private: false, createdAt: 'c'.repeat(41) }] }), false],
      [at({ voice: { personId: 'p'.repeat(100), name: 'n'.repeat(40), perspectiveId: null } }), true],
      [at({ voice: { personId: 'p', name: 'n'.repeat(41), perspectiveId: null } }), false],
      [at({ actorType: 'person' }), true],
      [at({ actorType: 'robot' }), false],
      [at({ clusterId: undefined }), false],
      [at({ strength: 3 }, link), true],
      [at({ strength: 3.0001 }, link), false],
      [at({ strength: 0 }, link), false],
      [at({ polarity: '~' }, link), false],
      [at({ delay: 1 }, link), false],
    ];
    edges.push(
      [at({ name: 'n'.repeat(500) }, theme), true],
      [at({ name: 'n'.repeat(501) }, theme), false],
      [at({ colour: '#12345g' }, theme), false],
      [at({ colour: '#1234567' }, theme), false],
      [at({ colour: '#123456\n' }, theme), false],
      [at({ colour: 'red' }, theme), false],
    );
    for (const [value, valid] of edges) {
      const quick = 'source' in value ? wellFormedLink : 'colour' in value ? wellFormedTheme : wellFormedNode;
      const schema = 'source' in value ? linkSchema : 'colour' in value ? themeSchema : nodeSchema;
      expect(schema.safeParse(value).success, JSON.stringify(value).slice(0, 300)).toBe(valid);
      const fast = agrees(quick, schema, value);
      if (valid) expect(fast).not.toBeNull();
    }
  });

  it('leaves hostile values to the schema', () => {
    for (const field of ['id', 'kind', 'label', 'clusterId', 'tags', 'position', 'notes', 'pinned', 'voice']) {
      for (const value of [...HOSTILE_NUMBERS, ...HOSTILE_TEXT, ...HOSTILE_IDS, null, true, [], {}, [1], { x: 1 }]) agrees(wellFormedNode, nodeSchema, { ...node, [field]: value });
    }
    for (const field of ['id', 'name', 'colour', 'description']) {
      for (const value of [...HOSTILE_NUMBERS, ...HOSTILE_TEXT, ...HOSTILE_IDS, null, [], {}, '#ABCDEF', '#abcdeF\n']) agrees(wellFormedTheme, themeSchema, { ...theme, [field]: value });
    }
    for (const field of ['source', 'strength', 'confidence', 'delay', 'evidence']) {
      for (const value of [...HOSTILE_NUMBERS, ...HOSTILE_TEXT, ...HOSTILE_IDS, null, false, [], {}]) agrees(wellFormedLink, linkSchema, { ...link, [field]: value });
    }
    // A field the schema does not know: the schema drops it, the quick check leaves that to the schema.
    expect(agrees(wellFormedNode, nodeSchema, { ...node, position: { x: 0, y: 0, z: 1 } })).toBeNull();
    expect(agrees(wellFormedLink, linkSchema, { ...link, weight: 2 })).toBeNull();
    // Not plain objects: a class instance, no prototype, an array with holes.
    class Position {
      x = 1;
      y = 2;
    }
    expect(agrees(wellFormedNode, nodeSchema, { ...node, position: new Position() })).toBeNull();
    expect(agrees(wellFormedNode, nodeSchema, Object.assign(Object.create(null) as Raw, node))).toBeNull();
    // eslint-disable-next-line no-sparse-arrays
    expect(agrees(wellFormedNode, nodeSchema, { ...node, tags: ['a', , 'b'] })).toBeNull();
    expect(agrees(wellFormedNode, nodeSchema, JSON.parse(`${JSON.stringify(node).slice(0, -1)},"__proto__":{"x":1}}`))).toBeNull();
    for (const value of [null, undefined, 1, 'node', [], [node]]) {
      expect(agrees(wellFormedNode, nodeSchema, value)).toBeNull();
      expect(agrees(wellFormedLink, linkSchema, value)).toBeNull();
    }
  });

  it('agrees with the schema on records with one to three random changes', () => {
    const changes = fc.array(fc.tuple(fc.nat(), change), { minLength: 1, maxLength: 3 });
    fc.assert(
      fc.property(changes, changes, (nodeChanges, linkChanges) => {
        agrees(wellFormedNode, nodeSchema, nodeChanges.reduce((r, [at, c]) => changed(r, at, c), node));
        agrees(wellFormedLink, linkSchema, linkChanges.reduce((r, [at, c]) => changed(r, at, c), link));
        agrees(wellFormedTheme, themeSchema, nodeChanges.reduce((r, [at, c]) => changed(r, at, c), theme));
      }),
      { numRuns: 2000 },
    );
  });

  it('takes a change that would redefine an array’s length (a counterexample fast-check found)', () => {
    const changes: [number, Change][] = [
      [0, { kind: 'set', value: [1] }],
      [0, { kind: 'add', key: 'id', value: [[[1]]] }],
      [797434865, { kind: 'rekey', key: 'length' }],
    ];
    const record = changes.reduce((r, [at, c]) => changed(r, at, c), link);
    agrees(wellFormedLink, linkSchema, record);
    agrees(wellFormedNode, nodeSchema, record);
  });
});
