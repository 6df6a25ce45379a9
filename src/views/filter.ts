/**
 * Focus and filter: which nodes and links a filter leaves out, and the filter
 * in plain words for the banner that keeps it on screen. Pure, so the canvas,
 * the overview and the exports all leave out the same things, and it is
 * tested without a browser. Linear in the size of the map (one walk of the
 * nodes, one of the links, and a breadth-first search for a focus).
 */
import { downstream, upstream } from '../analysis/reach.ts';
import type { Confidence, Id, MapDocument, MapFilter, NodeKind } from '../model/types.ts';
import { CONFIDENCES, NODE_KINDS } from '../model/types.ts';
import { NO_PERSPECTIVE, perspectiveOf } from '../model/sensemaking.ts';
import type { LensResult, NodeLook } from './lens.ts';

/** What a filter leaves out: faded, or taken off the canvas, as its mode says. */
export interface FilterOut {
  nodes: ReadonlySet<Id>;
  links: ReadonlySet<Id>;
}

export const NOTHING_OUT: FilterOut = { nodes: new Set(), links: new Set() };

/** Whether the filter leaves anything out at all (ids no longer in the map aside, which are ignored). */
export function isFilterOn(filter: MapFilter): boolean {
  return (
    !!filter.focus?.nodeIds.length ||
    filter.hiddenThemes.length > 0 ||
    filter.hiddenKinds.length > 0 ||
    filter.hiddenTags.length > 0 ||
    filter.hiddenConfidences.length > 0 ||
    filter.hiddenPerspectives.length > 0
  );
}

/** The focus nodes that are still in the map. */
function focusNodes(doc: MapDocument, filter: MapFilter): Id[] {
  return (filter.focus?.nodeIds ?? []).filter((id) => doc.nodes[id]);
}

/**
 * The nodes in the focus's neighbourhood, or null for no focus. Steps are
 * counted on the whole map, not on what the other choices leave, so hiding a
 * theme never changes which nodes count as near the selection.
 */
function neighbourhood(doc: MapDocument, filter: MapFilter): Set<Id> | null {
  const ids = focusNodes(doc, filter);
  if (!filter.focus || ids.length === 0) return null;
  const { steps, direction } = filter.focus;
  const near = new Set<Id>(ids);
  if (direction !== 'effects') for (const n of upstream(doc, ids, steps).nodes) near.add(n.id);
  if (direction !== 'causes') for (const n of downstream(doc, ids, steps).nodes) near.add(n.id);
  return near;
}

/**
 * What the filter leaves out. A node is out when it is outside the focus or
 * in a hidden theme, kind, tag or perspective; a link is out when its
 * confidence or perspective is hidden, or when either of its ends is out.
 */
export function filterOut(doc: MapDocument, filter: MapFilter): FilterOut {
  if (!isFilterOn(filter)) return NOTHING_OUT;
  const near = neighbourhood(doc, filter);
  const themes = new Set(filter.hiddenThemes);
  const kinds = new Set<NodeKind>(filter.hiddenKinds);
  const tags = new Set(filter.hiddenTags);
  const confidences = new Set<Confidence>(filter.hiddenConfidences);
  const perspectives = new Set(filter.hiddenPerspectives);
  const nodes = new Set<Id>();
  for (const n of Object.values(doc.nodes)) {
    const out =
      (near !== null && !near.has(n.id)) ||
      (n.clusterId !== null && themes.has(n.clusterId)) ||
      kinds.has(n.kind) ||
      (tags.size > 0 && n.tags.some((t) => tags.has(t))) ||
      (perspectives.size > 0 && perspectives.has(perspectiveOfIn(doc, n)));
    if (out) nodes.add(n.id);
  }
  const links = new Set<Id>();
  for (const l of Object.values(doc.links)) {
    const out =
      nodes.has(l.source) ||
      nodes.has(l.target) ||
      confidences.has(l.confidence) ||
      (perspectives.size > 0 && perspectives.has(perspectiveOfIn(doc, l)));
    if (out) links.add(l.id);
  }
  return { nodes, links };
}

/** A voice whose perspective was removed from the map counts as no perspective (docs/file-format.md). */
function perspectiveOfIn(doc: MapDocument, record: Parameters<typeof perspectiveOf>[0]): string {
  const p = perspectiveOf(record);
  return p === NO_PERSPECTIVE || doc.perspectives[p] ? p : NO_PERSPECTIVE;
}

/** The lens's looks with what the filter leaves out faded as well (the "fade" mode). */
export function fadeOut(lens: LensResult, out: FilterOut): LensResult {
  if (out.nodes.size === 0 && out.links.size === 0) return lens;
  const nodes = new Map<Id, NodeLook>(lens.nodes);
  for (const id of out.nodes) {
    const look = nodes.get(id);
    if (!look?.dimmed) nodes.set(id, { ...(look ?? { touches: null, coverage: null }), dimmed: true });
  }
  const dimmedLinks = new Set(lens.dimmedLinks);
  for (const id of out.links) dimmedLinks.add(id);
  return { nodes, dimmedLinks };
}

/**
 * The document as the "hide" mode draws it: without what is out. Nodes and
 * links kept are the same objects, so the canvas's memoised pieces are reused.
 */
