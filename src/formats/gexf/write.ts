/**
 * GEXF 1.3 for Gephi. Node kind, theme, description, notes and tags and link
 * polarity, confidence, delay and evidence are declared attributes; strength is
 * the edge weight; theme colours are viz:color; positions viz:position with y
 * flipped (Gephi's y points up). Theme descriptions, experiments and loop names do not travel.
 */
import { POLARITY_COLOURS } from '../../model/palette.ts';
import type { MapDocument } from '../../model/types.ts';
import { hexToRgb } from '../shared/colour.ts';
import { exportFileName, exportView, privateWarnings } from '../shared/export.ts';
import { escapeXml } from '../shared/xml.ts';
import type { ExportedFile, ExportOptions } from '../types.ts';

const e = (v: string | number) => escapeXml(String(v));
const colour = (hex: string) => {
  const { r, g, b } = hexToRgb(hex);
  return `<viz:color r="${r}" g="${g}" b="${b}"/>`;
};
const att = (id: string, value: string) => (value ? `<attvalue for="${id}" value="${e(value)}"/>` : '');

export function writeGEXF(doc: MapDocument, options: ExportOptions): ExportedFile {
  const view = exportView(doc, options);
  const out = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">',
    `  <meta lastmodifieddate="${doc.meta.updatedAt.slice(0, 10)}"><creator>System Canvas</creator><title>${e(view.title)}</title><description>${e(view.description)}</description></meta>`,
    '  <graph defaultedgetype="directed" mode="static">',
    '    <attributes class="node"><attribute id="kind" title="kind" type="string"/><attribute id="theme" title="theme" type="string"/><attribute id="description" title="description" type="string"/><attribute id="notes" title="notes" type="string"/><attribute id="tags" title="tags" type="string"/></attributes>',
    '    <attributes class="edge"><attribute id="polarity" title="polarity" type="string"/><attribute id="confidence" title="confidence" type="string"/><attribute id="delay" title="delay" type="boolean"/><attribute id="evidence" title="evidence" type="string"/></attributes>',
    '    <nodes>',
  ];
  for (const { node, theme, notes } of view.nodes) {
    const values = att('kind', node.kind) + att('theme', theme?.name ?? '') + att('description', node.description) + att('notes', notes) + att('tags', node.tags.join('|'));
    out.push(
      `      <node id="${e(node.id)}" label="${e(node.label)}"><attvalues>${values}</attvalues>${theme ? colour(theme.colour) : ''}<viz:position x="${node.position.x}" y="${-node.position.y}" z="0"/><viz:size value="10"/></node>`,
    );
  }
  out.push('    </nodes>', '    <edges>');
  for (const l of view.links) {
    const values = att('polarity', l.polarity) + att('confidence', l.confidence) + att('delay', String(l.delay)) + att('evidence', l.evidence);
    const label = l.label ? ` label="${e(l.label)}"` : '';
    out.push(
      `      <edge id="${e(l.id)}" source="${e(l.source)}" target="${e(l.target)}" weight="${l.strength}"${label}><attvalues>${values}</attvalues>${colour(POLARITY_COLOURS[l.polarity])}<viz:thickness value="${l.strength}"/></edge>`,
    );
  }
  out.push('    </edges>', '  </graph>', '</gexf>', '');
  return { fileName: exportFileName(doc, 'gexf'), mimeType: 'application/gexf+xml', data: out.join('\n'), ...privateWarnings(view.privateLeft) };
}
