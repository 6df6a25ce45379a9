/**
 * The map as a tree a screen reader can walk: themes, then the nodes in each
 * theme, then each node's causes, effects, experiments and notes. Only what
 * is open is listed, in reading order, each item with its level and its place
 * among its siblings, so the panel draws a flat list and the keyboard moves
 * through it (WAI-ARIA tree pattern). Pure: no React.
 *
 * A cause or an effect names the node at its other end, so following one
 * goes to that node: the way to read a causal chain without the canvas.
 */
import { experimentsByNode } from '../model/experiments.ts';
import { count } from '../model/plural.ts';
import { KIND_LABELS, STATUS_LABELS, strengthLevel, type Experiment, type Id, type MapDocument, type MapNode, type Theme } from '../model/types.ts';
import { influenceWords } from './linkWords.ts';
import { neighbourIndex, type Neighbour, type NodeNeighbours } from './neighbours.ts';
import { searchRows, type OutlineRow } from './outline.ts';

export type TreeItemKind = 'theme' | 'node' | 'group' | 'influence' | 'experiment' | 'note' | 'more';

export interface TreeItem {
  /** Unique among the items, and stable while the map changes, so focus can stay on it. */
  key: string;
  kind: TreeItemKind;
  level: number;
  posInSet: number;
  setSize: number;
  parentKey: string | null;
  /** What the item says first: a theme's or node's name, a group's title, a link in words. */
  label: string;
  /** What it says after, quieter: kind, counts, strength. */
  detail: string;
  /** Whether it has children; `expanded` says whether they are listed. */
  expandable: boolean;
  expanded: boolean;
  /** The node the item is, or is about. */
  nodeId?: Id;
  /** For a cause or effect: the node at its other end, where following it goes. */
  goesTo?: Id;
  /** For a node: the focal outcome. */
  focal?: boolean;
}

/** A theme lists this many nodes at first, then a "show more" item, so opening a theme of thousands stays quick. */
export const FIRST_SHOWN = 200;

const NO_THEME = '(none)';
export const themeKey = (themeId: Id | null) => `t:${themeId ?? NO_THEME}`;
export const nodeKey = (nodeId: Id) => `n:${nodeId}`;
const groupKey = (nodeId: Id, group: string) => `g:${nodeId}:${group}`;
const moreKey = (themeId: Id | null) => `m:${themeId ?? NO_THEME}`;

export interface TreeState {
  /** Keys of open items. */
  expanded: ReadonlySet<string>;
  /** Per theme key, how many nodes are listed beyond the first FIRST_SHOWN. */
  shownMore?: ReadonlyMap<string, number>;
  /** Words to find: only matching nodes are listed, under themes opened for them. */
  query?: string;
}

interface Branch {
  theme: Theme | null;
  nodes: MapNode[];
}

const collator = new Intl.Collator('en-GB', { sensitivity: 'base', numeric: true });
const byLabel = (a: MapNode, b: MapNode) => collator.compare(a.label, b.label) || a.id.localeCompare(b.id);
const named = (label: string) => label || '(no label)';

/** Themes in the map's order, each with its nodes by name; nodes without a theme last. Search narrows both. */
function branches(doc: MapDocument, around: (id: Id) => NodeNeighbours, byNode: Map<Id, Experiment[]>, query: string): Branch[] {
  let nodes = Object.values(doc.nodes);
  if (query.trim()) {
    const rows: OutlineRow[] = nodes.map((node) => ({
      node,
      theme: node.clusterId ? (doc.clusters[node.clusterId] ?? null) : null,
      focal: doc.meta.focalNodeId === node.id,
      ...around(node.id),
      experiments: byNode.get(node.id) ?? [],
    }));
    nodes = searchRows(rows, query).map((r) => r.node);
  }
  const byTheme = new Map<Id | null, MapNode[]>();
  for (const node of nodes) {
    const themeId = node.clusterId && doc.clusters[node.clusterId] ? node.clusterId : null;
    const list = byTheme.get(themeId);
    if (list) list.push(node);
    else byTheme.set(themeId, [node]);
  }
  const out: Branch[] = Object.values(doc.clusters)
    .filter((t) => !query.trim() || byTheme.has(t.id))
    .map((theme) => ({ theme, nodes: (byTheme.get(theme.id) ?? []).sort(byLabel) }));
  const loose = byTheme.get(null);
  if (loose) out.push({ theme: null, nodes: loose.sort(byLabel) });
  return out;
}

