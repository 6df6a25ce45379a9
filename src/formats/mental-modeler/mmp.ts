/**
 * The Mental Modeler project file (.mmp), read from either of its encodings
 * into one plain shape.
 *
 * The desktop (Flash) and scenario apps save XML:
 *   <mentalModeler><info>…</info>
 *     <groupNames><groupName index="1">Name</groupName>…</groupNames>
 *     <concepts><concept><id/><name/><notes/><units/><group/><x/><y/>
 *       <relationships><relationship><id>target</id><name/><notes/><confidence/><influence/></relationship>…
 *     </concept>…</concepts>
 *     <scenarios><scenario><name/><concepts><concept><id/><selected/><influence/></concept>…</concepts></scenario></scenarios>
 *   </mentalModeler>
 * The web app saves the same fields as JSON ({ info, groupNames, concepts, scenarios },
 * every value usually a string). A relationship sits on the concept it comes
 * from and names the concept it influences; influence runs from −1 to 1 (or
 * the words H+ M+ L+ L- M- H-), confidence is a small whole number (0 = not set).
 *
 * Real files vary in ways the documented layout does not show: later versions
 * spell the root <mentalmodeler> in lower case, `selected` is "True"/"False" or
 * "true"/"false", and one version of the scenario app wrote group names as
 * elements named by number (<groupNames><0>Name</0>…), which is not XML (see
 * repairNumberedGroups).
 */
import { isRecord, numberOf, text } from '../map-builder.ts';
import { parseXml } from '../xml-safe.ts';

export interface MmpRelationship {
  /** The concept influenced. */
  id: string;
  notes: string;
  influence: number | null;
  confidence: number | null;
}

export interface MmpConcept {
  id: string;
  name: string;
  notes: string;
  units: string;
  group: string;
  x: number | null;
  y: number | null;
  relationships: MmpRelationship[];
}

export interface MmpScenario {
  name: string;
  concepts: { id: string; influence: number | null; selected: boolean }[];
}

export interface Mmp {
  name: string;
  author: string;
  description: string;
  groupNames: Record<string, string>;
  concepts: MmpConcept[];
  scenarios: MmpScenario[];
  /** Records that were not concepts or relationships at all (wrong type). */
  malformed: number;
}

/** Mental Modeler's own influence words and the numbers its code gives them. */
const INFLUENCE_WORDS: Record<string, number> = { 'H+': 1, 'M+': 0.62, 'L+': 0.25, 'L-': -0.25, 'M-': -0.62, 'H-': -1 };

export function influenceValue(value: unknown): number | null {
  const word = text(value).trim().toUpperCase();
  if (word in INFLUENCE_WORDS) return INFLUENCE_WORDS[word]!;
  const n = numberOf(value);
  return n === null ? null : Math.max(-1, Math.min(1, n));
}

/** A list from a JSON array, an XML repeated tag (already an array) or a wrapper such as <concepts><concept/>. */
function list(value: unknown, child: string): unknown[] {
  if (Array.isArray(value)) return value;
  if (isRecord(value)) {
    const inner = value[child];
    if (Array.isArray(inner)) return inner;
    if (inner !== undefined) return [inner];
  }
  return [];
}

/** Text from a JSON string or an XML element (which may be "", a string, or { "#text": … }). */
function field(value: unknown): string {
  if (isRecord(value)) return text(value['#text']);
  return text(value);
}

function relationshipOf(raw: unknown): MmpRelationship | null {
  if (!isRecord(raw)) return null;
  const id = field(raw.id).trim();
  if (!id) return null;
  return { id, notes: field(raw.notes), influence: influenceValue(field(raw.influence)), confidence: numberOf(field(raw.confidence)) };
}

