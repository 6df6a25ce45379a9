/**
 * Damaged and hostile files for every reader: each must end with a map or a
 * plain message naming the tool, quickly, and never throw or hang.
 */
import { describe, expect, it } from 'vitest';
import * as csvEdges from './csv-edges/index.ts';
import * as dot from './dot/index.ts';
import * as gexf from './gexf/index.ts';
import * as graphml from './graphml/index.ts';
import * as kumu from './kumu/index.ts';
import * as mentalModeler from './mental-modeler/index.ts';
import * as prsm from './prsm/index.ts';
import { prsmJSON } from './prsm/write.ts';
import { fileOf, sampleMap } from './shared/testing.ts';
import type { ImportOutcome, InputFile } from './types.ts';

const FORMATS = [
  { name: 'PRSM', ext: 'prsm', mod: prsm },
  { name: 'GraphML', ext: 'graphml', mod: graphml },
  { name: 'GEXF', ext: 'gexf', mod: gexf },
  { name: 'Graphviz DOT', ext: 'dot', mod: dot },
  { name: 'CSV edge list', ext: 'csv', mod: csvEdges },
] as const;

/** A map, or problems whose messages name the tool and say what is wrong. */
function expectClear(outcome: ImportOutcome, tool: string) {
  if (outcome.ok) {
    expect(Object.keys(outcome.result.doc.nodes).length).toBeGreaterThanOrEqual(0);
    return;
  }
  expect(outcome.problems.length).toBeGreaterThan(0);
  for (const p of outcome.problems) {
    expect(typeof p.where).toBe('string');
    expect(p.message).toMatch(new RegExp(`^This looks like an? ${tool} file, but .{10,}`));
  }
}

function seeded(seed: number) {
  let s = seed;
  return () => (s = (s * 1103515245 + 12345) % 2147483648) / 2147483648;
}

describe.each(FORMATS)('$name reader under fuzzing', ({ name, ext, mod }) => {
  it('gives a map or a clear message for every cut of a good file', async () => {
    const written = await mod.write(sampleMap(), { includePrivateNotes: false });
    const texts = [written.data as string];
    if (ext === 'prsm') texts.push(prsmJSON(sampleMap(), { includePrivateNotes: false }));
    for (const text of texts) {
      for (let i = 1; i < 12; i++) {
        const cut = text.slice(0, Math.floor((text.length * i) / 12));
        expectClear(await mod.read(fileOf(`cut.${ext}`, cut)), name);
      }
    }
  });

  it('gives a clear message for random bytes', async () => {
    const rand = seeded(ext.length);
    for (let i = 0; i < 5; i++) {
      const bytes = new Uint8Array(2000).map(() => Math.floor(rand() * 256));
      expectClear(await mod.read({ name: `noise.${ext}`, bytes }), name);
    }
  });

  it('refuses a file over 25 MB before parsing it', async () => {
    const out = await mod.read({ name: `huge.${ext}`, bytes: new Uint8Array(25 * 1024 * 1024 + 1).fill(32) });
    expect(out.ok).toBe(false);
    if (!out.ok) expect(out.problems[0]!.message).toMatch(/at most 25 MB/);
  });
});

