/**
 * The map as rows, for the outline and table view: every node with its kind,
 * theme, tags, causes and effects, found by words and sorted by a column.
 * Pure, so the panel only draws what this returns.
 */
import { experimentsByNode } from '../model/experiments.ts';
import type { Experiment, MapDocument, MapNode, Theme } from '../model/types.ts';
import { neighbourIndex, type Neighbour } from './neighbours.ts';

export interface OutlineRow {
  node: MapNode;
  theme: Theme | null;
  focal: boolean;
  causes: Neighbour[];
  effects: Neighbour[];
  experiments: readonly Experiment[];
}

export const SORT_KEYS = ['name', 'kind', 'theme', 'tags', 'causes', 'effects'] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export interface Sort {
  key: SortKey;
  ascending: boolean;
}

export function outlineRows(doc: MapDocument): OutlineRow[] {
  const byNode = experimentsByNode(doc);
  const around = neighbourIndex(doc);
  return Object.values(doc.nodes).map((node) => ({
    node,
    theme: node.clusterId ? (doc.clusters[node.clusterId] ?? null) : null,
    focal: doc.meta.focalNodeId === node.id,
    ...around(node.id),
    experiments: byNode.get(node.id) ?? [],
  }));
}

/** Rows whose name, kind, theme, tags, description, notes or linked nodes contain every word of the query. */
export function searchRows(rows: OutlineRow[], query: string): OutlineRow[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (!words.length) return rows;
  return rows.filter((r) => {
    const text = [
      r.node.label,
      r.node.kind,
      r.node.actorType ?? '',
      r.node.factorType ?? '',
      r.theme?.name ?? '',
      r.node.tags.join(' '),
      r.node.description,
      r.node.notes.map((n) => n.text).join(' '),
      r.experiments.map((e) => e.title).join(' '),
    ]
      .join(' ')
      .toLowerCase();
    return words.every((w) => text.includes(w));
  });
}

const collator = new Intl.Collator('en-GB', { sensitivity: 'base', numeric: true });

function compare(a: OutlineRow, b: OutlineRow, key: SortKey): number {
  switch (key) {
    case 'name':
      return collator.compare(a.node.label, b.node.label);
    case 'kind':
      return collator.compare(a.node.kind, b.node.kind);
    case 'theme':
      // Nodes without a theme go last, whichever way the column is sorted.
      return collator.compare(a.theme?.name ?? '\uffff', b.theme?.name ?? '\uffff');
    case 'tags':
      return collator.compare(a.node.tags.join(', ') || '\uffff', b.node.tags.join(', ') || '\uffff');
    case 'causes':
      return a.causes.length - b.causes.length;
    case 'effects':
      return a.effects.length - b.effects.length;
  }
}

export function sortRows(rows: OutlineRow[], sort: Sort): OutlineRow[] {
  const sign = sort.ascending ? 1 : -1;
  return [...rows].sort((a, b) => sign * compare(a, b, sort.key) || collator.compare(a.node.label, b.node.label) || a.node.id.localeCompare(b.node.id));
}

/** Tags typed as "food, money ,  stress" → ["food", "money", "stress"]. */
export const parseTags = (text: string) => [...new Set(text.split(',').map((t) => t.trim()).filter(Boolean))];