function conceptOf(raw: unknown, counts: { malformed: number }): MmpConcept | null {
  if (!isRecord(raw)) {
    counts.malformed++;
    return null;
  }
  const relationships: MmpRelationship[] = [];
  for (const r of list(raw.relationships, 'relationship')) {
    const rel = relationshipOf(r);
    if (rel) relationships.push(rel);
    else counts.malformed++;
  }
  return {
    id: field(raw.id).trim(),
    name: field(raw.name),
    notes: field(raw.notes),
    units: field(raw.units),
    group: field(raw.group).trim(),
    x: numberOf(field(raw.x)),
    y: numberOf(field(raw.y)),
    relationships,
  };
}

function scenarioOf(raw: unknown): MmpScenario | null {
  if (!isRecord(raw)) return null;
  const concepts = list(raw.concepts, 'concept')
    .filter(isRecord)
    .map((c) => ({ id: field(c.id).trim(), influence: influenceValue(field(c.influence)), selected: field(c.selected).trim().toLowerCase() !== 'false' }))
    .filter((c) => c.id);
  return { name: field(raw.name).trim(), concepts };
}

function groupNamesOf(raw: unknown): Record<string, string> {
  const names: Record<string, string> = {};
  if (isRecord(raw) && 'groupName' in raw) {
    for (const g of list(raw, 'groupName')) {
      if (isRecord(g)) names[text(g['@_index'])] = field(g);
    }
  } else if (isRecord(raw)) {
    for (const [key, value] of Object.entries(raw)) names[key] = text(value);
  }
  return names;
}

export function fromObject(root: Record<string, unknown>): Mmp {
  const info = isRecord(root.info) ? root.info : {};
  const counts = { malformed: 0 };
  const concepts = list(root.concepts, 'concept')
    .map((c) => conceptOf(c, counts))
    .filter((c): c is MmpConcept => c !== null);
  const scenarios = list(root.scenarios, 'scenario')
    .map(scenarioOf)
    .filter((s): s is MmpScenario => s !== null);
  return {
    name: field(info.name),
    author: field(info.author),
    description: field(info.description),
    groupNames: groupNamesOf(root.groupNames),
    concepts,
    scenarios,
    malformed: counts.malformed,
  };
}

export class MmpProblem extends Error {
  override name = 'MmpProblem';
}

/**
 * One version of Mental Modeler's scenario app saved group names as elements
 * named by their number (<groupNames><0>…</0><1>…</1></groupNames>). No XML
 * parser accepts a name starting with a digit, so inside <groupNames> only,
 * such elements are read as the <groupName index="N"> the other versions write.
 */
export function repairNumberedGroups(xml: string): string {
  // indexOf, not one regular expression over the file: a crafted file must not make this slow.
  const start = xml.search(/<groupNames[\s>]/i);
  if (start < 0) return xml;
  const end = xml.toLowerCase().indexOf('</groupnames', start);
  if (end < 0) return xml;
  const block = xml.slice(start, end).replace(/<(\d+)(\s*)>/g, '<groupName index="$1"$2>').replace(/<\/\d+\s*>/g, '</groupName>');
  return xml.slice(0, start) + block + xml.slice(end);
}

/** Reads either encoding; throws MmpProblem (or XmlProblem) with a plain message. */
export async function parseMmp(source: string): Promise<Mmp> {
  const trimmed = source.trimStart();
  if (trimmed.startsWith('<')) {
    const doc = await parseXml(repairNumberedGroups(trimmed), { arrays: ['concept', 'relationship', 'groupName', 'scenario'] });
    // The Flash app wrote <mentalModeler>, later versions <mentalmodeler>.
    const rootName = Object.keys(doc).find((k) => k.toLowerCase() === 'mentalmodeler');
    const root = rootName ? doc[rootName] : undefined;
    if (!isRecord(root)) throw new MmpProblem('not a Mental Modeler file: the XML has no <mentalModeler> element');
    return fromObject(root);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(trimmed);
  } catch (err) {
    throw new MmpProblem(`not valid JSON (${err instanceof Error ? err.message : String(err)})`);
  }
  if (!isRecord(raw) || !Array.isArray(raw.concepts)) throw new MmpProblem('not a Mental Modeler file: expected a JSON object with a list of concepts');
  return fromObject(raw);
}
