/**
 * GEXF as Gephi and PRSM write it (versions 1.1 to 1.3): declared attributes
 * with <attvalue for=...>, viz:color / viz:position / viz:size, edge weights
 * and labels. Gephi's y axis points up, ours down, so y is flipped.
 */
import { readLinkAttrs, readNodeAttrs, normaliseName, unusedTally, type Attrs } from '../shared/attributes.ts';
import { buildImport, type DraftLink, type DraftNode } from '../shared/build.ts';
import { rgbToHex, toHexColour } from '../shared/colour.ts';
import { baseName, failure, fileText, numberOf, textOf } from '../shared/text.ts';
import { themesFromHints, type ThemeHint } from '../shared/themes.ts';
import { child, list, parseXml, textContent, type XmlObject } from '../shared/xml.ts';
import type { ImportOutcome, InputFile, ReportLine } from '../types.ts';

const TOOL = 'GEXF';
const ARRAYS = new Set(['attributes', 'attribute', 'node', 'edge', 'attvalue', 'spell', 'parent']);

function vizColour(el: XmlObject): string | null {
  const c = child(el, 'color');
  if (!c) return null;
  const hex = toHexColour(textOf(c['hex']));
  if (hex) return hex;
  const [r, g, b] = ['r', 'g', 'b'].map((k) => numberOf(c[k]));
  return r !== null && g !== null && b !== null ? rgbToHex(r!, g!, b!) : null;
}

export async function readGEXF(file: InputFile): Promise<ImportOutcome> {
  const text = fileText(file, TOOL);
  if (!text.ok) return { ok: false, format: 'gexf', problems: [text.problem] };
  const parsed = await parseXml(text.text, ARRAYS);
  if (!parsed.ok) return failure('gexf', TOOL, parsed.where || file.name, parsed.message);
  const root = child(parsed.root, 'gexf');
  if (!root) return failure('gexf', TOOL, file.name, 'it has no <gexf> element at the top.');
  const graph = child(root, 'graph');
  if (!graph) return failure('gexf', TOOL, '<gexf>', 'it has no <graph> inside <gexf>.');

  // Attribute declarations: id -> name, per class, with defaults.
  const names = { node: new Map<string, string>(), edge: new Map<string, string>() };
  const defaults = { node: new Map<string, string>() as Attrs, edge: new Map<string, string>() as Attrs };
  for (const block of list(graph['attributes'])) {
    const cls = textOf(block['class']) === 'edge' ? 'edge' : 'node';
    for (const a of list(block['attribute'])) {
      const id = textOf(a['id']);
      const name = normaliseName(textOf(a['title']) || id);
      names[cls].set(id, name);
      if (a['default'] !== undefined) defaults[cls].set(name, textContent(a['default']));
    }
  }
  const attrsOf = (el: XmlObject, cls: 'node' | 'edge'): Attrs => {
    const attrs: Attrs = new Map(defaults[cls]);
    for (const v of list(child(el, 'attvalues')?.['attvalue'])) {
      const id = textOf(v['for']) || textOf(v['id']);
      attrs.set(names[cls].get(id) ?? normaliseName(id), textOf(v['value']));
    }
    return attrs;
  };

  const found: { node: DraftNode; hint: ThemeHint }[] = [];
  const skippedNodeAttrs = unusedTally();
  const skippedEdgeAttrs = unusedTally();
  let parents = 0;
  // Hierarchical GEXF nests <nodes> in a node: the parent becomes its children's theme. No recursion.
  const stack: { nodes: XmlObject | null; group: { name: string; colour: string | null } | null }[] = [{ nodes: child(graph, 'nodes'), group: null }];
  while (stack.length) {
    const { nodes, group } = stack.pop()!;
    for (const n of list(nodes?.['node'])) {
      const id = textOf(n['id']);
      const attrs = attrsOf(n, 'node');
      if (n['label'] !== undefined) attrs.set('label', textOf(n['label']));
      const read = readNodeAttrs(attrs);
      const colour = vizColour(n) ?? read.colour ?? null;
      const inner = child(n, 'nodes');
      if (inner) {
        parents++;
        stack.push({ nodes: inner, group: { name: read.label ?? id, colour } });
        continue;
      }
      if (!id) continue;
      skippedNodeAttrs.add(read.unused);
      const pos = child(n, 'position');
      const px = numberOf(pos?.['x']);
      const py = numberOf(pos?.['y']);
      found.push({
        node: {
          key: id,
          label: read.label ?? id,
          description: read.description, notes: read.notes ? [read.notes] : [],
          kind: read.kind,
          tags: read.tags,
          x: px ?? read.x,
          y: py !== null ? -py : read.y,
        },
        hint: { themeName: read.theme ?? group?.name ?? null, colour: read.theme || !group ? colour : group.colour },
      });
    }
  }

  const links: DraftLink[] = [];
  let undirected = textOf(graph['defaultedgetype']) === 'undirected' ? 1 : 0;
  for (const e of list(child(graph, 'edges')?.['edge'])) {
    const attrs = attrsOf(e, 'edge');
    if (e['label'] !== undefined) attrs.set('label', textOf(e['label']));
    if (e['weight'] !== undefined && !attrs.has('weight')) attrs.set('weight', textOf(e['weight']));
    if (textOf(e['type']) === 'undirected') undirected++;
    const read = readLinkAttrs(attrs);
    skippedEdgeAttrs.add(read.unused);
    links.push({ key: textOf(e['id']) || null, source: textOf(e['source']), target: textOf(e['target']), ...read });
  }

  const { themes, keys } = themesFromHints(found.map((f) => f.hint));
  const report: ReportLine[] = [];
  for (const line of [skippedNodeAttrs.line('node attributes'), skippedEdgeAttrs.line('edge attributes')]) if (line) report.push(line);
  if (parents) report.push({ what: 'parent nodes read as themes', count: parents, status: 'read' });
  if (undirected) report.push({ what: 'undirected edges', count: undirected, status: 'guessed', detail: 'read as pointing from source to target' });
  if (textOf(graph['mode']) === 'dynamic') report.push({ what: 'time-varying (dynamic) data', count: 1, status: 'skipped', detail: 'only the nodes and edges are read, not when they exist' });

  const meta = child(root, 'meta');
  return buildImport(
    {
      title: textContent(meta?.['title']) || baseName(file.name),
      description: textContent(meta?.['description']),
      nodes: found.map((f, i) => ({ ...f.node, theme: keys[i] })),
      links,
      themes,
      report,
    },
    { format: 'gexf', tool: TOOL, fileName: baseName(file.name) },
  );
}
