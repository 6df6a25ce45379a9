/**
 * Building a System Canvas map from another tool's records. Every importer
 * goes through this, so each one gets the same ids, limits, palette and final
 * check (the model's own loader): whatever an importer makes, the app can open.
 */
import { parseMapValue } from '../model/load.ts';
import { newId } from '../model/ids.ts';
import { createMap, newLink, newNode } from '../model/operations.ts';
import { nextThemeColour } from '../model/palette.ts';
import { MAX_LABEL, MAX_TEXT } from '../model/schema.ts';
import type { ActorType, Theme, Confidence, FactorType, Id, Link, MapDocument, MapNode, NodeKind, Note, Polarity, Position } from '../model/types.ts';
import { MAX_STRENGTH } from '../model/types.ts';
import { loopKey } from '../analysis/loops.ts';
import type { FormatId, ImportOutcome, ImportProblem, ReportLine, WhatIfSetup } from './types.ts';

const MAX_TAGS = 100;
const MAX_TAG = 100;

/** Any value as plain text: numbers and booleans as written, anything else empty. */
export function text(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value === 'boolean') return String(value);
  return '';
}

export const clip = (s: string, max: number) => (s.length > max ? s.slice(0, max) : s);

/** A number from a number or a numeric string; null otherwise. */
export function numberOf(value: unknown): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value !== 'string' || value.trim() === '') return null;
  const n = Number(value.trim());
  return Number.isFinite(n) ? n : null;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const HEX = /^#?([0-9a-f]{6}|[0-9a-f]{3})$/i;
/** "#abc", "aabbcc" or "#AABBCC" as #aabbcc; null for anything else (names, rgba()). */
export function hexColour(value: unknown): string | null {
  const m = HEX.exec(text(value).trim());
  if (!m) return null;
  const h = m[1]!.toLowerCase();
  return `#${h.length === 3 ? [...h].map((c) => c + c).join('') : h}`;
}

export interface KindGuess {
  kind: NodeKind;
  actorType?: ActorType;
  factorType?: FactorType;
  /** True when the words said what it is; false means "factor by default". */
  recognised: boolean;
}

const ACTOR_WORDS: Record<string, ActorType | undefined> = {
  actor: undefined, person: 'person', people: 'group', individual: 'person', resident: 'person',
  group: 'group', community: 'group', team: 'group', stakeholder: undefined,
  organisation: 'organisation', organization: 'organisation', company: 'organisation', agency: 'organisation',
  institution: 'organisation', charity: 'organisation', business: 'organisation',
};
const OUTCOME_WORDS = new Set(['outcome', 'goal', 'result', 'impact', 'objective', 'aim']);
const FACTOR_WORDS: Record<string, FactorType | undefined> = {
  factor: undefined, variable: undefined, condition: 'condition', policy: 'policy', process: 'process',
  behaviour: 'behaviour', behavior: 'behaviour', force: 'force',
};

/** What kind of node another tool's type word names: actor, outcome or factor, or "factor by default". */
export function kindFromType(type: string): KindGuess {
  const word = type.trim().toLowerCase().replace(/s$/, '');
  if (word in ACTOR_WORDS) return { kind: 'actor', actorType: ACTOR_WORDS[word] ?? 'organisation', recognised: true };
  if (OUTCOME_WORDS.has(word)) return { kind: 'outcome', recognised: true };
  if (word in FACTOR_WORDS) return { kind: 'factor', factorType: FACTOR_WORDS[word] ?? 'condition', recognised: true };
  return { kind: 'factor', factorType: 'condition', recognised: false };
}

export interface NodeInput {
  label: string;
  description?: string;
  kind?: KindGuess;
  tags?: string[];
  themeName?: string | null;
  themeColour?: string | null;
  position?: Position | null;
  notes?: string[];
}

export interface LinkInput {
  polarity: Polarity;
  strength: number;
  confidence?: Confidence;
  delay?: boolean;
  label?: string;
  evidence?: string;
}

/** Collects nodes, links, themes and report lines, then checks the result with the model's loader. */
export class MapBuilder {
  readonly report: ReportLine[] = [];
  private doc: MapDocument;
  private readonly nodes: Record<Id, MapNode> = {};
  private readonly links: Record<Id, Link> = {};
  private readonly clusters: Record<Id, Theme> = {};
  private readonly themeByName = new Map<string, Id>();
  private readonly loopNames: Record<string, string> = {};
  private positioned = 0;

  constructor(readonly format: FormatId, readonly tool: string, title: string) {
    this.doc = createMap({ title: clip(title.trim() || `Imported from ${tool}`, MAX_LABEL) });
  }

  setDescription(description: string): void {
    this.doc = { ...this.doc, meta: { ...this.doc.meta, description: clip(description, MAX_TEXT) } };
  }

  /** The theme of this name, made on first use; its colour is the tool's when given, else the next of our palette. */
  theme(name: string, colour?: string | null): Id {
    const key = clip(name.trim(), MAX_LABEL);
    const found = this.themeByName.get(key.toLowerCase());
    if (found) return found;
    const id = newId('c');
    const used = Object.values(this.clusters).map((c) => c.colour);
    this.clusters[id] = { id, name: key, colour: colour ?? nextThemeColour(used), description: '' };
    this.themeByName.set(key.toLowerCase(), id);
    return id;
  }

