/**
 * DOT that Graphviz renders: themes as "cluster" subgraphs, nodes filled with
 * their theme's tint, links coloured by polarity with the sign at the arrow
 * head and pen width by strength. Positions are pinned (pos "x,y!", points,
 * y up) and the graph asks for neato, which honours them (dot ignores pos
 * and lays the map out itself). Our own fields travel as extra attributes
 * Graphviz ignores (kind, theme, polarity, strength, confidence, delay,
 * description, evidence). Theme descriptions, experiments and loop names do not travel.
 */
import { POLARITY_COLOURS, tint } from '../../model/palette.ts';
import type { MapDocument } from '../../model/types.ts';
import { exportFileName, exportView, privateWarnings, type ExportNode } from '../shared/export.ts';
import type { ExportedFile, ExportOptions } from '../types.ts';

/** A DOT double-quoted string: quotes and backslashes escaped, line breaks as \n. */
export function quote(text: string): string {
  return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\r?\n/g, '\\n')}"`;
}

const SIGN = { '+': '+', '-': '−', '?': '?' } as const;

function nodeLine({ node, theme, notes }: ExportNode): string {
  const attrs = [
    `label=${quote(node.label)}`,
    `kind=${node.kind}`,
    theme ? `theme=${quote(theme.name)}, color=${quote(theme.colour)}, fillcolor=${quote(tint(theme.colour, 0.6))}` : '',
    `pos="${node.position.x},${-node.position.y}!"`,
    node.description ? `description=${quote(node.description)}` : '',
    notes ? `notes=${quote(notes)}` : '',
    node.tags.length ? `tags=${quote(node.tags.join('|'))}` : '',
  ].filter(Boolean);
  return `${quote(node.id)} [${attrs.join(', ')}];`;
}

export function writeDOT(doc: MapDocument, options: ExportOptions): ExportedFile {
  const view = exportView(doc, options);
  const out = [
    `digraph ${quote(view.title)} {`,
    `  graph [label=${quote(view.title)}, labelloc=t, layout=neato, inputscale=72, overlap=false, splines=true, fontname="Helvetica"];`,
    '  node [shape=box, style="rounded,filled", fillcolor="#ffffff", color="#5f6368", fontname="Helvetica"];',
    '  edge [fontname="Helvetica", arrowsize=0.8];',
  ];
  if (view.description) out.push(`  comment=${quote(view.description)};`);
  for (const theme of view.themes) {
    const members = view.nodes.filter((n) => n.theme?.id === theme.id);
    if (!members.length) continue;
    out.push(`  subgraph ${quote(`cluster_${theme.id}`)} {`, `    label=${quote(theme.name)}; color=${quote(theme.colour)};`);
    for (const n of members) out.push(`    ${nodeLine(n)}`);
    out.push('  }');
  }
  for (const n of view.nodes) if (!n.theme) out.push(`  ${nodeLine(n)}`);
  for (const l of view.links) {
    const attrs = [
      `polarity=${quote(l.polarity)}`,
      `strength=${l.strength}`,
      `headlabel=${quote(SIGN[l.polarity])}`,
      l.label ? `label=${quote(l.label)}` : '',
      `color=${quote(POLARITY_COLOURS[l.polarity])}`,
      `penwidth=${Math.max(0.5, l.strength)}`,
      `confidence=${l.confidence}`,
      l.delay ? 'delay=true, style=dashed' : '',
      l.evidence ? `evidence=${quote(l.evidence)}` : '',
    ].filter(Boolean);
    out.push(`  ${quote(l.source)} -> ${quote(l.target)} [${attrs.join(', ')}];`);
  }
  out.push('}', '');
  return { fileName: exportFileName(doc, 'dot'), mimeType: 'text/vnd.graphviz', data: out.join('\n'), ...privateWarnings(view.privateLeft) };
}