describe('wrong types', () => {
  const cases: [string, InputFile][] = [
    ['PRSM', fileOf('a.prsm', '{"nodes": "none", "edges": []}')],
    ['PRSM', fileOf('a.prsm', '{"nodes": [1, null, "x", {"id": 5, "label": ["a"], "x": "left", "note": {"ops": 3}}], "edges": {"a": 1}}')],
    ['PRSM', fileOf('a.prsm', '{"nodes": [{"id": "a", "label": 7, "grp": {}}, {"id": "b"}], "edges": [{"from": "a", "to": "b", "width": "wide", "label": {"x": 1}}, {"from": null}], "styles": [], "background": 5}')],
    ['PRSM', fileOf('a.prsm', '[1, 2, 3]')],
    ['GraphML', fileOf('a.graphml', '<graphml><graph><node/><node id="a"><data key="nokey"><x/></data></node><edge source="a"/><edge/></graph></graphml>')],
    ['GraphML', fileOf('a.graphml', '<graphml><key id="k" for="node" attr.name="x"/><graph><node id="a"><data key="k">not a number</data></node></graph></graphml>')],
    ['GraphML', fileOf('a.graphml', '<graphml><nograph/></graphml>')],
    ['GEXF', fileOf('a.gexf', '<gexf><graph><nodes><node id="a"><color r="x"/><position x="1"/></node></nodes><edges><edge source="a" target="a" weight="heavy"/></edges></graph></gexf>')],
    ['GEXF', fileOf('a.gexf', '<gexf><meta/></gexf>')],
    ['Graphviz DOT', fileOf('a.dot', 'digraph { a [pos="nowhere", strength=oops]; a -> b [weight="-x"] }')],
    ['Graphviz DOT', fileOf('a.dot', 'graph')],
    ['CSV edge list', fileOf('a.csv', 'source,target,strength\n"a",,7\n,b,x\n"unclosed,b\n')],
    ['CSV edge list', fileOf('a.csv', 'source,target,weight,polarity\na,b,NaN,sideways\nb,c,Infinity,+\n')],
  ];
  it.each(cases)('%s: %#', async (tool, file) => {
    const mod = FORMATS.find((f) => f.name === tool)!.mod;
    expectClear(await mod.read(file), tool);
  });

  it('says what is missing where a file has the wrong shape', async () => {
    const messages = async (out: Promise<ImportOutcome>) => {
      const o = await out;
      return o.ok ? [] : o.problems.map((p) => `${p.where}: ${p.message}`);
    };
    expect(await messages(prsm.read(cases[0]![1]))).toEqual(['nodes: This looks like a PRSM file, but it has no list of factors ("nodes").']);
    expect(await messages(prsm.read(cases[3]![1]))).toEqual(['a.prsm: This looks like a PRSM file, but it does not hold a map (expected an object with nodes and edges).']);
    expect(await messages(graphml.read(cases[6]![1]))).toEqual(['<graphml>: This looks like a GraphML file, but it has no <graph> inside <graphml>.']);
    expect(await messages(gexf.read(cases[8]![1]))).toEqual(['<gexf>: This looks like a GEXF file, but it has no <graph> inside <gexf>.']);
    expect((await messages(dot.read(cases[10]![1])))[0]).toMatch(/^line 1, column \d+: This looks like a Graphviz DOT file, but it could not be read as DOT/);
    expect((await messages(graphml.read(fileOf('x.graphml', '<graphml><graph>\n<node id="a"></graph></graphml>'))))[0]).toMatch(/^line 2, column \d+: This looks like a GraphML file, but it is not well-formed XML/);
  });

  it('cuts labels that are too long, and says so', async () => {
    const out = await graphml.read(fileOf('a.graphml', `<graphml><key id="l" for="node" attr.name="label"/><graph><node id="a"><data key="l">${'x'.repeat(100_000)}</data></node></graph></graphml>`));
    expect(out.ok).toBe(true);
    if (out.ok) {
      expect(out.result.doc.nodes['a']!.label).toHaveLength(500);
      expect(out.result.report.find((l) => l.what === 'labels shortened')!.count).toBe(1);
    }
  });
});

describe('hostile files', () => {
  const laughs = (root: string, inner: string) => {
    let entities = '<!ENTITY lol "lol">';
    for (let i = 1; i < 10; i++) entities += `<!ENTITY lol${i} "${`&lol${i === 1 ? '' : i - 1};`.repeat(10)}">`;
    return `<?xml version="1.0"?><!DOCTYPE ${root} [${entities}]><${root}>${inner.replace('LOL', '&lol9;')}</${root}>`;
  };

  it('refuses billion-laughs GraphML and GEXF without expanding anything', async () => {
    const g = await graphml.read(fileOf('lol.graphml', laughs('graphml', '<graph><node id="a"><data key="d0">LOL</data></node></graph>')));
    const x = await gexf.read(fileOf('lol.gexf', laughs('gexf', '<graph><nodes><node id="a" label="LOL"/></nodes></graph>')));
    for (const [out, tool] of [[g, 'GraphML'], [x, 'GEXF']] as const) {
      expect(out.ok).toBe(false);
      if (!out.ok) expect(out.problems[0]!.message).toBe(`This looks like a ${tool} file, but it declares its own XML entities, which System Canvas does not expand (they can make a small file fill the memory).`);
    }
  });

  it('refuses XML nested deeper than any graph needs', async () => {
    const deep = `<graphml><graph>${'<node id="a"><graph>'.repeat(5000)}${'</graph></node>'.repeat(5000)}</graph></graphml>`;
    const out = await graphml.read(fileOf('deep.graphml', deep));
    expect(out.ok).toBe(false);
    if (!out.ok) expect(out.problems[0]!.message).toMatch(/nested more than 200 deep/);
  });

  it('refuses DOT subgraphs nested deeper than any map needs', async () => {
    const out = await dot.read(fileOf('deep.dot', `digraph { ${'subgraph { '.repeat(2000)}a${' }'.repeat(2000)} }`));
    expectClear(out, 'Graphviz DOT');
    expect(out.ok).toBe(false);
  });

  it('reads deeply nested JSON in a PRSM note without recursing', async () => {
    const note = '['.repeat(50_000) + ']'.repeat(50_000);
    expectClear(await prsm.read(fileOf('deep.prsm', `{"nodes": [{"id": "a", "label": "A", "note": ${note}}], "edges": []}`)), 'PRSM');
  });

  it('stops a tiny packed PRSM blob that would unpack to gigabytes', async () => {
    // Hand-made lz-string stream: one "a", then codes that each add the last entry plus one letter,
    // so the output grows with the square of the input; 7,500 codes would be 28 million characters.
    const bits: number[] = [];
    const put = (value: number, n: number) => {
      for (let i = 0; i < n; i++) bits.push((value >> i) & 1);
    };
    put(0, 2);
    put(97, 8);
    let dictSize = 4;
    let numBits = 3;
    let enlargeIn = 4;
    for (let k = 0; k < 7500; k++) {
      put(dictSize, numBits);
      dictSize++;
      if (--enlargeIn === 0) {
        enlargeIn = 2 ** numBits;
        numBits++;
      }
    }
    let blob = '';
    for (let i = 0; i < bits.length; i += 15) {
      let v = 0;
      for (let j = 0; j < 15; j++) v = v * 2 + (bits[i + j] ?? 0);
      blob += String.fromCharCode(v + 32);
    }
    expect(blob.length).toBeLessThan(10_000);
    const out = await prsm.read(fileOf('bomb.prsm', blob));
    expect(out.ok).toBe(false);
    if (!out.ok) expect(out.problems[0]!.message).toBe('This looks like a PRSM file, but unpacked it would be more than 25 MB, more than any map needs.');
  });

  it('gives a clear message for a big blob of packed-looking junk', async () => {
    const rand = seeded(3);
    let junk = '';
    for (let i = 0; i < 500_000; i++) junk += String.fromCharCode(0x4e00 + Math.floor(rand() * 0x2000));
    expectClear(await prsm.read(fileOf('junk.prsm', junk)), 'PRSM');
  });
});

