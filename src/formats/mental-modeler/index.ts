/**
 * Mental Modeler (.mmp): fuzzy-cognitive maps from participatory modelling
 * workshops. Concepts become factors, groups become themes, relationships
 * become links (influence −1..1 gives polarity and strength), and scenarios
 * become what-if set-ups so the team can rerun them here.
 */
import { MAX_FILE_BYTES } from '../../model/load.ts';
import type { Confidence, Id, MapDocument } from '../../model/types.ts';
import { MAX_STRENGTH } from '../../model/types.ts';
import { XmlProblem } from '../xml-safe.ts';
import { baseName, decodeText, failure, head, MapBuilder } from '../map-builder.ts';
import type { ExportedFile, ExportOptions, ImportOutcome, InputFile, WhatIfSetup } from '../types.ts';
import { MmpProblem, parseMmp, type Mmp } from './mmp.ts';
import { toJson, toXml } from './write.ts';

const FORMAT = 'mental-modeler' as const;
const TOOL = 'Mental Modeler';

export function sniff(file: InputFile): boolean {
  const start = head(file.bytes).trimStart();
  if (start.startsWith('<')) return /<mentalModeler[\s>]/i.test(start);
  if (!start.startsWith('{') || /"schemaVersion"\s*:/.test(start)) return false;
  return /"concepts"\s*:\s*\[/.test(start) && /"(groupNames|relationships|preferredState|influence)"\s*:/.test(head(file.bytes, 65536));
}

/** Mental Modeler confidence (a small whole number, 0 = not set) in our three words. */
function confidenceOf(value: number | null): Confidence {
  if (value === null) return 'medium';
  if (value >= 2) return 'high';
  if (value <= -1) return 'low';
  return 'medium';
}

function themeName(mmp: Mmp, group: string): string | null {
  const name = (mmp.groupNames[group] ?? '').trim();
  if (name) return name;
  // Group 0 is where every concept starts: unnamed, it means "no group".
  if (!group || group === '0') return null;
  return `Group ${group}`;
}

export async function read(file: InputFile): Promise<ImportOutcome> {
  if (file.bytes.length > MAX_FILE_BYTES) return failure(FORMAT, '', `the file is ${(file.bytes.length / 1048576).toFixed(1)} MB; maps are at most ${MAX_FILE_BYTES / 1048576} MB`);
  let mmp: Mmp;
  try {
    mmp = await parseMmp(decodeText(file.bytes));
  } catch (err) {
    if (err instanceof MmpProblem || err instanceof XmlProblem) return failure(FORMAT, '', err.message);
    throw err;
  }
  if (!mmp.concepts.length) return failure(FORMAT, 'concepts', 'the file has no concepts');
  const b = new MapBuilder(FORMAT, TOOL, mmp.name || file.name.replace(/\.[^.]+$/, ''));
  if (mmp.description) b.setDescription(mmp.description);

  const ids = new Map<string, Id>();
  let noId = 0;
  let duplicates = 0;
  let units = 0;
  const placed = mmp.concepts.filter((c) => c.x !== null && c.y !== null).length;
  for (const c of mmp.concepts) {
    if (!c.id) {
      noId++;
      continue;
    }
    if (ids.has(c.id)) {
      duplicates++;
      continue;
    }
    if (c.units.trim()) units++;
    ids.set(
      c.id,
      b.addNode({
        label: c.name.trim() || `Concept ${c.id}`,
        description: c.notes,
        tags: c.units.trim() ? [`units: ${c.units.trim()}`] : [],
        themeName: themeName(mmp, c.group),
        position: placed === mmp.concepts.length ? { x: c.x!, y: c.y! } : null,
      }),
    );
  }

  let links = 0;
  let dangling = 0;
  let selfLinks = 0;
  let noInfluence = 0;
  for (const c of mmp.concepts) {
    const source = ids.get(c.id);
    if (!source) continue;
    for (const r of c.relationships) {
      const target = ids.get(r.id);
      if (!target) {
        dangling++;
        continue;
      }
      const influence = r.influence ?? 0;
      if (influence === 0) noInfluence++;
      const made = b.addLink(source, target, {
        polarity: influence > 0 ? '+' : influence < 0 ? '-' : '?',
        // Influence 1 is our strongest link (3); two decimals undo the rounding of the file.
        strength: influence === 0 ? 1 : Math.round(Math.abs(influence) * MAX_STRENGTH * 100) / 100,
        confidence: confidenceOf(r.confidence),
        evidence: r.notes,
      });
      if (made) links++;
      else selfLinks++;
    }
  }

  const scenarios: WhatIfSetup[] = [];
  let emptyScenarios = 0;
  for (const [i, s] of mmp.scenarios.entries()) {
    const inputs: Record<Id, number> = {};
    for (const c of s.concepts) {
      const node = ids.get(c.id);
      // Mental Modeler treats an empty or zero influence as "not clamped".
      if (node && c.influence) inputs[node] = c.influence;
    }
    if (Object.keys(inputs).length) scenarios.push({ name: s.name || `Scenario ${i + 1}`, inputs });
    else emptyScenarios++;
  }

  b.line('concepts', ids.size, 'read');
  b.line('relationships', links, 'read');
  b.line('groups', new Set(mmp.concepts.map((c) => themeName(mmp, c.group)).filter(Boolean)).size, 'read', 'became themes, in our colours: Mental Modeler files keep no group colours');
  b.line('scenarios', scenarios.length, 'read', 'became what-if set-ups');
  b.line('concept units', units, 'read', 'kept as tags ("units: …")');
  b.line('relationships with no influence', noInfluence, 'guessed', 'read as unknown polarity (?), weak');
  b.line('scenarios with no clamped concept', emptyScenarios, 'skipped');
  b.line('concepts without an id', noId, 'skipped');
  b.line('concepts with an id used before', duplicates, 'skipped', 'the first concept with each id was kept');
  b.line('relationships to concepts not in the file', dangling, 'skipped');
  b.line('relationships from a concept to itself', selfLinks, 'skipped', 'a link must join two different nodes');
  b.line('records of the wrong type', mmp.malformed, 'skipped');
  if (placed > 0 && placed < mmp.concepts.length) b.line('concepts without a position', mmp.concepts.length - placed, 'guessed', 'the map will be laid out');
  return b.finish(scenarios);
}

/** Options for this writer on top of everyone's: the encoding and the what-if set-ups to save as scenarios. */
export interface MentalModelerOptions extends ExportOptions {
  encoding?: 'xml' | 'json';
  scenarios?: WhatIfSetup[];
}

export async function write(doc: MapDocument, options: MentalModelerOptions): Promise<ExportedFile> {
  const { text, warnings } = options.encoding === 'json' ? toJson(doc, options) : toXml(doc, options);
  return {
    fileName: `${baseName(doc)}.mmp`,
    mimeType: options.encoding === 'json' ? 'application/json' : 'application/xml',
    data: text,
    ...(warnings.length ? { warnings } : {}),
  };
}
