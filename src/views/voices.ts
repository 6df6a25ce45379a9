/**
 * Whose voice is on the map: which perspective each node and link came from,
 * how many came from each (the balance), and the part of the map that came
 * from chosen perspectives (for exports). Pure; the canvas, the legend, the
 * inspector and the export dialog all read it.
 */
import { removeElements } from '../model/operations.ts';
import { NO_PERSPECTIVE, sortedPerspectives } from '../model/sensemaking.ts';
import type { Id, MapDocument, Voice } from '../model/types.ts';
import { count, formatNumber } from '../model/plural.ts';

/** How a perspective is marked: a short word and a colour (the word carries the meaning, the colour helps). */
export interface VoiceMark {
  /** A perspective id, or NO_PERSPECTIVE. */
  key: string;
  name: string;
  /** One to three letters, unique on the map: "LE", "Pr". */
  short: string;
  colour: string;
}

/** Colours readable as text on white (at least 4.5:1) and apart from each other. */
const MARK_COLOURS = ['#b45309', '#1d4ed8', '#047857', '#7e22ce', '#be123c', '#0f766e', '#4338ca', '#a16207', '#9d174d', '#166534'] as const;

export const NO_VOICE_MARK: VoiceMark = { key: NO_PERSPECTIVE, name: 'No voice', short: '–', colour: '#4b5563' };

