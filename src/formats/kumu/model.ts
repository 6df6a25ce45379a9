/**
 * Kumu's data in one plain shape, whichever file it came from (JSON backup or
 * blueprint, xlsx workbook, CSV files), and the one function that turns it
 * into a System Canvas map.
 *
 * Kumu's words: elements (with "element type", description, tags), connections
 * (from, to, "connection type", strength, direction: directed, undirected or
 * mutual), loops (a label and the connections in them). System mappers mark
 * polarity in the connection type: ++ and -- (same direction), +- and -+
 * (opposite), or the words same / opposite; "+" or "-" alone is read as the
 * sign. Several values in one spreadsheet cell are separated by "|".
 */
import type { Confidence, Id, Polarity } from '../../model/types.ts';
import { MAX_STRENGTH } from '../../model/types.ts';
import { kindFromType, MapBuilder, numberOf } from '../map-builder.ts';
import type { FormatId, ImportOutcome } from '../types.ts';

export interface KumuElement {
  id: string;
  label: string;
  type: string;
  description: string;
  tags: string[];
  theme: string;
  themeColour: string | null;
  notes: string[];
  x: number | null;
  y: number | null;
}

export interface KumuConnection {
  id: string;
  from: string;
  to: string;
  type: string;
  strength: string;
  direction: string;
  delayed: boolean;
  label: string;
  description: string;
  confidence: string;
}

export interface KumuLoop {
  label: string;
  connections: string[];
}

export interface KumuData {
  title: string;
  description: string;
  elements: KumuElement[];
  connections: KumuConnection[];
  loops: KumuLoop[];
  perspectives: number;
  maps: number;
  /** Kumu fields we have no place for, counted by name. */
  otherFields: Set<string>;
}

export function emptyData(title: string): KumuData {
  return { title, description: '', elements: [], connections: [], loops: [], perspectives: 0, maps: 0, otherFields: new Set() };
}

export function polarityOf(type: string): Polarity | null {
  const t = type.trim().toLowerCase();
  if (t === '++' || t === '--' || t === '+' || t === 'same' || t === 's' || t === 'positive') return '+';
  if (t === '+-' || t === '-+' || t === '-' || t === 'opposite' || t === 'o' || t === 'negative') return '-';
  return null;
}

/** Kumu connection type for our polarity (the systems-mapping convention). */
export const KUMU_TYPE: Record<Polarity, string> = { '+': '++', '-': '+-', '?': '' };

const STRENGTH_WORDS: Record<string, number> = { weak: 1, low: 1, medium: 2, moderate: 2, strong: 3, high: 3 };

function confidenceOf(value: string): Confidence {
  const v = value.trim().toLowerCase();
  return v === 'low' || v === 'high' ? v : 'medium';
}

/** Pipe-separated values of one cell. */
export const split = (cell: string) => cell.split('|').map((s) => s.trim()).filter(Boolean);

