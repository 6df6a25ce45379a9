/**
 * A .prsm file PRSM opens: its JSON save format packed with lz-string's
 * compressToUTF16. Themes become factor styles (named, coloured); links get
 * one of three link styles named "+ same direction", "− opposite direction"
 * and "? unknown", so the sign survives in PRSM and comes back; strength is
 * the link width; descriptions and link evidence are notes. Node kinds travel
 * as a "Kind" factor attribute. PRSM cannot hold confidence, tags, theme
 * descriptions, experiments or loop names; delay is drawn dashed but not read back.
 */
import { POLARITY_COLOURS, tint } from '../../model/palette.ts';
import type { MapDocument, Polarity } from '../../model/types.ts';
import { exportFileName, exportView, privateWarnings } from '../shared/export.ts';
import type { ExportedFile, ExportOptions } from '../types.ts';

const delta = (text: string) => ({ ops: [{ insert: `${text}\n` }] });
const EDGE_STYLES: Record<Polarity, { grp: string; name: string }> = {
  '+': { grp: 'edge0', name: '+ same direction' },
  '-': { grp: 'edge1', name: '− opposite direction' },
  '?': { grp: 'edge2', name: '? unknown' },
};

function nodeStyle(name: string, colour: string) {
  const fill = tint(colour, 0.6);
  return {
    groupLabel: name,
    borderWidth: 4,
    color: { border: colour, background: fill, highlight: { border: colour, background: fill }, hover: { border: colour, background: fill } },
    font: { color: '#000000', size: 14 },
    shape: 'box',
    shapeProperties: { borderDashes: false },
  };
}

export function prsmJSON(doc: MapDocument, options: ExportOptions): string {
  const view = exportView(doc, options);
  const themeIds = view.themes.map((t) => t.id);
  const unthemedGroup = `group${themeIds.length}`;
  const nodeStyles: Record<string, unknown> = {};
  view.themes.forEach((t, i) => (nodeStyles[`group${i}`] = nodeStyle(t.name, t.colour)));
  if (view.nodes.some((n) => !n.theme)) nodeStyles[unthemedGroup] = nodeStyle('No theme', '#5f6368');
  const edgeStyles: Record<string, unknown> = {};
  for (const p of ['+', '-', '?'] as const) {
    edgeStyles[EDGE_STYLES[p].grp] = { groupLabel: EDGE_STYLES[p].name, color: { color: POLARITY_COLOURS[p], highlight: POLARITY_COLOURS[p], hover: POLARITY_COLOURS[p], inherit: false, opacity: 1 }, width: 1, dashes: false };
  }
  const nodes = view.nodes.map(({ node, theme, notes }) => {
    const grp = theme ? `group${themeIds.indexOf(theme.id)}` : unthemedGroup;
    const text = [node.description, notes].filter(Boolean).join('\n\n');
    return {
      id: node.id,
      label: node.label,
      ...(text ? { note: delta(text) } : {}),
      grp,
      x: node.position.x,
      y: node.position.y,
      ...(nodeStyles[grp] as object),
      groupLabel: undefined,
      att1: node.kind,
    };
  });
  const edges = view.links.map((l) => ({
    id: l.id,
    from: l.source,
    to: l.target,
    grp: EDGE_STYLES[l.polarity].grp,
    label: l.label,
    ...(l.evidence ? { note: delta(l.evidence) } : {}),
    arrows: { to: { enabled: true, type: 'arrow' }, middle: { enabled: false }, from: { enabled: false } },
    color: { color: POLARITY_COLOURS[l.polarity], highlight: POLARITY_COLOURS[l.polarity], hover: POLARITY_COLOURS[l.polarity], inherit: false, opacity: 1 },
    dashes: l.delay ? [10, 10] : false,
    width: l.strength,
  }));
  return JSON.stringify({
    saved: doc.meta.updatedAt,
    version: '2.0.0',
    mapTitle: view.title,
    lastNodeSample: 'group0',
    lastLinkSample: 'edge0',
    buttons: { snapToGrid: false, curve: 'Curved', background: '#ffffff', legend: true, sizing: 'Off' },
    attributeTitles: { att1: 'Kind' },
    styles: { nodes: nodeStyles, edges: edgeStyles },
    nodes,
    edges,
    description: view.description ? { text: delta(view.description) } : undefined,
  });
}

export async function writePRSM(doc: MapDocument, options: ExportOptions): Promise<ExportedFile> {
  const lz: Partial<typeof import('lz-string')> & { default?: typeof import('lz-string') } = await import('lz-string');
  // lz-string is CommonJS: bundlers and tsx give its functions as named exports, some loaders (Playwright's) only as default.
  const compressToUTF16 = lz.compressToUTF16 ?? lz.default!.compressToUTF16;
  return { fileName: exportFileName(doc, 'prsm'), mimeType: 'text/plain', data: compressToUTF16(prsmJSON(doc, options)), ...privateWarnings(exportView(doc, options).privateLeft) };
}
