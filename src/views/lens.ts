/**
 * What a lens does to each node and link: pure, so it is tested without a
 * browser and shared by the canvas and (later) exports.
 */
import type { Experiment, Id, IntendedEffect, MapDocument, ObservedEffect } from '../model/types.ts';
import type { NodeEvidence } from './evidence.ts';
import { voicesLook, type VoiceMark } from './voices.ts';

/** A what-if prediction for one node: which way, how much relative to the biggest knock-on effect. */
export interface Prediction {
  direction: 'up' | 'down' | 'none';
  relative: number;
  nudged: boolean;
  uncertain: boolean;
}

/** How the canvas is looking at the map: UI state, never part of the document. */
export type Lens =
  | { kind: 'none' }
  | { kind: 'experiments'; experimentIds: Id[] }
  | { kind: 'coverage' }
  /** How much evidence each factor has (here and in the maps this one learns from), and whether it agrees. */
  | { kind: 'evidence' }
  /** Whose voice: each node and link marked by the perspective it came from (src/views/voices.ts). */
  | { kind: 'voices' }
  /** A loop, a path, or what lies upstream or downstream: these nodes and links lit, the rest faded. */
  | { kind: 'highlight'; nodeIds: Id[]; linkIds: Id[]; caption: string }
  | { kind: 'whatif'; predictions: Record<Id, Prediction>; caption: string };

/** What an export shows: the printable lenses, plus a selection drawn on its own. */
export type ExportLens =
  | { kind: 'none' }
  | { kind: 'selection'; nodeIds: Id[] }
  | { kind: 'experiments'; experimentIds: Id[] }
  | { kind: 'coverage' }
  /** A loop, a path, or what lies up- or downstream (as the analysis panel lights it): these lit, the rest faded. */
  | { kind: 'highlight'; nodeIds: Id[]; linkIds: Id[]; caption: string };

/** Nodes outlined by a key-factor measure, scaled 0..1. */
export interface Emphasis {
  measure: string;
  values: Record<Id, number>;
}

export interface TouchMark {
  experimentTitle: string;
  intended: IntendedEffect;
  observed: ObservedEffect;
}

export interface NodeLook {
  /** Drawn faded: outside what the lens is about. */
  dimmed: boolean;
  /** The intended and observed effects shown on the node under the experiment lens. */
  touches: TouchMark[] | null;
  /** Under the coverage lens: how many experiments touch this node. */
  coverage: number | null;
  /** Under the what-if lens: which way the node is predicted to move. */
  prediction?: Prediction | null;
  /** Outline weight from a key-factor measure, 0..1. */
  emphasis?: number | null;
  /** Under the evidence lens: the experiments' results for this node, or null for none. */
  evidence?: NodeEvidence | null;
  /** Under the voices lens: the perspective the node came from. */
  voice?: VoiceMark | null;
}

export interface LensResult {
  nodes: Map<Id, NodeLook>;
  /** Links drawn faded. */
  dimmedLinks: Set<Id>;
  /** Under the voices lens: the perspective each link came from. */
  linkVoices?: Map<Id, VoiceMark>;
}

const NORMAL: NodeLook = { dimmed: false, touches: null, coverage: null };

/** Whether a lens fades every link of the map (coverage and evidence do, so that the nodes' marks stand out). */
export function fadesEveryLink(links: Readonly<Record<Id, unknown>>, dimmedLinks: ReadonlySet<Id>): boolean {
  if (dimmedLinks.size === 0) return false;
  for (const id in links) if (!dimmedLinks.has(id)) return false;
  return true;
}

export function applyLens(doc: MapDocument, lens: Lens, emphasis: Emphasis | null = null, evidence: Map<Id, NodeEvidence> | null = null): LensResult {
  const result = lens.kind === 'evidence' ? evidenceLens(doc, evidence ?? new Map()) : lensOnly(doc, lens);
  if (!emphasis) return result;
  for (const id of Object.keys(doc.nodes)) {
    const value = emphasis.values[id];
    if (value === undefined) continue;
    result.nodes.set(id, { ...(result.nodes.get(id) ?? NORMAL), emphasis: value });
  }
  return result;
}