export function buildMap(data: KumuData, format: FormatId): ImportOutcome {
  const b = new MapBuilder(format, 'Kumu', data.title);
  if (data.description) b.setDescription(data.description);

  const ids = new Map<string, Id>();
  const byLabel = new Map<string, Id>();
  let unrecognisedTypes = 0;
  let duplicates = 0;
  const placed = data.elements.filter((e) => e.x !== null && e.y !== null).length;
  for (const e of data.elements) {
    const key = e.id || e.label;
    if (!key) continue;
    if (ids.has(key)) {
      duplicates++;
      continue;
    }
    const kind = kindFromType(e.type);
    const type = e.type.trim();
    if (type && !kind.recognised) unrecognisedTypes++;
    // Our own three kind names say only the kind; any other type is also a theme.
    const ownKind = ['actor', 'factor', 'outcome'].includes(type.toLowerCase());
    const id = b.addNode({
      label: e.label || e.id,
      description: e.description,
      kind,
      tags: [...e.tags, ...(type && !kind.recognised ? [type] : [])],
      themeName: e.theme || (type && !ownKind ? type : null),
      themeColour: e.themeColour,
      notes: e.notes,
      position: placed === data.elements.length ? { x: e.x!, y: e.y! } : null,
    });
    ids.set(key, id);
    if (e.label && !byLabel.has(e.label.toLowerCase())) byLabel.set(e.label.toLowerCase(), id);
  }

  // Connections may name elements by id or by label; Kumu makes an element for a name it has not seen.
  let madeForConnections = 0;
  const endOf = (name: string): Id | null => {
    const found = ids.get(name) ?? byLabel.get(name.toLowerCase());
    if (found) return found;
    if (!name.trim()) return null;
    madeForConnections++;
    const id = b.addNode({ label: name.trim(), kind: kindFromType('') });
    ids.set(name, id);
    byLabel.set(name.toLowerCase(), id);
    return id;
  };

  const linkIds = new Map<string, Id[]>();
  let links = 0;
  let unknown = 0;
  let selfLinks = 0;
  let missingEnds = 0;
  let undirected = 0;
  let mutual = 0;
  let defaultStrength = 0;
  const strengths = data.connections.map((c) => numberOf(c.strength)).filter((n): n is number => n !== null && n > 0);
  const largest = Math.max(MAX_STRENGTH, ...strengths);
  for (const c of data.connections) {
    const targets = split(c.to);
    const source = endOf(c.from);
    if (!source || !targets.length) {
      missingEnds++;
      continue;
    }
    const polarity = polarityOf(c.type);
    const number = numberOf(c.strength);
    const word = STRENGTH_WORDS[c.strength.trim().toLowerCase()];
    let strength = 2;
    if (number !== null && number > 0) strength = (number * MAX_STRENGTH) / largest;
    else if (word) strength = word;
    else defaultStrength++;
    const direction = c.direction.trim().toLowerCase();
    for (const to of targets) {
      const target = endOf(to);
      if (!target) continue;
      const input = {
        polarity: polarity ?? '?',
        strength,
        delay: c.delayed,
        confidence: confidenceOf(c.confidence),
        // A connection type that is not a sign (e.g. "funds") is kept as the link's words.
        label: c.label || (polarity === null ? c.type.trim() : ''),
        evidence: c.description,
      } as const;
      const made = [b.addLink(source, target, input)];
      if (direction === 'mutual') {
        made.push(b.addLink(target, source, input));
        mutual++;
      } else if (direction === 'undirected') undirected++;
      const ok = made.filter((m): m is Id => m !== null);
      if (!ok.length) {
        selfLinks++;
        continue;
      }
      links += ok.length;
      if (polarity === null) unknown += ok.length;
      if (c.id) linkIds.set(c.id, [...(linkIds.get(c.id) ?? []), ...ok]);
    }
  }

  let loops = 0;
  let openLoops = 0;
  for (const loop of data.loops) {
    const members = loop.connections.flatMap((id) => linkIds.get(id) ?? []);
    if (b.nameLoop(members, loop.label)) loops++;
    else openLoops++;
  }

  b.line('elements', ids.size - madeForConnections, 'read');
  b.line('connections', links, 'read');
  b.line('loops', loops, 'read', 'became loop names');
  b.line('element types', unrecognisedTypes, 'guessed', 'not actor, factor or outcome words: read as factors, the type kept as a tag and a theme');
  b.line('links with unknown polarity', unknown, 'guessed', 'the connection type is not ++, --, +-, -+, same or opposite');
  b.line('connections without a strength', defaultStrength, 'guessed', 'read as medium');
  if (largest > MAX_STRENGTH) b.line('connection strengths', strengths.length, 'guessed', `rescaled from 0–${largest} to 0–${MAX_STRENGTH}`);
  b.line('undirected connections', undirected, 'guessed', 'read as running from "From" to "To"');
  b.line('mutual connections', mutual, 'read', 'each became two links, one each way');
  b.line('elements named only in connections', madeForConnections, 'read', 'made as factors, as Kumu does');
  b.line('loops whose connections do not make one closed chain', openLoops, 'skipped');
  b.line('connections missing "From" or "To"', missingEnds, 'skipped');
  b.line('connections from an element to itself', selfLinks, 'skipped', 'a link must join two different nodes');
  b.line('elements with an id used before', duplicates, 'skipped', 'the first was kept');
  b.line('perspectives', data.perspectives, 'skipped', 'Kumu perspective styles');
  if (data.maps > 1) b.line('maps', data.maps - 1, 'skipped', 'positions were taken from the first map');
  if (data.otherFields.size) b.line('other fields', data.otherFields.size, 'skipped', [...data.otherFields].slice(0, 8).join(', '));
  if (placed > 0 && placed < data.elements.length) b.line('elements without a position', data.elements.length - placed, 'guessed', 'the map will be laid out');
  return b.finish();
}
