/**
 * What other tools' named attributes mean for us. GraphML keys, GEXF
 * attributes, DOT attributes and CSV columns all arrive as name/value text;
 * names are matched loosely ("Polarity", "sign", "weight", "modularity_class").
 */
import type { Confidence, NodeKind, Polarity } from '../../model/types.ts';
import { toHexColour } from './colour.ts';
import { polarityFromText } from './polarity.ts';
import { numberOf } from './text.ts';

export type Attrs = Map<string, string>;

/** "Modularity Class" -> "modularity_class", so names compare loosely. */
export function normaliseName(name: string): string {
  return name.trim().toLowerCase().replace(/[\s.-]+/g, '_');
}

const NODE_LABEL = ['label', 'name', 'title', 'text'];
const NODE_DESCRIPTION = ['description', 'desc', 'comment'];
const NOTES = ['notes', 'note'];
const THEME = ['theme', 'cluster', 'group', 'category', 'modularity_class', 'community', 'class'];
const COLOUR = ['color', 'colour', 'fill', 'fillcolor', 'fill_color', 'background'];
const KIND = ['kind', 'element_type', 'node_type', 'type'];
const X = ['x', 'pos_x'];
const Y = ['y', 'pos_y'];
const TAGS = ['tags', 'tag', 'keywords'];

const POLARITY = ['polarity', 'sign', 'valence', 'effect', 'direction_of_influence', 'connection_type', 'link_type', 'relationship_type'];
const STRENGTH = ['strength', 'impact', 'magnitude'];
const WEIGHT = ['weight', 'value', 'influence', 'width'];
const LINK_LABEL = ['label', 'name', 'relationship'];
const EVIDENCE = ['evidence', 'description', 'notes', 'note', 'source_of_evidence'];
const CONFIDENCE = ['confidence', 'certainty'];
const DELAY = ['delay', 'delayed', 'lag'];

function pick(attrs: Attrs, names: readonly string[], used: Set<string>): string | undefined {
  for (const n of names) {
    const v = attrs.get(n);
    if (v !== undefined) {
      used.add(n);
      if (v.trim() !== '') return v;
    }
  }
  return undefined;
}

export interface NodeAttrs {
  label?: string;
  description?: string;
  notes?: string;
  kind?: NodeKind;
  theme?: string;
  colour?: string;
  x?: number;
  y?: number;
  tags: string[];
  /** Attribute names we did not use, for the report. */
  unused: string[];
}

export function readNodeAttrs(attrs: Attrs): NodeAttrs {
  const used = new Set<string>();
  const kindText = pick(attrs, KIND, used)?.trim().toLowerCase();
  const out: NodeAttrs = {
    label: pick(attrs, NODE_LABEL, used),
    description: pick(attrs, NODE_DESCRIPTION, used),
    notes: pick(attrs, NOTES, used),
    theme: pick(attrs, THEME, used)?.trim(),
    colour: toHexColour(pick(attrs, COLOUR, used)) ?? undefined,
    tags: [],
    unused: [],
  };
  if (kindText === 'actor' || kindText === 'factor' || kindText === 'outcome') out.kind = kindText;
  else if (kindText) out.tags.push(kindText);
  const x = numberOf(pick(attrs, X, used));
  const y = numberOf(pick(attrs, Y, used));
  if (x !== null && y !== null) {
    out.x = x;
    out.y = y;
  }
  if (!out.colour && attrs.has('r') && attrs.has('g') && attrs.has('b')) {
    const [r, g, b] = ['r', 'g', 'b'].map((k) => numberOf(attrs.get(k)) ?? 0);
    out.colour = toHexColour(`rgb(${r},${g},${b})`) ?? undefined;
    for (const k of ['r', 'g', 'b']) used.add(k);
  }
  const tags = pick(attrs, TAGS, used);
  if (tags) out.tags.push(...tags.split(/[|,;]/));
  out.unused = [...attrs.keys()].filter((k) => !used.has(k) && attrs.get(k)!.trim() !== '');
  return out;
}

export interface LinkAttrs {
  polarity: Polarity | null;
  strength: number | null;
  weight: number | null;
  label?: string;
  evidence?: string;
  confidence?: Confidence;
  delay?: boolean;
  unused: string[];
}

const CONFIDENCE_WORDS: Record<string, Confidence> = { low: 'low', medium: 'medium', high: 'high', l: 'low', m: 'medium', h: 'high' };

export function readLinkAttrs(attrs: Attrs): LinkAttrs {
  const used = new Set<string>();
  const polarityText = pick(attrs, POLARITY, used);
  let polarity = polarityFromText(polarityText);
  let label = pick(attrs, LINK_LABEL, used);
  // A label that is only a sign ("+", "−") is how many tools draw polarity: read it, and keep the label for words.
  const labelSign = label !== undefined && label.trim().length <= 3 ? polarityFromText(label) : null;
  if (labelSign && labelSign !== '?') {
    polarity ??= labelSign;
    label = undefined;
  }
  let strength = numberOf(pick(attrs, STRENGTH, used));
  let weight = numberOf(pick(attrs, WEIGHT, used));
  // A "strength" outside 0..3 is someone else's scale, or carries a sign: treat it as a weight.
  if (strength !== null && (strength <= 0 || strength > 3)) {
    weight = strength;
    strength = null;
  }
  const confidenceText = pick(attrs, CONFIDENCE, used)?.trim().toLowerCase();
  const delayText = pick(attrs, DELAY, used)?.trim().toLowerCase();
  const out: LinkAttrs = {
    polarity,
    strength,
    weight,
    label,
    evidence: pick(attrs, EVIDENCE, used),
    unused: [],
  };
  if (confidenceText) {
    const n = numberOf(confidenceText);
    out.confidence = CONFIDENCE_WORDS[confidenceText] ?? (n === null ? undefined : n < 0.34 ? 'low' : n < 0.67 ? 'medium' : 'high');
  }
  if (delayText) out.delay = ['true', 'yes', '1', 'y', 'delay', 'delayed'].includes(delayText);
  out.unused = [...attrs.keys()].filter((k) => !used.has(k) && attrs.get(k)!.trim() !== '');
  return out;
}

/** Tallies attribute names nobody used, for one report line per kind of element. */
export function unusedTally() {
  const names = new Map<string, number>();
  return {
    add(list: string[]) {
      for (const n of list) names.set(n, (names.get(n) ?? 0) + 1);
    },
    line(what: string) {
      if (!names.size) return null;
      const shown = [...names.keys()].slice(0, 8).join(', ') + (names.size > 8 ? ', ...' : '');
      return { what, count: names.size, status: 'skipped' as const, detail: `not part of a System Canvas map: ${shown}` };
    },
  };
}
