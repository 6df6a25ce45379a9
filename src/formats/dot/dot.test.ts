import { describe, expect, it } from 'vitest';
import { expectOk, fileOf, linkSummary, positionSummary, reportCount, sampleMap, themeSummary } from '../shared/testing.ts';
import { read, sniff, write } from './index.ts';

/** A hand-written causal loop diagram, as people write them for Graphviz. */
const CLD = `// causal loop diagram
digraph "Debt spiral" {
  rankdir=LR;
  node [shape=box, style=filled, fillcolor="#eeeeee"];
  subgraph cluster_money { label="Money"; color="#D55E00";
    income [label="Household\\nincome"];
    debt;
  }
  stress [label="Stress", pos="100,-50!"];
  income -> debt [label="-"];
  debt -> stress [polarity="+", weight=3];
  stress -> income [label="loses work hours", sign=-1];
  stress -> { sleep worry } [color=red];
  debt -> debt;
}`;

describe('DOT import', () => {
  it('reads nodes, edge chains and groups, cluster themes, signs from labels and attributes', async () => {
    const r = expectOk(await read(fileOf('cld.gv', CLD)));
    expect(r.doc.meta.title).toBe('Debt spiral');
    expect(linkSummary(r.doc)).toEqual([
      'Household income -> debt - 2',
      'Stress -> Household income - 2',
      'Stress -> sleep ? 2',
      'Stress -> worry ? 2',
      'debt -> Stress + 3',
    ]);
    expect(themeSummary(r.doc)).toMatchObject({ 'Household income': 'Money', debt: 'Money', Stress: null });
    expect(Object.values(r.doc.clusters)[0]!.colour).toBe('#d55e00');
    const words = Object.values(r.doc.links).find((l) => l.label)!;
    expect(words.label).toBe('loses work hours');
    expect(reportCount(r, 'links with unknown polarity')).toBe(2);
    expect(reportCount(r, 'links from a node to itself')).toBe(1);
    // Only one node has a position, so the map is laid out.
    expect(r.hasPositions).toBe(false);
  });

  it('says where a syntax error is', async () => {
    const out = await read(fileOf('broken.dot', 'digraph {\n  a -> b [label="x"\n'));
    expect(out.ok).toBe(false);
    if (!out.ok) {
      expect(out.problems[0]!.where).toMatch(/^line \d+, column \d+$/);
      expect(out.problems[0]!.message).toMatch(/^This looks like a Graphviz DOT file, but/);
    }
  });

  it('recognises DOT from its content', () => {
    expect(sniff(fileOf('whatever.txt', '/* c */\nstrict digraph G {\n a -> b }'))).toBe(true);
    expect(sniff(fileOf('whatever.txt', 'source,target\na,b'))).toBe(false);
  });
});

describe('DOT round trip', () => {
  // DOT carries everything per node and link through extra attributes Graphviz ignores;
  // theme descriptions, experiments and loop names are lost.
  it('keeps nodes, links, polarity, strength, themes and positions', async () => {
    const doc = sampleMap();
    const file = await write(doc, { includePrivateNotes: false });
    expect(file.data as string).not.toContain('Secret');
    const back = expectOk(await read(fileOf(file.fileName, file.data as string)));
    expect(back.hasPositions).toBe(true);
    expect(back.doc.meta.title).toBe(doc.meta.title);
    expect(back.doc.meta.description).toBe(doc.meta.description);
    expect(back.doc.nodes['n_parents']!.notes.map((n) => [n.text, n.private])).toEqual([['Ask the forum.', false]]);
    expect(linkSummary(back.doc)).toEqual(linkSummary(doc));
    expect(themeSummary(back.doc)).toEqual(themeSummary(doc));
    expect(positionSummary(back.doc)).toEqual(positionSummary(doc));
    expect(Object.values(back.doc.clusters).map((c) => [c.name, c.colour]).sort()).toEqual([['Home life', '#e69f00'], ['School', '#0072b2']]);
    expect(back.doc.nodes['n_fares']!.description).toBe('Cost of a "return" ticket');
    expect(back.doc.nodes['n_parents']!.label).toBe('Parents & carers');
    expect(back.doc.links['l_1']).toBeUndefined(); // DOT edges have no ids
    const l1 = Object.values(back.doc.links).find((l) => l.label === 'take children in')!;
    expect(l1).toMatchObject({ confidence: 'high', evidence: 'Survey 2023', polarity: '+', strength: 3 });
    expect(Object.values(back.doc.links).filter((l) => l.delay)).toHaveLength(1);
    expect(back.report.find((l) => l.what === 'node attributes')).toBeUndefined();
  });
});
