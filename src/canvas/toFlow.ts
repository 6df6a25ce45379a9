/**
 * The canvas is derived from the map document, never the other way round.
 * Derivation reuses the previous React Flow object for anything that did not
 * change, so memoised node and link components skip re-rendering: dragging
 * one node in a 100-node map re-renders that node and its links only.
 */
import { Position, type Edge, type Node, type NodeHandle } from '@xyflow/react';
import { experimentsByNode } from '../model/experiments.ts';
import type { Theme, Experiment, Id, Link, MapDocument, MapNode } from '../model/types.ts';
import type { Selection } from '../store/mapStore.ts';
import type { LensResult, NodeLook } from '../views/lens.ts';
import type { VoiceMark } from '../views/voices.ts';
import { NODE_SIZE, scaledNodeSize } from '../draw/nodeSize.ts';
import { linkSentence } from '../views/linkWords.ts';
import { linkAgreements, verdictWords, type AgreementVerdict } from '../analysis/linkViews.ts';

export interface MapNodeData extends Record<string, unknown> {
  node: MapNode;
  theme: Theme | null;
  focal: boolean;
  /** The experiments touching this node, for its badge. */
  experiments: readonly Experiment[];
  look: NodeLook;
  /** Touch mode is on and this node is touched by the experiment being edited. */
  touching: boolean | null;
  /** How much larger than the one node size it is drawn ("Size nodes by"); 1 normally. */
  scale: number;
}

const NORMAL_LOOK: NodeLook = { dimmed: false, touches: null, coverage: null };
const NONE: readonly Experiment[] = [];
const NO_LENS: LensResult = { nodes: new Map(), dimmedLinks: new Set() };

export interface CanvasContext {
  selection: Selection;
  lens?: LensResult;
  /** The experiment in touch mode, if any. */
  touchMode?: Experiment | null;
  /** The whole map is drawn as an overview (OverviewCanvas): React Flow renders no node. */
  overview?: boolean;
  /**
   * A big map: React Flow renders only the nodes in view, so most nodes are
   * never measured. It draws a link only between nodes it knows the size and
   * handles of, so each node declares them up front.
   */
  declareSizes?: boolean;
  /** "Size nodes by": each node's scale (nodeSize.ts); missing nodes are drawn at 1×. */
  scales?: ReadonlyMap<Id, number> | null;
}


/** Where a node's two handles are (left: links in, right: links out), for React Flow to draw links to nodes it has not rendered. */
function declaredHandles(size: { width?: number; height?: number } | undefined, scale: number): NodeHandle[] {
  const width = size?.width ?? NODE_SIZE.width * scale;
  const height = size?.height ?? NODE_SIZE.height * scale;
  return [
    { type: 'target', position: Position.Left, x: -5, y: height / 2 - 5, width: 10, height: 10 },
    { type: 'source', position: Position.Right, x: width - 5, y: height / 2 - 5, width: 10, height: 10 },
  ];
}

const sameList = <T,>(a: readonly T[], b: readonly T[]) => a.length === b.length && a.every((x, i) => x === b[i]);
const sameLook = (a: NodeLook, b: NodeLook) =>
  a === b ||
  (a.dimmed === b.dimmed &&
    a.coverage === b.coverage &&
    a.emphasis === b.emphasis &&
    JSON.stringify(a.touches) === JSON.stringify(b.touches) &&
    JSON.stringify(a.prediction) === JSON.stringify(b.prediction) &&
    JSON.stringify(a.evidence) === JSON.stringify(b.evidence) &&
    a.voice === b.voice);
export type FlowNode = Node<MapNodeData, 'map'>;

/** The previous list itself when every item was kept: React Flow then has nothing to take in (and no selectors to re-run). */
const keepUnchanged = <T,>(next: T[], previous: readonly T[]): T[] =>
  next.length === previous.length && next.every((x, i) => x === previous[i]) ? (previous as T[]) : next;

/** Where several people gave a view of a link: agreed or contested, and how many (null: fewer than two views). */
export interface LinkAgreementMark {
  verdict: Extract<AgreementVerdict, 'agreed' | 'contested'>;
  count: number;
}

export interface LinkData extends Record<string, unknown> {
  link: Link;
  dimmed: boolean;
  /** Under the voices lens: the perspective the link came from. */
  voice?: VoiceMark | null;
  agreement: LinkAgreementMark | null;
}