  addNode(input: NodeInput): Id {
    const kind = input.kind ?? { kind: 'factor', factorType: 'condition', recognised: true };
    const tags = [...new Set((input.tags ?? []).map((t) => clip(t.trim(), MAX_TAG)).filter(Boolean))].slice(0, MAX_TAGS);
    const clusterId = input.themeName?.trim() ? this.theme(input.themeName, input.themeColour) : null;
    if (input.position) this.positioned++;
    const notes: Note[] = (input.notes ?? [])
      .filter((t) => t.trim())
      .slice(0, 1000)
      .map((t) => ({ id: newId('note'), text: clip(t, MAX_TEXT), private: false, createdAt: this.doc.meta.createdAt }));
    const node = newNode(kind.kind, input.position ?? { x: 0, y: 0 }, {
      label: clip(input.label, MAX_LABEL),
      description: clip(input.description ?? '', MAX_TEXT),
      clusterId,
      tags,
      notes,
      ...(kind.kind === 'actor' ? { actorType: kind.actorType ?? 'organisation' } : {}),
      ...(kind.kind === 'factor' ? { factorType: kind.factorType ?? 'condition' } : {}),
    });
    this.nodes[node.id] = node;
    return node.id;
  }

  nodeCount(): number {
    return Object.keys(this.nodes).length;
  }

  /** Adds a link; null when it would join a node to itself (the map cannot hold that). */
  addLink(source: Id, target: Id, input: LinkInput): Id | null {
    if (source === target) return null;
    const link = newLink(source, target, {
      polarity: input.polarity,
      strength: Math.min(MAX_STRENGTH, Math.max(0.01, input.strength)),
      confidence: input.confidence ?? 'medium',
      delay: input.delay ?? false,
      label: clip(input.label ?? '', MAX_LABEL),
      evidence: clip(input.evidence ?? '', MAX_TEXT),
    });
    this.links[link.id] = link;
    return link.id;
  }

  /**
   * Names a loop given its links in any order. Returns false when the links do
   * not make one closed chain (each node entered and left once), which is all
   * a System Canvas loop can be.
   */
  nameLoop(linkIds: Id[], name: string): boolean {
    const links = linkIds.map((id) => this.links[id]);
    if (!links.length || links.some((l) => !l)) return false;
    const bySource = new Map<Id, Link>();
    for (const l of links as Link[]) {
      if (bySource.has(l.source)) return false;
      bySource.set(l.source, l);
    }
    const ordered: Id[] = [];
    let at = (links[0] as Link).source;
    for (let i = 0; i < links.length; i++) {
      const next = bySource.get(at);
      if (!next) return false;
      ordered.push(next.id);
      at = next.target;
    }
    if (at !== (links[0] as Link).source || new Set(ordered).size !== links.length) return false;
    this.loopNames[loopKey({ linkIds: ordered })] = clip(name.trim() || 'Loop', MAX_LABEL);
    return true;
  }

  line(what: string, count: number, status: ReportLine['status'], detail?: string): void {
    if (count > 0) this.report.push(detail ? { what, count, status, detail } : { what, count, status });
  }

  /** The finished map, checked exactly as the app checks a file it opens. */
  finish(scenarios?: WhatIfSetup[]): ImportOutcome {
    const raw: MapDocument = { ...this.doc, nodes: this.nodes, links: this.links, clusters: this.clusters, loopNames: this.loopNames };
    const checked = parseMapValue(raw);
    if (!checked.ok) return { ok: false, format: this.format, problems: checked.problems };
    const total = this.nodeCount();
    const result = {
      doc: checked.doc,
      format: this.format,
      tool: this.tool,
      report: this.report,
      // Partly placed maps are laid out whole: a few placed nodes among many at 0,0 would pile up.
      hasPositions: total > 0 && this.positioned === total,
      ...(scenarios && scenarios.length ? { scenarios } : {}),
    };
    return { ok: true, result };
  }
}

export function failure(format: FormatId | null, where: string, message: string): ImportOutcome {
  return { ok: false, format, problems: [{ where, message }] };
}

export function failures(format: FormatId | null, problems: ImportProblem[]): ImportOutcome {
  return { ok: false, format, problems };
}

/** Our polarity as a sign: +1, −1, or 0 for unknown. */
export const polaritySign = (p: Polarity) => (p === '+' ? 1 : p === '-' ? -1 : 0);

/** Text decoded as UTF-8 with a leading byte-order mark dropped, as the browser does. */
export function decodeText(bytes: Uint8Array): string {
  return new TextDecoder().decode(bytes);
}

/** The start of a file as text, for sniffing without decoding all of a big file. */
export function head(bytes: Uint8Array, length = 4096): string {
  return new TextDecoder().decode(bytes.subarray(0, length));
}

/** A safe file name from a map title. */
export function baseName(doc: MapDocument): string {
  const cleaned = doc.meta.title.replace(/[^\p{L}\p{N} _-]+/gu, '').trim().replace(/\s+/g, '-');
  return clip(cleaned || 'map', 80);
}
