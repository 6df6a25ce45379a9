/**
 * Graphviz DOT, parsed by @ts-graphviz/ast (a maintained, typed DOT parser
 * with limits on input size, node count and nesting built in). Nodes and
 * edges with label, color/fillcolor, pos (points, y up: flipped), weight or
 * strength, and a polarity or sign attribute; "cluster" subgraphs with a label
 * become themes. Default attributes (node [...], edge [...]) apply in scope.
 */
import type { ClusterStatementASTNode, EdgeTargetASTNode, GraphASTNode, StatementASTNode } from '@ts-graphviz/ast';
import { MAX_FILE_BYTES } from '../../model/load.ts';
import { readLinkAttrs, readNodeAttrs, normaliseName, unusedTally, type Attrs } from '../shared/attributes.ts';
import { buildImport, type DraftLink } from '../shared/build.ts';
import { polarityFromText } from '../shared/polarity.ts';
import { baseName, failure, fileText, numberOf } from '../shared/text.ts';
import { themesFromHints } from '../shared/themes.ts';
import type { ImportOutcome, InputFile, ReportLine } from '../types.ts';

const TOOL = 'Graphviz DOT';
const MAX_DEPTH = 100;

interface Scope {
  node: Attrs;
  edge: Attrs;
  cluster: { name: string; colour: string | null } | null;
}

interface FoundNode {
  attrs: Attrs;
  cluster: Scope['cluster'];
}

type Statement = StatementASTNode | ClusterStatementASTNode;

function attrsOf(children: readonly { type: string }[]): Attrs {
  const attrs: Attrs = new Map();
  for (const c of children) {
    if (c.type !== 'Attribute') continue;
    const a = c as unknown as { key: { value: string }; value: { value: string } };
    attrs.set(normaliseName(a.key.value), a.value.value);
  }
  return attrs;
}

function merged(base: Attrs, over: Attrs): Attrs {
  const out = new Map(base);
  for (const [k, v] of over) out.set(k, v);
  return out;
}

/** Graphviz label text: \N is the node's name, \n \l \r are line breaks, HTML labels lose their tags. */
function labelText(label: string | undefined, id: string): string | undefined {
  if (label === undefined) return undefined;
  return label
    .replace(/\\N/g, id)
    .replace(/\\[nlr]/g, ' ')
    .replace(/<[^>]*>/g, ' ')
    .trim();
}

class TooDeep extends Error {}

