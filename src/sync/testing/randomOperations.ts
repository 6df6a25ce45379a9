/**
 * Random named operations for the convergence simulation: the real
 * operations of src/model, chosen and filled from a seeded random source
 * (ids too, so a failure replays).
 */
import { addExperiment, addLogEntry, newExperiment, newLogEntry, removeExperiment, removeLogEntry, touchNodes, untouchNode, updateExperiment, updateLogEntry, updateTouch } from '../../model/experiments.ts';
import {
  addTheme,
  addLink,
  addNode,
  moveNodes,
  nameLoop,
  newLink,
  newNode,
  removeTheme,
  removeElements,
  renameNode,
  reverseLink,
  setFocalOutcome,
  updateTheme,
  updateLink,
  updateMeta,
  updateNode,
  type Operation,
} from '../../model/operations.ts';
import { CONFIDENCES, INTENDED_EFFECTS, NODE_KINDS, OBSERVED_EFFECTS, POLARITIES, type MapDocument, type Note } from '../../model/types.ts';
import type { Random } from './random.ts';

export interface RandomOperation {
  op: Operation;
  coalesceKey?: string;
}

/** Picks and builds one operation that makes sense on `doc` (it may still change nothing). */
export function randomOperation(doc: MapDocument, rng: Random, ids: () => string, now: () => string): RandomOperation {
  const nodeIds = Object.keys(doc.nodes);
  const linkIds = Object.keys(doc.links);
  const themeIds = Object.keys(doc.clusters);
  const experimentIds = Object.keys(doc.experiments);
  const node = rng.pick(nodeIds);
  const link = rng.pick(linkIds);
  const theme = rng.pick(themeIds);
  const experiment = rng.pick(experimentIds);
  const roll = rng.int(100);

  if (roll < 16 || !node) {
    const kind = rng.pick(NODE_KINDS)!;
    return { op: addNode(newNode(kind, { x: rng.int(2000), y: rng.int(1500) }, { id: `n_${ids()}`, label: rng.word(), clusterId: rng.chance(0.5) ? (theme ?? null) : null })) };
  }
  if (roll < 26) return { op: renameNode(node, `${rng.word()} ${rng.int(100)}`), coalesceKey: rng.chance(0.5) ? `node:${node}:label` : undefined };
  if (roll < 34) return { op: moveNodes(Object.fromEntries(rng.some(nodeIds, 4).map((id) => [id, { x: rng.int(2000), y: rng.int(1500) }]))) };
  if (roll < 38) return { op: updateNode(node, { description: rng.word(), tags: rng.some(['a', 'b', 'c', 'd'], 3) }) };
  if (roll < 41) return { op: updateNode(node, { clusterId: rng.chance(0.8) ? (theme ?? null) : null }) };
  if (roll < 43) return { op: updateNode(node, { kind: rng.pick(NODE_KINDS)!, pinned: rng.chance(0.5) ? true : undefined }) };
  if (roll < 46) {
    const isPrivate = rng.chance(0.4);
    const note: Note = { id: `note_${ids()}`, text: `${isPrivate ? 'secret' : 'note'} ${rng.word()}`, private: isPrivate, createdAt: now() };
    return { op: updateNode(node, { notes: [...doc.nodes[node]!.notes, note] }) };
  }
  if (roll < 48) return { op: updateNode(node, { notes: doc.nodes[node]!.notes.filter(() => rng.chance(0.5)) }) };
  if (roll < 54) return { op: removeElements(rng.some(nodeIds, 2), rng.chance(0.3) && link ? [link] : []) };
  if (roll < 66) {
    const target = rng.pick(nodeIds)!;
    return { op: addLink(newLink(node, target, { id: `l_${ids()}`, polarity: rng.pick(POLARITIES)! })) };
  }
  if (link && roll < 71) return { op: updateLink(link, { polarity: rng.pick(POLARITIES)!, strength: 1 + rng.int(3), confidence: rng.pick(CONFIDENCES)! }) };
  if (link && roll < 73) return { op: reverseLink(link) };
  if (link && roll < 76) return { op: removeElements([], [link]) };
  if (roll < 79) return { op: addTheme({ id: `c_${ids()}`, name: rng.word(), colour: `#${(0x100000 + rng.int(0xefffff)).toString(16)}`, description: '' }) };
  if (theme && roll < 81) return { op: updateTheme(theme, { name: rng.word() }) };
  if (theme && roll < 83) return { op: removeTheme(theme) };
  if (roll < 85) return { op: setFocalOutcome(rng.chance(0.8) ? node : null) };
  if (roll < 86) return { op: updateMeta({ title: rng.word() }), coalesceKey: 'meta:title' };
  if (roll < 87) return { op: nameLoop(rng.some(nodeIds, 3).sort().join('>'), rng.chance(0.8) ? rng.word() : '') };
  if (roll < 90 || !experiment) return { op: addExperiment(newExperiment({ id: `x_${ids()}`, title: rng.word(), createdAt: now() })) };
  if (roll < 91) return { op: updateExperiment(experiment, { status: rng.pick(['idea', 'running', 'concluded'] as const)!, hypothesis: rng.word() }) };
  if (roll < 92) return { op: removeExperiment(experiment) };
  const touched = Object.keys(doc.experiments[experiment]!.touches);
  if (roll < 95) return { op: touchNodes(experiment, rng.some(nodeIds, 3)) };
  if (roll < 96 && touched.length) return { op: untouchNode(experiment, rng.pick(touched)!) };
  if (roll < 98 && touched.length) {
    const t = rng.pick(touched)!;
    return rng.chance(0.5)
      ? { op: updateTouch(experiment, t, { observed: rng.pick(OBSERVED_EFFECTS)! }) }
      : { op: updateTouch(experiment, t, { intended: rng.pick(INTENDED_EFFECTS)!, evidence: rng.word() }) };
  }
  const entries = Object.keys(doc.experiments[experiment]!.log);
  const entry = rng.pick(entries);
  if (entry && rng.chance(0.3)) return { op: removeLogEntry(experiment, entry) };
  if (entry && rng.chance(0.5)) return { op: updateLogEntry(experiment, entry, { learned: rng.word() }) };
  return { op: addLogEntry(experiment, newLogEntry({ id: `log_${ids()}`, date: '2025-06-01', did: rng.word() })) };
}
