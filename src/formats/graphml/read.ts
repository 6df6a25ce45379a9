/**
 * GraphML as Gephi, yEd, PRSM (and System Canvas) write it: <key>s declare
 * named attributes, <data key=...> carries them on nodes and edges. yEd puts
 * its drawing (geometry, fill colour, labels) in y:ShapeNode / y:GenericNode
 * data and its groups as nodes holding a nested <graph>; groups become themes.
 */
import { buildImport, type DraftLink, type DraftNode } from '../shared/build.ts';
import { readLinkAttrs, readNodeAttrs, normaliseName, unusedTally, type Attrs } from '../shared/attributes.ts';
import { toHexColour } from '../shared/colour.ts';
import { baseName, failure, fileText, numberOf, textOf } from '../shared/text.ts';
import { themesFromHints, type ThemeHint } from '../shared/themes.ts';
import { child, list, parseXml, textContent, type XmlObject } from '../shared/xml.ts';
import type { ImportOutcome, InputFile, ReportLine } from '../types.ts';

const TOOL = 'GraphML';
const ARRAYS = new Set(['key', 'graph', 'node', 'edge', 'data', 'hyperedge', 'NodeLabel', 'EdgeLabel', 'GroupNode', 'port']);

interface Key {
  name: string;
  for: string;
  yfiles: string;
  fallback: string | undefined;
}

interface Found {
  node: DraftNode;
  hint: ThemeHint;
}

const YED_NODES = ['ShapeNode', 'GenericNode', 'ImageNode', 'SVGNode', 'TableNode', 'UMLClassNode', 'UMLNoteNode', 'BPMNNode'];
const YED_EDGES = ['PolyLineEdge', 'BezierEdge', 'ArcEdge', 'QuadCurveEdge', 'SplineEdge', 'GenericEdge', 'BPMNEdge'];

/** yEd's drawing of a node: the first *Node realizer inside a data element. */
function yedNode(data: XmlObject): XmlObject | null {
  for (const name of YED_NODES) {
    const r = child(data, name);
    if (r) return r;
  }
  const proxy = child(data, 'ProxyAutoBoundsNode');
  const realizers = proxy ? child(proxy, 'Realizers') : null;
  if (realizers) {
    const groups = list(realizers['GroupNode']);
    const active = numberOf(realizers['active']) ?? 0;
    return groups[active] ?? groups[0] ?? null;
  }
  return null;
}

function yedLabel(realizer: XmlObject, tag: string): string {
  const labels = realizer[tag];
  return (Array.isArray(labels) ? labels : [labels])
    .map((l) => textContent(l).trim())
    .filter(Boolean)
    .join(' ');
}