/** Kumu and Mental Modeler say what is wrong in their own words (the app adds "Could not open <file>"): a placed, plain message. */
function expectPlainProblem(outcome: ImportOutcome) {
  if (outcome.ok) return;
  expect(outcome.problems.length).toBeGreaterThan(0);
  for (const p of outcome.problems) {
    expect(typeof p.where).toBe('string');
    expect(p.message.length).toBeGreaterThan(10);
    expect(p.message).not.toMatch(/\n\s+at /);
  }
}

const OTHERS: { name: string; ext: string; write(): Promise<string | Uint8Array>; read(file: InputFile): Promise<ImportOutcome> }[] = [
  { name: 'Kumu JSON', ext: 'json', write: async () => (await kumu.writeJson(sampleMap(), { includePrivateNotes: false })).data, read: kumu.read },
  { name: 'Kumu workbook', ext: 'xlsx', write: async () => (await kumu.writeXlsxFile(sampleMap(), { includePrivateNotes: false })).data, read: kumu.read },
  { name: 'Kumu CSV', ext: 'csv', write: async () => (await kumu.writeCsvFiles(sampleMap(), { includePrivateNotes: false })).data, read: kumu.read },
  { name: 'Mental Modeler XML', ext: 'mmp', write: async () => (await mentalModeler.write(sampleMap(), { includePrivateNotes: false, encoding: 'xml' })).data, read: mentalModeler.read },
  { name: 'Mental Modeler JSON', ext: 'mmp', write: async () => (await mentalModeler.write(sampleMap(), { includePrivateNotes: false, encoding: 'json' })).data, read: mentalModeler.read },
];

describe.each(OTHERS)('$name reader under fuzzing', ({ ext, write, read }) => {
  it('gives a map or a placed, plain message for every cut of a good file', async () => {
    const whole = await write();
    const bytes = typeof whole === 'string' ? new TextEncoder().encode(whole) : whole;
    for (let i = 1; i < 24; i++) expectPlainProblem(await read({ name: `cut.${ext}`, bytes: bytes.slice(0, Math.floor((bytes.length * i) / 24)) }));
  });

  it('gives a placed, plain message for random bytes', async () => {
    const rand = seeded(ext.length + 7);
    for (let i = 0; i < 5; i++) {
      const out = await read({ name: `noise.${ext}`, bytes: new Uint8Array(2000).map(() => Math.floor(rand() * 256)) });
      expect(out.ok).toBe(false);
      expectPlainProblem(out);
    }
  });

  it('refuses a file over 25 MB before parsing it', async () => {
    const out = await read({ name: `huge.${ext}`, bytes: new Uint8Array(25 * 1024 * 1024 + 1).fill(32) });
    expect(out.ok).toBe(false);
    if (!out.ok) expect(out.problems[0]!.message).toMatch(/at most 25 MB/);
  });
});

describe('deeply nested JSON for Kumu and Mental Modeler', () => {
  const deep = (key: string) => `{"${key}": ${'['.repeat(100_000)}${']'.repeat(100_000)}}`;
  it('gives a plain message, never a stack overflow', async () => {
    for (const [name, text, read] of [
      ['deep.json', deep('elements'), kumu.read],
      ['deep.mmp', deep('concepts'), mentalModeler.read],
    ] as const) {
      const out = await read(fileOf(name, text));
      expectPlainProblem(out);
    }
  });
});