/** Marks for links with two views or more; nothing at all is computed on a map nobody gave a view on. */
export function agreementMarks(doc: MapDocument): Map<Id, LinkAgreementMark> {
  const out = new Map<Id, LinkAgreementMark>();
  if (Object.keys(doc.linkViews).length === 0) return out;
  for (const [id, a] of linkAgreements(doc)) if (a.verdict === 'agreed' || a.verdict === 'contested') out.set(id, { verdict: a.verdict, count: a.count });
  return out;
}
export type FlowEdge = Edge<LinkData, 'link'>;

export function toFlowNodes(doc: MapDocument, context: CanvasContext, previous: readonly FlowNode[]): FlowNode[] {
  const { selection, lens = NO_LENS, touchMode = null, overview = false, declareSizes = false, scales = null } = context;
  const prevById = new Map(previous.map((n) => [n.id, n]));
  const selected = new Set(selection.nodeIds);
  const byNode = experimentsByNode(doc);
  const nodes = Object.values(doc.nodes).map((node): FlowNode => {
    const theme = node.clusterId ? (doc.clusters[node.clusterId] ?? null) : null;
    const focal = doc.meta.focalNodeId === node.id;
    const isSelected = selected.has(node.id);
    const experiments = byNode.get(node.id) ?? NONE;
    const look = lens.nodes.get(node.id) ?? NORMAL_LOOK;
    const touching = touchMode ? !!touchMode.touches[node.id] : null;
    const scale = scales?.get(node.id) ?? 1;
    const size = scaledNodeSize(scale);
    const prev = prevById.get(node.id);
    if (
      prev &&
      prev.data.node === node &&
      prev.data.theme === theme &&
      prev.data.focal === focal &&
      prev.data.touching === touching &&
      prev.data.scale === scale &&
      !!prev.selected === isSelected &&
      sameList(prev.data.experiments, experiments) &&
      sameLook(prev.data.look, look) &&
      !!prev.hidden === overview &&
      !!prev.handles === declareSizes
    ) {
      return prev;
    }
    return {
      id: node.id,
      type: 'map',
      position: node.position,
      ariaLabel: `${node.kind} ${node.label}`,
      data: { node, theme, focal, experiments, look, touching, scale },
      selected: isSelected,
      // Keep React Flow's measurement so it need not measure the node again (a change of size is seen by its resize observer).
      ...(prev?.measured ? { measured: prev.measured } : {}),
      ...(overview ? { hidden: true } : {}),
      // A node with no size is hidden until React Flow has measured it, a frame or more later, and a hidden
      // label editor cannot take focus: keys typed straight after adding a node would be lost.
      initialWidth: size.width,
      initialHeight: size.height,
      // A larger box may reach over a neighbour: the larger is drawn on top, so its label (the one the size points at) stays whole.
      ...(scale !== 1 ? { zIndex: Math.round((scale - 1) * 100) } : {}),
      ...(declareSizes ? { handles: declaredHandles(prev?.data.scale === scale ? prev?.measured : undefined, scale) } : {}),
    };
  });
  return keepUnchanged(nodes, previous);
}

export function toFlowEdges(doc: MapDocument, context: CanvasContext, previous: readonly FlowEdge[]): FlowEdge[] {
  const { selection, lens = NO_LENS } = context;
  const prevById = new Map(previous.map((e) => [e.id, e]));
  const selected = new Set(selection.linkIds);
  const marks = agreementMarks(doc);
  const edges = Object.values(doc.links).map((link): FlowEdge => {
    const isSelected = selected.has(link.id);
    const dimmed = lens.dimmedLinks.has(link.id);
    const voice = lens.linkVoices?.get(link.id) ?? null;
    const prev = prevById.get(link.id);
    const agreement = marks.get(link.id) ?? null;
    // Read out when the link has keyboard focus; it names both ends, so a rename re-derives it; and whether people agree on it.
    const ariaLabel = agreement ? `${linkSentence(doc, link)}; ${verdictWords(agreement)}` : linkSentence(doc, link);
    if (
      prev &&
      prev.data?.link === link &&
      prev.data.dimmed === dimmed &&
      (prev.data.voice ?? null) === voice &&
      !!prev.selected === isSelected &&
      prev.ariaLabel === ariaLabel &&
      prev.data.agreement?.verdict === agreement?.verdict &&
      prev.data.agreement?.count === agreement?.count
    )
      return prev;
    return {
      id: link.id,
      type: 'link',
      ariaLabel,
      // Its ends by id, for tools and tests that follow links in the page (the label is in words).
      domAttributes: { 'data-source': link.source, 'data-target': link.target } as FlowEdge['domAttributes'],
      source: link.source,
      target: link.target,
      zIndex: dimmed ? 0 : 1,
      data: { link, dimmed, voice, agreement },
      selected: isSelected,
    };
  });
  return keepUnchanged(edges, previous);
}
