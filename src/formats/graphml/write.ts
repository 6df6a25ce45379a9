/**
 * GraphML for Gephi, yEd and PRSM. Plain <data> attributes carry everything a
 * System Canvas map has per node and link (label, kind, theme and its colour,
 * position, polarity, strength as weight, confidence, delay, evidence); yEd
 * graphics (y:ShapeNode / y:PolyLineEdge) are added so yEd shows labels,
 * colours and positions. Theme descriptions, experiments and loop names do not travel.
 */
import { POLARITY_COLOURS, tint } from '../../model/palette.ts';
import { exportFileName, exportView, privateWarnings } from '../shared/export.ts';
import { escapeXml } from '../shared/xml.ts';
import type { MapDocument } from '../../model/types.ts';
import type { ExportedFile, ExportOptions } from '../types.ts';

const NODE_KEYS: [string, string, string][] = [
  ['label', 'label', 'string'],
  ['kind', 'kind', 'string'],
  ['description', 'description', 'string'],
  ['notes', 'notes', 'string'],
  ['theme', 'theme', 'string'],
  ['color', 'color', 'string'],
  ['tags', 'tags', 'string'],
  ['x', 'x', 'double'],
  ['y', 'y', 'double'],
];
const EDGE_KEYS: [string, string, string][] = [
  ['elabel', 'label', 'string'],
  ['polarity', 'polarity', 'string'],
  ['weight', 'weight', 'double'],
  ['confidence', 'confidence', 'string'],
  ['delay', 'delay', 'boolean'],
  ['evidence', 'evidence', 'string'],
];

const data = (key: string, value: string | number) => `<data key="${key}">${escapeXml(String(value))}</data>`;

export function writeGraphML(doc: MapDocument, options: ExportOptions): ExportedFile {
  const view = exportView(doc, options);
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:y="http://www.yworks.com/xml/graphml" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://www.yworks.com/xml/schema/graphml/1.1/ygraphml.xsd">',
    '  <key id="title" for="graph" attr.name="title" attr.type="string"/>',
    '  <key id="gdescription" for="graph" attr.name="description" attr.type="string"/>',
  ];
  for (const [id, name, type] of NODE_KEYS) out.push(`  <key id="${id}" for="node" attr.name="${name}" attr.type="${type}"/>`);
  for (const [id, name, type] of EDGE_KEYS) out.push(`  <key id="${id}" for="edge" attr.name="${name}" attr.type="${type}"/>`);
  out.push('  <key id="ynode" for="node" yfiles.type="nodegraphics"/>', '  <key id="yedge" for="edge" yfiles.type="edgegraphics"/>');
  out.push('  <graph id="G" edgedefault="directed">', `    ${data('title', view.title)}`);
  if (view.description) out.push(`    ${data('gdescription', view.description)}`);

  for (const { node, theme, notes } of view.nodes) {
    const fill = theme ? tint(theme.colour, 0.6) : '#ffffff';
    out.push(`    <node id="${escapeXml(node.id)}">`);
    out.push(`      ${data('label', node.label)}${data('kind', node.kind)}`);
    if (node.description) out.push(`      ${data('description', node.description)}`);
    if (notes) out.push(`      ${data('notes', notes)}`);
    if (theme) out.push(`      ${data('theme', theme.name)}${data('color', theme.colour)}`);
    if (node.tags.length) out.push(`      ${data('tags', node.tags.join('|'))}`);
    out.push(`      ${data('x', node.position.x)}${data('y', node.position.y)}`);
    out.push(
      `      <data key="ynode"><y:ShapeNode><y:Geometry x="${node.position.x}" y="${node.position.y}" width="160" height="60"/><y:Fill color="${fill}" transparent="false"/><y:BorderStyle color="${theme?.colour ?? '#5f6368'}" type="line" width="2.0"/><y:NodeLabel>${escapeXml(node.label)}</y:NodeLabel><y:Shape type="roundrectangle"/></y:ShapeNode></data>`,
    );
    out.push('    </node>');
  }
  for (const l of view.links) {
    out.push(`    <edge id="${escapeXml(l.id)}" source="${escapeXml(l.source)}" target="${escapeXml(l.target)}">`);
    out.push(`      ${l.label ? data('elabel', l.label) : ''}${data('polarity', l.polarity)}${data('weight', l.strength)}${data('confidence', l.confidence)}${data('delay', String(l.delay))}`);
    if (l.evidence) out.push(`      ${data('evidence', l.evidence)}`);
    const shown = l.polarity === '-' ? '−' : l.polarity;
    out.push(
      `      <data key="yedge"><y:PolyLineEdge><y:LineStyle color="${POLARITY_COLOURS[l.polarity]}" type="${l.delay ? 'dashed' : 'line'}" width="${l.strength}"/><y:Arrows source="none" target="standard"/><y:EdgeLabel>${escapeXml(l.label ? `${shown} ${l.label}` : shown)}</y:EdgeLabel></y:PolyLineEdge></data>`,
    );
    out.push('    </edge>');
  }
  out.push('  </graph>', '</graphml>', '');
  return { fileName: exportFileName(doc, 'graphml'), mimeType: 'application/graphml+xml', data: out.join('\n'), ...privateWarnings(view.privateLeft) };
}