export async function readDOT(file: InputFile): Promise<ImportOutcome> {
  const text = fileText(file, TOOL);
  if (!text.ok) return { ok: false, format: 'dot', problems: [text.problem] };
  const { parse } = await import('@ts-graphviz/ast');
  let graph: GraphASTNode | undefined;
  try {
    const dot = parse(text.text, { maxInputSize: MAX_FILE_BYTES, maxASTNodes: 2_000_000, maxEdgeChainDepth: 1000 });
    graph = dot.children.find((c): c is GraphASTNode => c.type === 'Graph');
  } catch (err) {
    const e = err as Error & { cause?: { location?: { start?: { line: number; column: number } } } };
    const start = e.cause?.location?.start;
    const where = start ? `line ${start.line}, column ${start.column}` : file.name;
    const detail = e.message.length > 200 ? `${e.message.slice(0, 200)}...` : e.message;
    return failure('dot', TOOL, where, `it could not be read as DOT (${detail}).`);
  }
  if (!graph) return failure('dot', TOOL, file.name, 'it has no graph or digraph in it.');

  const nodes = new Map<string, FoundNode>();
  const links: (DraftLink & { attrs: Attrs })[] = [];
  const graphAttrs: Attrs = new Map();

  const touch = (id: string, scope: Scope, own?: Attrs) => {
    let n = nodes.get(id);
    if (!n) {
      n = { attrs: new Map(scope.node), cluster: scope.cluster };
      nodes.set(id, n);
    } else if (!n.cluster && scope.cluster) n.cluster = scope.cluster;
    if (own) n.attrs = merged(n.attrs, own);
  };
  const endpoints = (t: EdgeTargetASTNode): string[] => (t.type === 'NodeRef' ? [t.id.value] : t.children.map((r) => r.id.value));

  const walk = (statements: readonly Statement[], scope: Scope, depth: number): void => {
    if (depth > MAX_DEPTH) throw new TooDeep();
    for (const s of statements) {
      switch (s.type) {
        case 'AttributeList': {
          const attrs = attrsOf(s.children);
          if (s.kind === 'Node') scope.node = merged(scope.node, attrs);
          else if (s.kind === 'Edge') scope.edge = merged(scope.edge, attrs);
          else if (depth === 0) for (const [k, v] of attrs) graphAttrs.set(k, v);
          break;
        }
        case 'Attribute':
          if (depth === 0) for (const [k, v] of attrsOf([s])) graphAttrs.set(k, v);
          break;
        case 'Node':
          touch(s.id.value, scope, attrsOf(s.children));
          break;
        case 'Edge': {
          const own = merged(scope.edge, attrsOf(s.children));
          const ends = s.targets.map(endpoints);
          for (const group of ends) for (const id of group) touch(id, scope);
          for (let i = 0; i + 1 < ends.length; i++) {
            for (const from of ends[i]!) for (const to of ends[i + 1]!) links.push({ source: from, target: to, attrs: own });
          }
          break;
        }
        case 'Subgraph': {
          const name = s.id?.value ?? '';
          const inner = attrsOf(s.children.filter((c) => c.type === 'Attribute'));
          for (const c of s.children) if (c.type === 'AttributeList' && c.kind === 'Graph') for (const [k, v] of attrsOf(c.children)) inner.set(k, v);
          const isCluster = name.startsWith('cluster');
          const cluster = isCluster
            ? { name: labelText(inner.get('label'), name) || name.replace(/^cluster_?/, '') || name, colour: readNodeAttrs(new Map([['color', inner.get('color') ?? inner.get('fillcolor') ?? '']])).colour ?? null }
            : scope.cluster;
          walk(s.children, { node: new Map(scope.node), edge: new Map(scope.edge), cluster }, depth + 1);
          break;
        }
        default:
          break;
      }
    }
  };
  try {
    walk(graph.children, { node: new Map(), edge: new Map(), cluster: null }, 0);
  } catch (err) {
    if (err instanceof TooDeep) return failure('dot', TOOL, file.name, `its subgraphs are nested more than ${MAX_DEPTH} deep.`);
    throw err;
  }

  const skippedNodeAttrs = unusedTally();
  const skippedEdgeAttrs = unusedTally();
  const ids = [...nodes.keys()];
  const read = ids.map((id) => {
    const attrs = nodes.get(id)!.attrs;
    const pos = attrs.get('pos');
    attrs.delete('pos');
    attrs.delete('x');
    attrs.delete('y');
    const r = readNodeAttrs(attrs);
    skippedNodeAttrs.add(r.unused.filter((k) => !['shape', 'style', 'fontname', 'fontsize', 'fontcolor', 'penwidth', 'width', 'height', 'tooltip', 'fillcolor'].includes(k)));
    const m = pos ? /^\s*(-?[\d.e+-]+)\s*,\s*(-?[\d.e+-]+)/i.exec(pos) : null;
    return { r, x: m ? numberOf(m[1]) : null, y: m ? numberOf(m[2]) : null };
  });
  const { themes, keys } = themesFromHints(
    ids.map((id, i) => {
      const cluster = nodes.get(id)!.cluster;
      const r = read[i]!.r;
      return { themeName: r.theme ?? cluster?.name ?? null, colour: r.theme || !cluster ? (r.colour ?? null) : (cluster.colour ?? r.colour ?? null) };
    }),
  );
  const drafts = ids.map((id, i) => {
    const { r, x, y } = read[i]!;
    return { key: id, label: labelText(r.label, id) ?? id, description: r.description, notes: r.notes ? [r.notes] : [], kind: r.kind, tags: r.tags, theme: keys[i], x, y: y === null ? null : -y };
  });
  const draftLinks: DraftLink[] = links.map(({ source, target, attrs }) => {
    const headSign = polarityFromText(attrs.get('headlabel') ?? attrs.get('taillabel'));
    attrs.delete('headlabel');
    attrs.delete('taillabel');
    const r = readLinkAttrs(attrs);
    skippedEdgeAttrs.add(r.unused.filter((k) => !['color', 'style', 'penwidth', 'arrowhead', 'arrowsize', 'fontname', 'fontsize', 'fontcolor', 'dir', 'constraint'].includes(k)));
    return { source, target, ...r, label: r.label === undefined ? undefined : labelText(r.label, ''), polarity: r.polarity ?? (headSign === '?' ? null : headSign) };
  });

  const report: ReportLine[] = [];
  for (const line of [skippedNodeAttrs.line('node attributes'), skippedEdgeAttrs.line('edge attributes')]) if (line) report.push(line);
  if (!graph.directed) report.push({ what: 'undirected graph', count: 1, status: 'guessed', detail: 'each edge is read as pointing from its first node to its second' });
  return buildImport(
    { title: labelText(graphAttrs.get('label'), '') || graph.id?.value || baseName(file.name), description: graphAttrs.get('comment'), nodes: drafts, links: draftLinks, themes, report },
    { format: 'dot', tool: TOOL, fileName: baseName(file.name) },
  );
}
