/**
 * Moving along the map's links from the keyboard: ] goes to an effect of the
 * selected node, [ to a cause; Shift (} and {) steps to the next effect or
 * cause of the node you came from. Where you land is selected, focused and
 * said out loud. A node the filter hides is not on the canvas, so it is
 * never landed on.
 */
import { useCallback, useRef } from 'react';
import { KIND_LABELS } from '../../model/types.ts';
import { count } from '../../model/plural.ts';
import { linkSentence } from '../../views/linkWords.ts';
import { neighbours, type Direction } from '../../views/neighbours.ts';
import { announce } from '../../ui/announce.ts';
import { useMapStore, useViewStore } from '../../ui/appSession.ts';
import { filterOut, isFilterOn } from '../../views/filter.ts';
import { focusNode } from '../../ui/focus.ts';

interface Step {
  fromId: string;
  direction: Direction;
  index: number;
  landedId: string;
}

export function useFollowLinks() {
  const last = useRef<Step | null>(null);
  return useCallback((direction: Direction, next: boolean) => {
    const { doc, selection, select } = useMapStore.getState();
    const current = selection.nodeIds.length === 1 ? selection.nodeIds[0]! : null;
    if (!current) return announce('Select one node first, then press ] for its effects or [ for its causes.');
    const step = last.current;
    const sibling = next && step && step.landedId === current && step.direction === direction;
    const fromId = sibling ? step.fromId : current;
    const all = neighbours(doc, fromId, direction);
    const { filter } = useViewStore.getState();
    const out = filter.mode === 'hide' && isFilterOn(filter) ? filterOut(doc, filter) : null;
    const list = out ? all.filter((n) => !out.nodes.has(n.node.id) && !out.links.has(n.link.id)) : all;
    const from = doc.nodes[fromId];
    const words = direction === 'effect' ? 'effects' : 'causes';
    if (from && !list.length && all.length) return announce(`The filter hides ${all.length === 1 ? `the one ${direction}` : `all ${count(all.length, direction)}`} of “${from.label}”.`);
    if (!list.length || !from) return announce(`“${from?.label ?? ''}” has no ${words} on the map.`);
    const index = sibling ? (step.index + 1) % list.length : 0;
    const { node, link } = list[index]!;
    last.current = { fromId, direction, index, landedId: node.id };
    select({ nodeIds: [node.id], linkIds: [] });
    focusNode(node.id);
    const more = list.length > 1 ? ` Shift+${direction === 'effect' ? ']' : '['} for the next.` : '';
    announce(
      `“${node.label}”, ${KIND_LABELS[node.kind].toLowerCase()}. ${direction === 'effect' ? 'Effect' : 'Cause'} ${index + 1} of ${list.length} of “${from.label}”: ${linkSentence(doc, link).replace(/^Link: /, '')}. It has ${count(neighbours(doc, node.id, 'cause').length, 'cause')} and ${count(neighbours(doc, node.id, 'effect').length, 'effect')}.${more}`,
    );
  }, []);
}
