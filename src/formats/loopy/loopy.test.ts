import { describe, expect, it } from 'vitest';
import { sampleMap } from '../shared/testing.ts';
import { url, write } from './index.ts';

/** Reads a Loopy link back the way Loopy v1.1 does: decode the data parameter once, parse, decode labels once more. */
function loopyReads(link: string) {
  const param = /[?&]data=([^&#]*)/.exec(link)![1]!;
  const [nodes, edges, labels, uid] = JSON.parse(decodeURIComponent(param.replace(/\+/g, ' '))) as [unknown[][], number[][], unknown[][], number];
  return {
    nodes: nodes.map((n) => ({ id: n[0] as number, x: n[1] as number, y: n[2] as number, init: n[3], label: decodeURIComponent(n[4] as string), hue: n[5] as number })),
    edges: edges.map((e) => ({ from: e[0]!, to: e[1]!, strength: e[3]! })),
    labels: labels.map((l) => decodeURIComponent(l[2] as string)),
    uid,
  };
}

describe('Loopy export', () => {
  // Loopy carries nodes, positions, labels, themes as hues and links with a sign of +1 or -1.
  // It cannot carry strength, unknown polarity, confidence, delay, descriptions or notes.
  it('writes a link Loopy can read: nodes, labels, positions, signs', async () => {
    const doc = sampleMap();
    doc.nodes['n_fares']!.label = 'Bus fares + "tickets" & 100%';
    const model = loopyReads(await url(doc));
    expect(model.nodes.map((n) => n.label).sort()).toEqual(['Bus fares + "tickets" & 100%', 'Parents & carers', 'School attendance', 'Weather', 'Worry about bullying']);
    expect(model.uid).toBe(5);
    expect(new Set(model.nodes.map((n) => n.id)).size).toBe(5);
    const byLabel = new Map(model.nodes.map((n) => [n.label, n]));
    const parents = byLabel.get('Parents & carers')!;
    const fares = byLabel.get('Bus fares + "tickets" & 100%')!;
    // Relative positions are kept.
    expect(parents.x - fares.x).toBe(240);
    expect(fares.y - parents.y).toBe(200);
    expect(model.nodes.every((n) => n.x > 0 && n.y > 0)).toBe(true);
    const signs = model.edges.map((e) => `${model.nodes[e.from]!.label} ${e.strength}`).sort();
    expect(signs).toEqual(['Bus fares + "tickets" & 100% -1', 'Parents & carers 1', 'School attendance 1', 'Worry about bullying -1']);
    // Nodes of one theme share a hue; themes of different colours get different hues.
    expect(parents.hue).toBe(fares.hue);
    expect(byLabel.get('School attendance')!.hue).not.toBe(parents.hue);
    expect(model.labels).toEqual(['Why children miss school']);
  });

  it('writes the link to a file and reports what Loopy cannot hold', async () => {
    const file = await write(sampleMap(), { includePrivateNotes: true });
    expect(file.fileName).toBe('why-children-miss-school.loopy.txt');
    expect(file.data as string).toMatch(/^https:\/\/ncase\.me\/loopy\/v1\.1\/\?data=\[\[\[.*%5D\r\n$/);
    expect(file.data as string).not.toContain('Secret');
    expect(file.warnings).toEqual(['1 links of unknown polarity written as +: Loopy links are + or −', `${Object.keys(sampleMap().links).length} link strengths left out: every Loopy link has the same strength`]);
  });
});
