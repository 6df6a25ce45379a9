/**
 * One place that turns what a reader found (a "draft": nodes, links and
 * themes keyed by the other tool's ids) into a map that passes our own load
 * checks, and writes the common lines of the import report. Readers only say
 * what the file held; ids, limits, defaults and counting happen here.
 */
import { newId } from '../../model/ids.ts';
import { parseMapValue } from '../../model/load.ts';
import { createMap } from '../../model/operations.ts';
import { nextThemeColour } from '../../model/palette.ts';
import { MAX_LABEL, MAX_TEXT } from '../../model/schema.ts';
import type { Theme, Confidence, Link, MapNode, NodeKind, Polarity } from '../../model/types.ts';
import { MAX_STRENGTH, STRENGTH_LEVELS } from '../../model/types.ts';
import type { FormatId, ImportOutcome, ReportLine } from '../types.ts';
import { toHexColour } from './colour.ts';

export interface DraftNode {
  key: string;
  label: string;
  description?: string;
  kind?: NodeKind | null;
  /** The key of a DraftTheme. */
  theme?: string | null;
  tags?: string[];
  x?: number | null;
  y?: number | null;
  /** Public notes, oldest first. */
  notes?: string[];
}

export interface DraftTheme {
  key: string;
  name: string;
  colour?: string | null;
  description?: string;
}

export interface DraftLink {
  key?: string | null;
  source: string;
  target: string;
  /** null: the file said nothing; the builder may still read a sign from a signed weight. */
  polarity?: Polarity | null;
  /** Already on our scale, 0 < strength <= 3. */
  strength?: number | null;
  /** The other tool's weight, any scale; may carry the sign. Used when strength is not given. */
  weight?: number | null;
  label?: string;
  evidence?: string;
  confidence?: Confidence | null;
  delay?: boolean | null;
}

export interface Draft {
  title?: string;
  description?: string;
  nodes: DraftNode[];
  links: DraftLink[];
  themes: DraftTheme[];
  /** Lines only this format knows about ("background drawings not imported"). */
  report: ReportLine[];
  /** Why polarity could not be read, for the report line ("PRSM has no link sign"). */
  unknownPolarityDetail?: string;
  /** Make new node ids even where the keys would do (a CSV's keys are labels). */
  freshNodeIds?: boolean;
}

export interface BuildContext {
  format: FormatId;
  tool: string;
  fileName: string;
}

const RESERVED = new Set(['__proto__', 'constructor', 'prototype']);
const KINDS = new Set<string>(['actor', 'factor', 'outcome']);