function nodeDetail(node: MapNode, around: NodeNeighbours, experiments: number, focal: boolean): string {
  const parts = [KIND_LABELS[node.kind]];
  if (focal) parts.push('focal outcome');
  parts.push(count(around.causes.length, 'cause'), count(around.effects.length, 'effect'));
  if (experiments) parts.push(count(experiments, 'experiment'));
  if (node.notes.length) parts.push(count(node.notes.length, 'note'));
  return parts.join(', ');
}

function influence(n: Neighbour, from: string, to: string): Pick<TreeItem, 'label' | 'detail'> {
  return { label: influenceWords(from, to, n.link.polarity), detail: `${strengthLevel(n.link.strength)}${n.link.delay ? ', with a delay' : ''}` };
}

/** What the tree looks up per node: built once per version of the map, not on every key that opens or closes an item. */
export interface TreeIndex {
  around: (id: Id) => NodeNeighbours;
  byNode: Map<Id, Experiment[]>;
}

export const treeIndex = (doc: MapDocument): TreeIndex => ({ around: neighbourIndex(doc), byNode: experimentsByNode(doc) });

/** The items to show, in order, given what is open. */
export function visibleTreeItems(doc: MapDocument, state: TreeState, index: TreeIndex = treeIndex(doc)): TreeItem[] {
  const { around, byNode } = index;
  const query = state.query ?? '';
  const searching = query.trim() !== '';
  const open = (key: string) => state.expanded.has(key);
  const items: TreeItem[] = [];
  const list = branches(doc, around, byNode, query);

  list.forEach((branch, b) => {
    const tKey = themeKey(branch.theme?.id ?? null);
    // While searching, every theme with a match is open, so the matches show.
    const themeOpen = searching || open(tKey);
    items.push({
      key: tKey,
      kind: 'theme',
      level: 1,
      posInSet: b + 1,
      setSize: list.length,
      parentKey: null,
      label: branch.theme ? named(branch.theme.name) : 'No theme',
      detail: searching ? `${count(branch.nodes.length, 'match', 'matches')}` : count(branch.nodes.length, 'node'),
      expandable: branch.nodes.length > 0,
      expanded: themeOpen && branch.nodes.length > 0,
    });
    if (!themeOpen) return;
    const limit = FIRST_SHOWN + (state.shownMore?.get(tKey) ?? 0);
    const shown = branch.nodes.slice(0, limit);
    const hidden = branch.nodes.length - shown.length;
    const siblings = shown.length + (hidden > 0 ? 1 : 0);
    shown.forEach((node, i) => {
      const near = around(node.id);
      const experiments = byNode.get(node.id) ?? [];
      const focal = doc.meta.focalNodeId === node.id;
      const groups = [
        { name: 'causes', title: 'Causes', size: near.causes.length },
        { name: 'effects', title: 'Effects', size: near.effects.length },
        { name: 'experiments', title: 'Experiments', size: experiments.length },
        { name: 'notes', title: 'Notes', size: node.notes.length },
      ].filter((g) => g.size > 0);
      const nKey = nodeKey(node.id);
      const nodeOpen = open(nKey) && groups.length > 0;
      items.push({
        key: nKey,
        kind: 'node',
        level: 2,
        posInSet: i + 1,
        setSize: siblings,
        parentKey: tKey,
        label: named(node.label),
        detail: nodeDetail(node, near, experiments.length, focal),
        expandable: groups.length > 0,
        expanded: nodeOpen,
        nodeId: node.id,
        focal,
      });
      if (!nodeOpen) return;
      groups.forEach((g, gi) => {
        const gKey = groupKey(node.id, g.name);
        const groupOpen = open(gKey);
        items.push({ key: gKey, kind: 'group', level: 3, posInSet: gi + 1, setSize: groups.length, parentKey: nKey, label: g.title, detail: String(g.size), expandable: true, expanded: groupOpen, nodeId: node.id });
        if (!groupOpen) return;
        const leaf = (key: string, kind: TreeItemKind, pi: number, words: Pick<TreeItem, 'label' | 'detail'>, goesTo?: Id): TreeItem => ({
          key,
          kind,
          level: 4,
          posInSet: pi + 1,
          setSize: g.size,
          parentKey: gKey,
          expandable: false,
          expanded: false,
          nodeId: node.id,
          goesTo,
          ...words,
        });
        const self = named(node.label);
        if (g.name === 'causes') near.causes.forEach((n, pi) => items.push(leaf(`${gKey}:${n.link.id}`, 'influence', pi, influence(n, named(n.node.label), self), n.node.id)));
        if (g.name === 'effects') near.effects.forEach((n, pi) => items.push(leaf(`${gKey}:${n.link.id}`, 'influence', pi, influence(n, self, named(n.node.label)), n.node.id)));
        if (g.name === 'experiments')
          experiments.forEach((e, pi) => items.push(leaf(`${gKey}:${e.id}`, 'experiment', pi, { label: named(e.title), detail: STATUS_LABELS[e.status].toLowerCase() })));
        if (g.name === 'notes') node.notes.forEach((note, pi) => items.push(leaf(`${gKey}:${note.id}`, 'note', pi, { label: note.text, detail: note.private ? 'private' : '' })));
      });
    });
    if (hidden > 0) {
      items.push({
        key: moreKey(branch.theme?.id ?? null),
        kind: 'more',
        level: 2,
        posInSet: siblings,
        setSize: siblings,
        parentKey: tKey,
        label: `Show ${Math.min(hidden, FIRST_SHOWN)} more`,
        detail: `of ${count(hidden, 'node')} not listed yet`,
        expandable: false,
        expanded: false,
      });
    }
  });
  return items;
}

