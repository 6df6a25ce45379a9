import { describe, expect, it } from 'vitest';
import { expectOk, fileOf, linkSummary, positionSummary, reportCount, sampleMap, themeSummary } from '../shared/testing.ts';
import { read, sniff, write } from './index.ts';

/** A Gephi-style export: declared keys, weights with signs, colours as r/g/b, positions. */
const GEPHI = `<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
  <key attr.name="label" attr.type="string" for="node" id="label"/>
  <key attr.name="Modularity Class" attr.type="integer" for="node" id="modularity_class"/>
  <key attr.name="r" attr.type="int" for="node" id="r"/>
  <key attr.name="g" attr.type="int" for="node" id="g"/>
  <key attr.name="b" attr.type="int" for="node" id="b"/>
  <key attr.name="x" attr.type="float" for="node" id="x"/>
  <key attr.name="y" attr.type="float" for="node" id="y"/>
  <key attr.name="Eccentricity" attr.type="double" for="node" id="ecc"/>
  <key attr.name="weight" attr.type="double" for="edge" id="weight"/>
  <graph edgedefault="directed">
    <node id="0"><data key="label">Food prices &amp; costs</data><data key="modularity_class">1</data><data key="r">230</data><data key="g">159</data><data key="b">0</data><data key="x">-12.5</data><data key="y">40.2</data><data key="ecc">2</data></node>
    <node id="1"><data key="label">Stress</data><data key="modularity_class">2</data><data key="r">0</data><data key="g">114</data><data key="b">178</data><data key="x">100</data><data key="y">-3</data></node>
    <node id="2"><data key="label">Healthy weight</data><data key="modularity_class">2</data><data key="x">10</data><data key="y">10</data></node>
    <edge id="0" source="0" target="1" weight="1"><data key="weight">1.0</data></edge>
    <edge id="1" source="1" target="2"><data key="weight">-2.0</data></edge>
    <edge id="2" source="2" target="2"><data key="weight">1.0</data></edge>
  </graph>
</graphml>`;

/** A yEd export: graphics in y:ShapeNode, a group node with a nested graph, "+"/"-" edge labels. */
const YED = `<?xml version="1.0" encoding="UTF-8" standalone="no"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:y="http://www.yworks.com/xml/graphml" xmlns:yed="http://www.yworks.com/xml/yed/3">
  <key for="node" id="d5" attr.name="description" attr.type="string"/>
  <key for="node" id="d6" yfiles.type="nodegraphics"/>
  <key for="edge" id="d10" yfiles.type="edgegraphics"/>
  <graph edgedefault="directed" id="G">
    <node id="n0" yfiles.foldertype="group">
      <data key="d6"><y:ProxyAutoBoundsNode><y:Realizers active="0"><y:GroupNode><y:Geometry height="200" width="300" x="0" y="0"/><y:Fill color="#56B4E9" transparent="false"/><y:NodeLabel>Housing</y:NodeLabel></y:GroupNode></y:Realizers></y:ProxyAutoBoundsNode></data>
      <graph edgedefault="directed" id="n0:">
        <node id="n0::n0"><data key="d5">Rent as share of income</data><data key="d6"><y:ShapeNode><y:Geometry height="30" width="80" x="15" y="40"/><y:Fill color="#FFCC00" transparent="false"/><y:NodeLabel alignment="center">Rent</y:NodeLabel></y:ShapeNode></data></node>
        <node id="n0::n1"><data key="d6"><y:ShapeNode><y:Geometry height="30" width="80" x="150" y="40"/><y:NodeLabel>Overcrowding</y:NodeLabel></y:ShapeNode></data></node>
      </graph>
    </node>
    <node id="n1"><data key="d6"><y:ShapeNode><y:Geometry height="30" width="80" x="400" y="300"/><y:Fill color="#FFFFFF" transparent="false"/><y:NodeLabel>Health</y:NodeLabel></y:ShapeNode></data></node>
    <edge id="e0" source="n0::n0" target="n0::n1"><data key="d10"><y:PolyLineEdge><y:LineStyle color="#000000" type="line" width="1.0"/><y:EdgeLabel>+</y:EdgeLabel></y:PolyLineEdge></data></edge>
    <edge id="e1" source="n0::n1" target="n1"><data key="d10"><y:PolyLineEdge><y:EdgeLabel>-</y:EdgeLabel></y:PolyLineEdge></data></edge>
    <edge id="e2" source="n1" target="n0::n0"><data key="d10"><y:PolyLineEdge><y:EdgeLabel>costs of care</y:EdgeLabel></y:PolyLineEdge></data></edge>
  </graph>
</graphml>`;

/** As PRSM's exportGraphML writes it: numbered styles, colours as rgba() text, widths as weights. */
const PRSM = `<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
  <key id="d0" for="node" attr.name="label" attr.type="string"/>
  <key id="d1" for="node" attr.name="style" attr.type="int"/>
  <key id="d2" for="node" attr.name="color" attr.type="string"/>
  <key id="d4" for="node" attr.name="x" attr.type="float"/>
  <key id="d5" for="node" attr.name="y" attr.type="float"/>
  <key id="d10" for="edge" attr.name="label" attr.type="string"/>
  <key id="d16" for="edge" attr.name="weight" attr.type="int"/>
  <graph id="Caf&#233; culture" edgedefault="directed">
    <node id="a"><data key="d0">Caf&#233;s&nbsp;open</data><data key="d1">3</data><data key="d2">rgba(255,204,221,1)</data><data key="d4">1</data><data key="d5">2</data></node>
    <node id="b"><data key="d0">Footfall</data><data key="d1">1</data><data key="d2">#ffffff</data><data key="d4">50</data><data key="d5">60</data></node>
    <edge id="e" source="a" target="b"><data key="d10">+</data><data key="d16">1</data></edge>
  </graph>
</graphml>`;