export async function readGraphML(file: InputFile): Promise<ImportOutcome> {
  const text = fileText(file, TOOL);
  if (!text.ok) return { ok: false, format: 'graphml', problems: [text.problem] };
  const parsed = await parseXml(text.text, ARRAYS);
  if (!parsed.ok) return failure('graphml', TOOL, parsed.where || file.name, parsed.message);
  const root = child(parsed.root, 'graphml');
  if (!root) return failure('graphml', TOOL, file.name, 'it has no <graphml> element at the top.');
  const graph = list(root['graph'])[0];
  if (!graph) return failure('graphml', TOOL, '<graphml>', 'it has no <graph> inside <graphml>.');

  const keys = new Map<string, Key>();
  for (const k of list(root['key'])) {
    const id = textOf(k['id']);
    if (!id) continue;
    const fallback = k['default'] !== undefined ? textContent(k['default']) : undefined;
    keys.set(id, { name: normaliseName(textOf(k['attr.name']) || id), for: textOf(k['for']) || 'all', yfiles: textOf(k['yfiles.type']), fallback });
  }
  const defaults = (kind: 'node' | 'edge'): Attrs => {
    const attrs: Attrs = new Map();
    for (const k of keys.values()) if ((k.for === kind || k.for === 'all') && k.fallback !== undefined && !k.yfiles) attrs.set(k.name, k.fallback);
    return attrs;
  };
  const nodeDefaults = defaults('node');
  const edgeDefaults = defaults('edge');

  const found: Found[] = [];
  const links: DraftLink[] = [];
  const skippedNodeAttrs = unusedTally();
  const skippedEdgeAttrs = unusedTally();
  let hyperedges = 0;
  let groups = 0;
  const edgeSources: XmlObject[] = [];

  // yEd groups nest graphs inside nodes; walk them with an explicit stack, never recursion.
  const stack: { graph: XmlObject; group: { name: string; colour: string | null } | null }[] = [{ graph, group: null }];
  while (stack.length) {
    const { graph: g, group } = stack.pop()!;
    hyperedges += list(g['hyperedge']).length;
    edgeSources.push(g);
    for (const n of list(g['node'])) {
      const id = textOf(n['id']);
      const attrs: Attrs = new Map(nodeDefaults);
      let realizer: XmlObject | null = null;
      for (const d of list(n['data'])) {
        const key = keys.get(textOf(d['key']));
        if (key?.yfiles === 'nodegraphics') realizer = yedNode(d) ?? realizer;
        else if (key && !key.yfiles) attrs.set(key.name, textContent(d));
      }
      // PRSM's GraphML numbers each factor's style: with no other grouping, the style is the theme.
      const style = attrs.get('style');
      if (style && !['theme', 'group', 'cluster', 'category', 'modularity_class', 'community', 'class'].some((k) => attrs.has(k))) attrs.set('group', `Style ${style}`);
      attrs.delete('style');
      const read = readNodeAttrs(attrs);
      const geometry = realizer ? child(realizer, 'Geometry') : null;
      const fill = realizer ? child(realizer, 'Fill') : null;
      const yLabel = realizer ? yedLabel(realizer, 'NodeLabel') : '';
      const colour = read.colour ?? (fill && textOf(fill['transparent']) !== 'true' ? toHexColour(textOf(fill['color'])) : null);
      const nested = list(n['graph'])[0];
      if (nested) {
        // A yEd group (or any node holding a graph): its members get it as their theme.
        groups++;
        const name = read.label ?? (yLabel || id);
        stack.push({ graph: nested, group: { name, colour } });
        continue;
      }
      if (!id) continue;
      skippedNodeAttrs.add(read.unused);
      const x = read.x ?? numberOf(geometry?.['x']) ?? undefined;
      const y = read.y ?? numberOf(geometry?.['y']) ?? undefined;
      found.push({
        node: { key: id, label: read.label ?? (yLabel || id), description: read.description, notes: read.notes ? [read.notes] : [], kind: read.kind, tags: read.tags, x, y },
        hint: { themeName: read.theme ?? group?.name ?? null, colour: read.theme ? colour : (group?.colour ?? colour) },
      });
    }
  }
  for (const g of edgeSources) {
    for (const e of list(g['edge'])) {
      const attrs: Attrs = new Map(edgeDefaults);
      let yLabel = '';
      for (const d of list(e['data'])) {
        const key = keys.get(textOf(d['key']));
        if (key?.yfiles === 'edgegraphics') {
          for (const name of YED_EDGES) {
            const r = child(d, name);
            if (r) yLabel = yedLabel(r, 'EdgeLabel');
          }
        } else if (key && !key.yfiles) attrs.set(key.name, textContent(d));
      }
      if (yLabel && !attrs.has('label')) attrs.set('label', yLabel);
      const read = readLinkAttrs(attrs);
      skippedEdgeAttrs.add(read.unused);
      links.push({ key: textOf(e['id']) || null, source: textOf(e['source']), target: textOf(e['target']), ...read });
    }
  }

  const { themes, keys: themeKeys } = themesFromHints(found.map((f) => f.hint));
  const report: ReportLine[] = [];
  const nodeLine = skippedNodeAttrs.line('node attributes');
  const edgeLine = skippedEdgeAttrs.line('edge attributes');
  if (nodeLine) report.push(nodeLine);
  if (edgeLine) report.push(edgeLine);
  if (hyperedges) report.push({ what: 'hyperedges', count: hyperedges, status: 'skipped', detail: 'links joining more than two nodes' });
  if (groups) report.push({ what: 'yEd groups read as themes', count: groups, status: 'read' });
  if (textOf(graph['edgedefault']) === 'undirected') report.push({ what: 'undirected graph', count: 1, status: 'guessed', detail: 'each edge is read as pointing from its source to its target' });

  let title = '';
  for (const d of list(graph['data'])) {
    const key = keys.get(textOf(d['key']));
    if (key && ['title', 'name', 'label'].includes(key.name)) title = textContent(d);
  }
  return buildImport(
    {
      title: title || baseName(file.name),
      nodes: found.map((f, i) => ({ ...f.node, theme: themeKeys[i] })),
      links,
      themes,
      report,
    },
    { format: 'graphml', tool: TOOL, fileName: baseName(file.name) },
  );
}
