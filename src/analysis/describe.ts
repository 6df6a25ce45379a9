/**
 * Analysis results in plain words, for the CLI, panels and exports: labels
 * instead of ids, "more A → less B" instead of signs.
 */
import type { Id, MapDocument, Polarity } from '../model/types.ts';

/** A node's label on one line; its id when it has no label or is not in the map. */
export function nodeLabel(doc: MapDocument, id: Id): string {
  const node = Object.hasOwn(doc.nodes, id) ? doc.nodes[id] : undefined;
  const label = node?.label.replace(/\s+/g, ' ').trim();
  return label ? label : id;
}

/** "A → B → C → A": a loop read round once, back to where it started. */
export function loopChain(doc: MapDocument, loop: { nodeIds: readonly Id[] }): string {
  const labels = loop.nodeIds.map((id) => nodeLabel(doc, id));
  if (labels.length) labels.push(labels[0]!);
  return labels.join(' → ');
}

/**
 * What the start of a path does to its end, in words: "more A → less B".
 * The start is always pushed up ("more"); reading it the other way round
 * ("less A → more B") says the same thing.
 */
export function effectSentence(doc: MapDocument, fromId: Id, toId: Id, sign: Polarity): string {
  const from = `more ${nodeLabel(doc, fromId)}`;
  const to = nodeLabel(doc, toId);
  if (sign === '?') return `${from} → ${to}, in a direction nobody can say`;
  return `${from} → ${sign === '+' ? 'more' : 'less'} ${to}`;
}

/**
 * The same, step by step: "more A → more X → less B". After a link whose
 * direction is unknown, the nodes are named without more or less.
 */
export function chainSentence(doc: MapDocument, nodeIds: readonly Id[], polarities: readonly Polarity[]): string {
  const parts: string[] = [];
  let sign: Polarity = '+';
  nodeIds.forEach((id, i) => {
    if (i > 0) {
      const p = polarities[i - 1] ?? '?';
      sign = sign === '?' || p === '?' ? '?' : sign === p ? '+' : '-';
    }
    const label = nodeLabel(doc, id);
    parts.push(sign === '?' ? `${label} (direction unknown)` : `${sign === '+' ? 'more' : 'less'} ${label}`);
  });
  return parts.join(' → ');
}