function initials(name: string): string {
  const words = name.split(/[\s/-]+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
  if (words.length === 0) return '?';
  if (words.length === 1) {
    const w = [...words[0]!];
    return (w[0]!.toUpperCase() + (w[1] ?? '').toLowerCase()).trim();
  }
  return words
    .slice(0, 3)
    .map((w) => [...w][0]!.toUpperCase())
    .join('');
}

/** The marks of the map's perspectives, in its order, then "no voice". */
export function voiceMarks(doc: MapDocument): Map<string, VoiceMark> {
  const marks = new Map<string, VoiceMark>();
  const used = new Set<string>();
  sortedPerspectives(doc).forEach((p, i) => {
    let short = initials(p.name);
    // Two perspectives with the same initials get a number, so the mark alone still tells them apart.
    for (let n = 2; used.has(short); n++) short = `${initials(p.name).slice(0, 2)}${n}`;
    used.add(short);
    marks.set(p.id, { key: p.id, name: p.name || 'Unnamed perspective', short, colour: MARK_COLOURS[i % MARK_COLOURS.length]! });
  });
  marks.set(NO_PERSPECTIVE, NO_VOICE_MARK);
  return marks;
}

/** The perspective a record came from on this map: a voice whose perspective was removed counts as none. */
export function perspectiveKey(doc: Pick<MapDocument, 'perspectives'>, record: { voice?: Voice }): string {
  const id = record.voice?.perspectiveId;
  return id && doc.perspectives[id] ? id : NO_PERSPECTIVE;
}

export interface VoiceCount {
  mark: VoiceMark;
  nodes: number;
  factors: number;
  links: number;
}

export interface VoiceBalance {
  /** Every perspective of the map in its order (those with nothing too), then "no voice". */
  rows: VoiceCount[];
  nodes: number;
  factors: number;
  links: number;
}

export function voiceBalance(doc: MapDocument): VoiceBalance {
  const marks = voiceMarks(doc);
  const rows = new Map<string, VoiceCount>([...marks].map(([key, mark]) => [key, { mark, nodes: 0, factors: 0, links: 0 }]));
  for (const n of Object.values(doc.nodes)) {
    const row = rows.get(perspectiveKey(doc, n))!;
    row.nodes++;
    if (n.kind === 'factor') row.factors++;
  }
  for (const l of Object.values(doc.links)) rows.get(perspectiveKey(doc, l))!.links++;
  return { rows: [...rows.values()], nodes: Object.keys(doc.nodes).length, factors: Object.values(doc.nodes).filter((n) => n.kind === 'factor').length, links: Object.keys(doc.links).length };
}

/** The people a default perspective names, for "9 from people with lived experience". */
const PEOPLE: Record<string, string> = {
  'Lived experience': 'people with lived experience',
  Practitioner: 'practitioners',
  Manager: 'managers',
  Commissioner: 'commissioners',
  'Partner organisation': 'partner organisations',
};

/**
 * The balance in one sentence: "64 factors from practitioners, 9 from people
 * with lived experience, 3 with no voice". Counts factors when the map has
 * any (they are what a system map is mostly made of), otherwise all nodes.
 */
export function balanceSentence(balance: VoiceBalance): string {
  const byFactors = balance.factors > 0;
  const word: string = byFactors ? 'factor' : 'node';
  const parts = balance.rows
    .map((r) => ({ r, n: byFactors ? r.factors : r.nodes }))
    .filter((x) => x.n > 0)
    // Most first; what has no voice comes last, whatever its size, so the sentence leads with who spoke.
    .sort((a, b) => Number(a.r.mark.key === NO_PERSPECTIVE) - Number(b.r.mark.key === NO_PERSPECTIVE) || b.n - a.n);
  if (!parts.length) return `No ${word}s yet.`;
  const text = parts.map(({ r, n }, i) => {
    const amount = i === 0 ? count(n, word) : formatNumber(n);
    return r.mark.key === NO_PERSPECTIVE ? `${amount} with no voice` : `${amount} from ${PEOPLE[r.mark.name] ?? r.mark.name}`;
  });
  return `${text.join(', ')}.`;
}

export interface VoicesLook {
  nodes: Map<Id, VoiceMark>;
  links: Map<Id, VoiceMark>;
}

/** The Voices lens: each node and link marked by the perspective it came from. */
export function voicesLook(doc: MapDocument): VoicesLook {
  const marks = voiceMarks(doc);
  const nodes = new Map<Id, VoiceMark>();
  const links = new Map<Id, VoiceMark>();
  for (const n of Object.values(doc.nodes)) nodes.set(n.id, marks.get(perspectiveKey(doc, n))!);
  for (const l of Object.values(doc.links)) links.set(l.id, marks.get(perspectiveKey(doc, l))!);
  return { nodes, links };
}

/** "Added by Sam (Lived experience)", "Added anonymously (Practitioner)", or null when nobody's voice is on it. */
export function addedBy(doc: MapDocument, record: { voice?: Voice }): string | null {
  const v = record.voice;
  if (!v) return null;
  const key = perspectiveKey(doc, record);
  const from = key === NO_PERSPECTIVE ? 'no perspective given' : (doc.perspectives[key]!.name || 'an unnamed perspective');
  return v.name ? `Added by ${v.name} (${from})` : `Added anonymously (${from})`;
}

/**
 * The part of the map that came from the chosen perspectives (ids, or
 * NO_PERSPECTIVE for what has no voice): their nodes, the links among those
 * nodes that also came from them, and the notes, log entries and
 * reflections they wrote. What goes is taken out as a deletion would, so
 * the sub-map is a whole map (no link or thread points at a missing node).
 */
export function voiceSubMap(doc: MapDocument, keep: ReadonlySet<string>): MapDocument {
  const kept = (r: { voice?: Voice }) => keep.has(perspectiveKey(doc, r));
  const goneNodes = Object.values(doc.nodes).filter((n) => !kept(n)).map((n) => n.id);
  const goneLinks = Object.values(doc.links).filter((l) => !kept(l)).map((l) => l.id);
  const pruned = removeElements(goneNodes, goneLinks).apply(doc);
  const nodes = Object.fromEntries(Object.entries(pruned.nodes).map(([id, n]) => [id, n.notes.every(kept) ? n : { ...n, notes: n.notes.filter(kept) }]));
  const experiments = Object.fromEntries(
    Object.entries(pruned.experiments).map(([id, e]) => [id, { ...e, log: Object.fromEntries(Object.entries(e.log).filter(([, entry]) => kept(entry))) }]),
  );
  const reflections = Object.fromEntries(Object.entries(pruned.reflections).filter(([, r]) => kept(r)));
  return { ...pruned, nodes, experiments, reflections };
}

/** "Lived experience and Practitioner", for the export's title block and the dialog. */
export function describeVoices(doc: MapDocument, keep: ReadonlySet<string>): string {
  const names = [...voiceMarks(doc).values()].filter((m) => keep.has(m.key)).map((m) => (m.key === NO_PERSPECTIVE ? 'no voice' : m.name));
  if (names.length <= 1) return names[0] ?? 'nobody';
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}