describe('GraphML import', () => {
  it('reads a PRSM GraphML export: numbered styles as themes, rgba colours, HTML entities', async () => {
    const r = expectOk(await read(fileOf('prsm.graphml', PRSM)));
    expect(themeSummary(r.doc)).toEqual({ 'Cafés open': 'Style 3', Footfall: 'Style 1' });
    expect(Object.values(r.doc.clusters).find((c) => c.name === 'Style 3')!.colour).toBe('#ffccdd');
    expect(linkSummary(r.doc)).toEqual(['Cafés open -> Footfall + 1']);
  });

  it('reads a Gephi export: labels, positions, signed weights, colours and modularity classes as themes', async () => {
    const r = expectOk(await read(fileOf('gephi.graphml', GEPHI)));
    expect(r.format).toBe('graphml');
    expect(r.hasPositions).toBe(true);
    const labels = Object.values(r.doc.nodes).map((n) => n.label).sort();
    expect(labels).toEqual(['Food prices & costs', 'Healthy weight', 'Stress']);
    expect(linkSummary(r.doc)).toEqual(['Food prices & costs -> Stress + 1', 'Stress -> Healthy weight - 2']);
    expect(themeSummary(r.doc)).toEqual({ 'Food prices & costs': '1', Stress: '2', 'Healthy weight': '2' });
    const theme1 = Object.values(r.doc.clusters).find((c) => c.name === '1')!;
    expect(theme1.colour).toBe('#e69f00');
    expect(r.doc.nodes['0']!.position).toEqual({ x: -12, y: 40 });
    expect(reportCount(r, 'links from a node to itself')).toBe(1);
    expect(r.report.find((l) => l.what === 'node attributes')?.detail).toContain('eccentricity');
  });

  it('reads a yEd export: geometry, labels, groups as themes and +/- edge labels as polarity', async () => {
    const r = expectOk(await read(fileOf('yed.graphml', YED)));
    expect(themeSummary(r.doc)).toEqual({ Rent: 'Housing', Overcrowding: 'Housing', Health: null });
    expect(Object.values(r.doc.clusters)[0]!.colour).toBe('#56b4e9');
    expect(linkSummary(r.doc)).toEqual(['Health -> Rent ? 2', 'Overcrowding -> Health - 2', 'Rent -> Overcrowding + 2']);
    const health = Object.values(r.doc.links).find((l) => r.doc.nodes[l.source]!.label === 'Health')!;
    expect(health.label).toBe('costs of care');
    expect(reportCount(r, 'links with unknown polarity')).toBe(1);
    expect(positionSummary(r.doc)).toMatchObject({ Rent: '15,40', Health: '400,300' });
    expect(Object.values(r.doc.nodes).find((n) => n.label === 'Rent')!.description).toBe('Rent as share of income');
  });

  it('recognises GraphML from its content, not its name', () => {
    expect(sniff(fileOf('export.xml', GEPHI))).toBe(true);
    expect(sniff(fileOf('export.graphml', '{"nodes": []}'))).toBe(false);
    expect(sniff(fileOf('x.gexf', '<?xml version="1.0"?><gexf/>'))).toBe(false);
  });
});

describe('GraphML round trip', () => {
  // GraphML carries every node and link field we have except theme descriptions,
  // private-note privacy (notes become one public text), experiments and loop names.
  it('keeps nodes, links, polarity, strength, themes and positions', async () => {
    const doc = sampleMap();
    const file = await write(doc, { includePrivateNotes: false });
    expect(file.fileName).toBe('why-children-miss-school.graphml');
    const text = file.data as string;
    expect(text).not.toContain('Secret');
    const back = expectOk(await read(fileOf(file.fileName, text))).doc;
    expect(back.meta.title).toBe(doc.meta.title);
    expect(linkSummary(back)).toEqual(linkSummary(doc));
    expect(themeSummary(back)).toEqual(themeSummary(doc));
    expect(positionSummary(back)).toEqual(positionSummary(doc));
    expect(Object.values(back.clusters).map((c) => [c.name, c.colour]).sort()).toEqual([['Home life', '#e69f00'], ['School', '#0072b2']]);
    expect(back.nodes['n_parents']!.kind).toBe('actor');
    // Notes that may leave the machine come back as one public note; the private one stayed out.
    expect(back.nodes['n_parents']!.notes.map((n) => [n.text, n.private])).toEqual([['Ask the forum.', false]]);
    expect(back.nodes['n_attend']!.kind).toBe('outcome');
    expect(back.nodes['n_fares']!.description).toBe('Cost of a "return" ticket');
    expect(back.links['l_2']).toMatchObject({ confidence: 'low', delay: true });
    expect(back.links['l_1']).toMatchObject({ label: 'take children in', evidence: 'Survey 2023' });
  });

  it('includes private notes only when asked', async () => {
    const file = await write(sampleMap(), { includePrivateNotes: true });
    expect(file.data as string).toContain('Secret: Mrs B said no.');
  });
});