/** The keys to open so that a node's item is listed: its theme. */
export function keysToReveal(doc: MapDocument, nodeId: Id): string[] {
  const node = doc.nodes[nodeId];
  if (!node) return [];
  const themeId = node.clusterId && doc.clusters[node.clusterId] ? node.clusterId : null;
  return [themeKey(themeId)];
}

/** The index in its theme's list (by name) of a node, so "show more" can be widened to reach it. */
export function placeInTheme(doc: MapDocument, nodeId: Id): number {
  const node = doc.nodes[nodeId];
  if (!node) return -1;
  const themeId = node.clusterId && doc.clusters[node.clusterId] ? node.clusterId : null;
  const mates = Object.values(doc.nodes)
    .filter((n) => (n.clusterId && doc.clusters[n.clusterId] ? n.clusterId : null) === themeId)
    .sort(byLabel);
  return mates.findIndex((n) => n.id === nodeId);
}

/** Where a key press moves focus among the listed items (WAI-ARIA tree): the key of the item to focus, or an expand/collapse to do. */
export type TreeMove = { focus: string } | { toggle: string } | null;

export function treeKeyMove(items: readonly TreeItem[], activeKey: string, key: string): TreeMove {
  const i = items.findIndex((it) => it.key === activeKey);
  if (i < 0) return items[0] ? { focus: items[0].key } : null;
  const item = items[i]!;
  switch (key) {
    case 'ArrowDown':
      return items[i + 1] ? { focus: items[i + 1]!.key } : null;
    case 'ArrowUp':
      return i > 0 ? { focus: items[i - 1]!.key } : null;
    case 'Home':
      return { focus: items[0]!.key };
    case 'End':
      return { focus: items[items.length - 1]!.key };
    case 'ArrowRight':
      if (item.expandable && !item.expanded) return { toggle: item.key };
      if (item.expanded && items[i + 1]?.parentKey === item.key) return { focus: items[i + 1]!.key };
      return null;
    case 'ArrowLeft':
      if (item.expanded) return { toggle: item.key };
      return item.parentKey ? { focus: item.parentKey } : null;
    default:
      return null;
  }
}

/** Type-ahead: the next item after the active one whose label starts with the typed letters. */
export function findByTyping(items: readonly TreeItem[], activeKey: string, typed: string): string | null {
  const start = items.findIndex((it) => it.key === activeKey);
  const want = typed.toLowerCase();
  for (let step = 1; step <= items.length; step++) {
    const it = items[(start + step) % items.length]!;
    if (it.label.replace(/^[“"]/, '').toLowerCase().startsWith(want) || it.label.toLowerCase().startsWith(`more “${want}`)) return it.key;
  }
  return null;
}