/** Every node with evidence carries its mark; the rest and the links are faded so the marks stand out. */
function evidenceLens(doc: MapDocument, evidence: Map<Id, NodeEvidence>): LensResult {
  const nodes = new Map<Id, NodeLook>();
  for (const id of Object.keys(doc.nodes)) {
    const e = evidence.get(id) ?? null;
    nodes.set(id, { ...NORMAL, dimmed: !e, evidence: e });
  }
  return { nodes, dimmedLinks: new Set(Object.keys(doc.links)) };
}

function lensOnly(doc: MapDocument, lens: Lens): LensResult {
  const nodes = new Map<Id, NodeLook>();
  const dimmedLinks = new Set<Id>();
  if (lens.kind === 'none') return { nodes, dimmedLinks };

  if (lens.kind === 'voices') {
    const look = voicesLook(doc);
    for (const [id, voice] of look.nodes) nodes.set(id, { ...NORMAL, voice });
    return { nodes, dimmedLinks, linkVoices: look.links };
  }

  if (lens.kind === 'highlight') {
    const lit = new Set(lens.nodeIds);
    const litLinks = new Set(lens.linkIds);
    for (const id of Object.keys(doc.nodes)) if (!lit.has(id)) nodes.set(id, { ...NORMAL, dimmed: true });
    for (const id of Object.keys(doc.links)) if (!litLinks.has(id)) dimmedLinks.add(id);
    return { nodes, dimmedLinks };
  }

  if (lens.kind === 'whatif') {
    for (const id of Object.keys(doc.nodes)) {
      const p = lens.predictions[id];
      nodes.set(id, { ...NORMAL, dimmed: !p || (p.direction === 'none' && !p.nudged), prediction: p ?? null });
    }
    return { nodes, dimmedLinks };
  }

  if (lens.kind === 'experiments') {
    const chosen = lens.experimentIds.map((id) => doc.experiments[id]).filter((e): e is Experiment => !!e);
    const marks = new Map<Id, TouchMark[]>();
    for (const e of chosen) {
      for (const t of Object.values(e.touches)) {
        const list = marks.get(t.nodeId) ?? [];
        list.push({ experimentTitle: e.title, intended: t.intended, observed: t.observed });
        marks.set(t.nodeId, list);
      }
    }
    for (const id of Object.keys(doc.nodes)) {
      const m = marks.get(id);
      nodes.set(id, m ? { dimmed: false, touches: m, coverage: null } : { ...NORMAL, dimmed: true });
    }
    for (const l of Object.values(doc.links)) if (!(marks.has(l.source) && marks.has(l.target))) dimmedLinks.add(l.id);
    return { nodes, dimmedLinks };
  }

  // Coverage: every node gets its touch count; links are faded so the counts stand out.
  const counts = coverageCounts(doc);
  for (const [id, n] of Object.entries(doc.nodes)) {
    nodes.set(id, { dimmed: n.kind !== 'factor', touches: null, coverage: n.kind === 'factor' ? (counts.get(id) ?? 0) : null });
  }
  for (const id of Object.keys(doc.links)) dimmedLinks.add(id);
  return { nodes, dimmedLinks };
}

function coverageCounts(doc: MapDocument): Map<Id, number> {
  const counts = new Map<Id, number>();
  for (const e of Object.values(doc.experiments)) {
    for (const nodeId of Object.keys(e.touches)) if (doc.nodes[nodeId]) counts.set(nodeId, (counts.get(nodeId) ?? 0) + 1);
  }
  return counts;
}

export interface CoverageSummary {
  factors: number;
  untouched: number;
  touchedOnce: number;
  touchedMore: number;
  /** The most-touched factors, most first. */
  top: { id: Id; label: string; count: number }[];
}

export function coverageSummary(doc: MapDocument): CoverageSummary {
  const counts = coverageCounts(doc);
  const factors = Object.values(doc.nodes).filter((n) => n.kind === 'factor');
  const touched = factors.map((n) => ({ id: n.id, label: n.label, count: counts.get(n.id) ?? 0 }));
  return {
    factors: factors.length,
    untouched: touched.filter((t) => t.count === 0).length,
    touchedOnce: touched.filter((t) => t.count === 1).length,
    touchedMore: touched.filter((t) => t.count > 1).length,
    top: touched.filter((t) => t.count > 0).sort((a, b) => b.count - a.count || a.label.localeCompare(b.label)).slice(0, 5),
  };
}