function cleanLabel(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Our id for the other tool's id: the same where it is a good id, otherwise a fresh one. */
function idMaker(taken: Set<string>) {
  return (key: string | null | undefined, prefix: string): string => {
    let id = key ?? '';
    if (!id || id.length > 100 || RESERVED.has(id) || taken.has(id)) {
      do id = newId(prefix);
      while (taken.has(id));
    }
    taken.add(id);
    return id;
  };
}

function counter() {
  const counts = new Map<string, number>();
  return {
    add(what: string, n = 1) {
      counts.set(what, (counts.get(what) ?? 0) + n);
    },
    get: (what: string) => counts.get(what) ?? 0,
  };
}

/** Strength from the other tool's weights: kept when they already fit 0..3, else scaled so the largest is strong. */
function weightScale(links: DraftLink[]): number {
  let max = 0;
  for (const l of links) if (l.strength == null && l.weight != null) max = Math.max(max, Math.abs(l.weight));
  return max > MAX_STRENGTH ? MAX_STRENGTH / max : 1;
}

export function buildImport(draft: Draft, ctx: BuildContext): ImportOutcome {
  const doc = createMap({ title: cleanLabel(draft.title ?? '').slice(0, MAX_LABEL) || ctx.fileName || 'Imported map', description: (draft.description ?? '').slice(0, MAX_TEXT) });
  const now = doc.meta.createdAt;
  const taken = new Set<string>();
  const makeId = idMaker(taken);
  const tally = counter();
  const report: ReportLine[] = [];

  // Themes that at least one node uses.
  const used = new Set(draft.nodes.map((n) => n.theme).filter((t): t is string => !!t));
  const themeIds = new Map<string, string>();
  const colours: string[] = [];
  for (const t of draft.themes) {
    if (!used.has(t.key) || themeIds.has(t.key)) continue;
    const colour = toHexColour(t.colour) ?? nextThemeColour(colours);
    colours.push(colour);
    const cluster: Theme = { id: makeId(t.key, 'c'), name: cleanLabel(t.name).slice(0, MAX_LABEL) || 'Theme', colour, description: (t.description ?? '').slice(0, MAX_TEXT) };
    doc.clusters[cluster.id] = cluster;
    themeIds.set(t.key, cluster.id);
  }

  const nodeIds = new Map<string, string>();
  const positioned = draft.nodes.filter((n) => Number.isFinite(n.x) && Number.isFinite(n.y)).length;
  const hasPositions = draft.nodes.length > 0 && positioned === draft.nodes.length;
  for (const n of draft.nodes) {
    if (nodeIds.has(n.key)) {
      tally.add('duplicate');
      continue;
    }
    const id = makeId(draft.freshNodeIds ? null : n.key, 'n');
    nodeIds.set(n.key, id);
    let label = cleanLabel(n.label) || cleanLabel(n.key);
    if (label.length > MAX_LABEL) {
      label = label.slice(0, MAX_LABEL);
      tally.add('long label');
    }
    const kind: NodeKind = n.kind && KINDS.has(n.kind) ? n.kind : 'factor';
    const tags = [...new Set((n.tags ?? []).map((t) => cleanLabel(t).slice(0, 100)).filter(Boolean))].slice(0, 100);
    const node: MapNode = {
      id,
      kind,
      label,
      description: (n.description ?? '').trim().slice(0, MAX_TEXT),
      clusterId: (n.theme && themeIds.get(n.theme)) || null,
      tags,
      position: hasPositions ? { x: Math.round(n.x!), y: Math.round(n.y!) } : { x: 0, y: 0 },
      notes: (n.notes ?? [])
        .map((t) => t.trim())
        .filter(Boolean)
        .slice(0, 1000)
        .map((text) => ({ id: newId('note'), text: text.slice(0, MAX_TEXT), private: false, createdAt: now })),
    };
    if (kind === 'actor') node.actorType = 'organisation';
    if (kind === 'factor') node.factorType = 'condition';
    doc.nodes[id] = node;
  }

  // A file whose weights go below zero uses them as signs: then a positive weight means same direction.
  const signedWeights = draft.links.some((l) => l.weight != null && l.weight < 0);
  const scale = weightScale(draft.links);
  for (const l of draft.links) {
    const source = nodeIds.get(l.source);
    const target = nodeIds.get(l.target);
    if (!source || !target) {
      tally.add('missing end');
      continue;
    }
    if (source === target) {
      tally.add('self');
      continue;
    }
    let polarity: Polarity | null = l.polarity ?? null;
    if (polarity === null && signedWeights && l.weight != null && l.weight !== 0) polarity = l.weight < 0 ? '-' : '+';
    if (polarity === null || polarity === '?') tally.add('unknown polarity');
    let strength = l.strength != null && l.strength > 0 ? Math.min(l.strength, MAX_STRENGTH) : null;
    if (strength === null && l.weight != null && l.weight !== 0) {
      strength = Math.min(MAX_STRENGTH, Math.abs(l.weight) * scale);
      if (scale !== 1) tally.add('scaled');
    }
    if (strength === null) tally.add('no strength');
    const link: Link = {
      id: makeId(l.key, 'l'),
      source,
      target,
      polarity: polarity ?? '?',
      strength: strength ?? STRENGTH_LEVELS.medium,
      confidence: l.confidence ?? 'medium',
      delay: l.delay ?? false,
      label: cleanLabel(l.label ?? '').slice(0, MAX_LABEL),
      evidence: (l.evidence ?? '').trim().slice(0, MAX_TEXT),
    };
    doc.links[link.id] = link;
  }

  const nodeCount = Object.keys(doc.nodes).length;
  const linkCount = Object.keys(doc.links).length;
  report.push({ what: 'nodes', count: nodeCount, status: 'read' });
  report.push({ what: 'links', count: linkCount, status: 'read' });
  const themeCount = Object.keys(doc.clusters).length;
  if (themeCount) report.push({ what: 'themes', count: themeCount, status: 'read' });
  const unknown = tally.get('unknown polarity');
  if (unknown) report.push({ what: 'links with unknown polarity', count: unknown, status: 'guessed', detail: draft.unknownPolarityDetail ?? 'the file does not say whether these links go the same or the opposite way; they are marked ?' });
  if (tally.get('no strength')) report.push({ what: 'links without a strength', count: tally.get('no strength'), status: 'guessed', detail: 'set to medium' });
  if (tally.get('scaled')) report.push({ what: 'link weights rescaled', count: tally.get('scaled'), status: 'guessed', detail: `weights scaled so the largest is strong (${MAX_STRENGTH})` });
  if (tally.get('missing end')) report.push({ what: 'links to nodes not in the file', count: tally.get('missing end'), status: 'skipped' });
  if (tally.get('self')) report.push({ what: 'links from a node to itself', count: tally.get('self'), status: 'skipped', detail: 'System Canvas links join two different nodes' });
  if (tally.get('duplicate')) report.push({ what: 'nodes with a repeated id', count: tally.get('duplicate'), status: 'skipped', detail: 'only the first node with each id is kept' });
  if (tally.get('long label')) report.push({ what: 'labels shortened', count: tally.get('long label'), status: 'guessed', detail: `labels are at most ${MAX_LABEL} characters` });
  if (nodeCount && !hasPositions) {
    const missing = Math.max(1, nodeCount - positioned);
    report.push({ what: 'nodes without a position', count: missing, status: 'guessed', detail: positioned ? 'the whole map will be laid out' : 'the map will be laid out' });
  }
  report.push(...draft.report.filter((r) => r.count > 0));

  // The safety net: whatever a reader missed, nothing leaves here that our own loader would refuse.
  const checked = parseMapValue(doc);
  if (!checked.ok) {
    return { ok: false, format: ctx.format, problems: checked.problems.map((p) => ({ where: p.where, message: `This looks like a ${ctx.tool} file, but System Canvas could not make a valid map of it: ${p.message}` })) };
  }
  return { ok: true, result: { doc: checked.doc, format: ctx.format, tool: ctx.tool, report, hasPositions } };
}