export function withoutOut(doc: MapDocument, out: FilterOut): MapDocument {
  if (out.nodes.size === 0 && out.links.size === 0) return doc;
  const nodes: MapDocument['nodes'] = {};
  for (const [id, n] of Object.entries(doc.nodes)) if (!out.nodes.has(id)) nodes[id] = n;
  const links: MapDocument['links'] = {};
  for (const [id, l] of Object.entries(doc.links)) if (!out.links.has(id)) links[id] = l;
  return { ...doc, nodes, links };
}

/** The document a filter leaves, for an export: the rest taken off in "hide" mode, everything in "fade" mode. */
export function filteredDoc(doc: MapDocument, filter: MapFilter): MapDocument {
  return filter.mode === 'hide' ? withoutOut(doc, filterOut(doc, filter)) : doc;
}

// ---- The filter in words ----

const MAX_LABEL = 40;
const quoted = (label: string) => `“${label.length > MAX_LABEL ? `${label.slice(0, MAX_LABEL - 1)}…` : label}”`;

/** The most names a list spells out; past it, "and 17 more", so the banner stays a line or two. */
const MAX_NAMED = 4;

/** "a", "a and b", "a, b and c"; "a, b, c and 17 more" past MAX_NAMED. */
function list(items: string[], last = 'and'): string {
  if (items.length > MAX_NAMED) return `${items.slice(0, MAX_NAMED - 1).join(', ')} ${last} ${items.length - MAX_NAMED + 1} more`;
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${last} ${items[items.length - 1]}`;
}

const KIND_WORDS: Record<NodeKind, string> = { actor: 'actors', factor: 'factors', outcome: 'outcomes' };
const DIRECTION_WORDS = { causes: 'causes', effects: 'effects', both: 'causes and effects' } as const;

/**
 * The filter in plain words, or '' when it is off: "Showing 2 steps around
 * “Stress” (causes and effects); hiding theme Food; hiding low-confidence links".
 * Ids no longer in the map are left out of the words as they are of the filter.
 */
export function describeFilter(doc: MapDocument, filter: MapFilter): string {
  const parts: string[] = [];
  const focus = focusNodes(doc, filter);
  if (filter.focus && focus.length) {
    const around = focus.length <= 2 ? list(focus.map((id) => quoted(doc.nodes[id]!.label))) : `${focus.length} nodes`;
    const steps = filter.focus.steps === 1 ? '1 step' : `${filter.focus.steps} steps`;
    parts.push(`showing ${steps} around ${around} (${DIRECTION_WORDS[filter.focus.direction]})`);
  }
  const themes = filter.hiddenThemes.filter((id) => doc.clusters[id]).map((id) => doc.clusters[id]!.name);
  if (themes.length) parts.push(`hiding ${themes.length === 1 ? 'theme' : 'themes'} ${list(themes)}`);
  const kinds = NODE_KINDS.filter((k) => filter.hiddenKinds.includes(k));
  if (kinds.length) parts.push(`hiding ${list(kinds.map((k) => KIND_WORDS[k]))}`);
  if (filter.hiddenTags.length) parts.push(`hiding nodes tagged ${list(filter.hiddenTags.map(quoted), 'or')}`);
  const confidences = CONFIDENCES.filter((c) => filter.hiddenConfidences.includes(c));
  if (confidences.length === CONFIDENCES.length) parts.push('hiding every link');
  else if (confidences.length) parts.push(`hiding ${list(confidences.map((c, i) => (i < confidences.length - 1 ? `${c}-` : `${c}-confidence`)))} links`);
  const named = filter.hiddenPerspectives.filter((id) => id !== NO_PERSPECTIVE && doc.perspectives[id]).map((id) => doc.perspectives[id]!.name);
  const none = filter.hiddenPerspectives.includes(NO_PERSPECTIVE);
  if (named.length) parts.push(`hiding what came from ${list(named, 'or')}`);
  if (none) parts.push(named.length ? 'and what has no perspective' : 'hiding what has no perspective');
  if (!parts.length) return '';
  const sentence = parts.join('; ').replace('; and what', ', and what');
  return sentence[0]!.toUpperCase() + sentence.slice(1);
}

// ---- Changing a filter (the filter panel and the focus shortcut) ----

/**
 * The filter focused on these nodes, keeping the steps and direction chosen
 * last (1 step, both ways, at first). No nodes ends the focus but keeps the
 * steps and direction for the next one.
 */
export function focusedOn(filter: MapFilter, nodeIds: Id[], steps = filter.focus?.steps ?? 1, direction = filter.focus?.direction ?? 'both'): MapFilter {
  return { ...filter, focus: { nodeIds, steps, direction } };
}

type HiddenList = 'hiddenThemes' | 'hiddenKinds' | 'hiddenTags' | 'hiddenConfidences' | 'hiddenPerspectives';

/** The filter with one theme, kind, tag, confidence or perspective shown (`shown` true) or hidden. */
export function withShown<K extends HiddenList>(filter: MapFilter, list: K, value: MapFilter[K][number], shown: boolean): MapFilter {
  const current = filter[list] as readonly string[];
  const next = shown ? current.filter((v) => v !== value) : current.includes(value) ? current : [...current, value];
  return { ...filter, [list]: next };
}

/** Every tag on the map's nodes, in alphabetical order, for the filter to offer. */
export function tagsOnMap(doc: MapDocument): string[] {
  const tags = new Set<string>();
  for (const n of Object.values(doc.nodes)) for (const t of n.tags) tags.add(t);
  return [...tags].sort((a, b) => a.localeCompare(b));
}
