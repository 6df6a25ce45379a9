import { describe, expect, it } from 'vitest';
import { expectOk, fileOf, linkSummary, positionSummary, reportCount, sampleMap, themeSummary } from '../shared/testing.ts';
import { read, sniff, write } from './index.ts';

/** As Gephi 0.10 writes GEXF 1.3: a modularity attribute, viz colours and positions, weights, a sign column. */
const GEPHI = `<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://gexf.net/1.3" version="1.3" xmlns:viz="http://gexf.net/1.3/viz">
  <meta lastmodifieddate="2024-05-01"><creator>Gephi 0.10.1</creator><description>Obesity workshop</description></meta>
  <graph defaultedgetype="directed" mode="static">
    <attributes class="node" mode="static">
      <attribute id="modularity_class" title="Modularity Class" type="integer"/>
      <attribute id="0" title="Degree" type="integer"/>
    </attributes>
    <attributes class="edge" mode="static">
      <attribute id="s" title="Sign" type="string"><default>+</default></attribute>
    </attributes>
    <nodes>
      <node id="a" label="Portion size"><attvalues><attvalue for="modularity_class" value="0"/><attvalue for="0" value="3"/></attvalues><viz:size value="10.0"/><viz:position x="-100.5" y="50.0" z="0.0"/><viz:color r="213" g="94" b="0"/></node>
      <node id="b" label="Energy intake"><attvalues><attvalue for="modularity_class" value="0"/></attvalues><viz:position x="0" y="0"/><viz:color r="213" g="94" b="0"/></node>
      <node id="c" label="Physical activity"><attvalues><attvalue for="modularity_class" value="1"/></attvalues><viz:position x="200" y="-80"/><viz:color hex="#009e73"/></node>
    </nodes>
    <edges>
      <edge id="0" source="a" target="b" weight="3.0"/>
      <edge id="1" source="c" target="b" weight="2.0"><attvalues><attvalue for="s" value="-"/></attvalues></edge>
      <edge id="2" source="c" target="zz" weight="1.0"/>
    </edges>
  </graph>
</gexf>`;

describe('GEXF import', () => {
  it('reads a Gephi export: labels, flipped positions, colours, modularity themes, weights and a sign column', async () => {
    const r = expectOk(await read(fileOf('obesity.gexf', GEPHI)));
    expect(r.hasPositions).toBe(true);
    expect(r.doc.meta.description).toBe('Obesity workshop');
    expect(linkSummary(r.doc)).toEqual(['Physical activity -> Energy intake - 2', 'Portion size -> Energy intake + 3']);
    expect(themeSummary(r.doc)).toEqual({ 'Portion size': '0', 'Energy intake': '0', 'Physical activity': '1' });
    expect(Object.values(r.doc.clusters).map((c) => c.colour).sort()).toEqual(['#009e73', '#d55e00']);
    expect(positionSummary(r.doc)).toEqual({ 'Portion size': '-100,-50', 'Energy intake': '0,0', 'Physical activity': '200,80' });
    expect(reportCount(r, 'links to nodes not in the file')).toBe(1);
    expect(r.report.find((l) => l.what === 'node attributes')?.detail).toContain('degree');
  });

  it('recognises GEXF from its content', () => {
    expect(sniff(fileOf('graph.xml', GEPHI))).toBe(true);
    expect(sniff(fileOf('graph.graphml', '<graphml/>'))).toBe(false);
  });
});

describe('GEXF round trip', () => {
  // GEXF carries nodes, kinds, themes (name and colour), positions, polarity, strength (as weight),
  // confidence, delay, labels and evidence. Theme descriptions, experiments and loop names are lost.
  it('keeps nodes, links, polarity, strength, themes and positions', async () => {
    const doc = sampleMap();
    const file = await write(doc, { includePrivateNotes: false });
    expect(file.data as string).not.toContain('Secret');
    const back = expectOk(await read(fileOf(file.fileName, file.data as string))).doc;
    expect(back.meta.title).toBe(doc.meta.title);
    expect(back.meta.description).toBe(doc.meta.description);
    expect(linkSummary(back)).toEqual(linkSummary(doc));
    expect(themeSummary(back)).toEqual(themeSummary(doc));
    expect(positionSummary(back)).toEqual(positionSummary(doc));
    expect(Object.values(back.clusters).map((c) => [c.name, c.colour]).sort()).toEqual([['Home life', '#e69f00'], ['School', '#0072b2']]);
    expect(back.nodes['n_parents']!.kind).toBe('actor');
    // Notes that may leave the machine come back as one public note; the private one stayed out.
    expect(back.nodes['n_parents']!.notes.map((n) => [n.text, n.private])).toEqual([['Ask the forum.', false]]);
    expect(back.links['l_2']).toMatchObject({ confidence: 'low', delay: true });
    expect(back.links['l_1']).toMatchObject({ label: 'take children in', evidence: 'Survey 2023' });
  });
});
