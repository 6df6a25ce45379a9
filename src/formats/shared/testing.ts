/**
 * Test helpers shared by the formats' tests: a small map that uses every
 * field a format might carry, and the comparisons a round trip checks.
 * Not imported by app code.
 */
import { createMap, newLink, newNode } from '../../model/operations.ts';
import type { MapDocument } from '../../model/types.ts';
import type { ImportOutcome, ImportResult, InputFile } from '../types.ts';

export function sampleMap(): MapDocument {
  const doc = createMap({ title: 'Why children miss school', description: 'First workshop & notes <draft>' });
  doc.clusters = {
    c_home: { id: 'c_home', name: 'Home life', colour: '#e69f00', description: '' },
    c_school: { id: 'c_school', name: 'School', colour: '#0072b2', description: '' },
  };
  const parents = newNode('actor', { x: 0, y: 0 }, { id: 'n_parents', label: 'Parents & carers', clusterId: 'c_home', tags: ['family'] });
  parents.notes = [
    { id: 'note_pub', text: 'Ask the forum.', private: false, createdAt: doc.meta.createdAt },
    { id: 'note_priv', text: 'Secret: Mrs B said no.', private: true, createdAt: doc.meta.createdAt },
  ];
  const fares = newNode('factor', { x: -240, y: 200 }, { id: 'n_fares', label: 'Bus fares', description: 'Cost of a "return" ticket', clusterId: 'c_home' });
  const attend = newNode('outcome', { x: 320, y: 100 }, { id: 'n_attend', label: 'School attendance', clusterId: 'c_school' });
  const worry = newNode('factor', { x: 160, y: 420 }, { id: 'n_worry', label: 'Worry about bullying' });
  const lone = newNode('factor', { x: 600, y: -80 }, { id: 'n_lone', label: 'Weather', clusterId: 'c_school' });
  doc.nodes = { n_parents: parents, n_fares: fares, n_attend: attend, n_worry: worry, n_lone: lone };
  doc.meta.focalNodeId = 'n_attend';
  doc.links = {
    l_1: newLink('n_parents', 'n_attend', { id: 'l_1', polarity: '+', strength: 3, confidence: 'high', label: 'take children in', evidence: 'Survey 2023' }),
    l_2: newLink('n_fares', 'n_attend', { id: 'l_2', polarity: '-', strength: 1, confidence: 'low', delay: true }),
    l_3: newLink('n_worry', 'n_attend', { id: 'l_3', polarity: '-', strength: 2 }),
    l_4: newLink('n_attend', 'n_worry', { id: 'l_4', polarity: '?', strength: 2 }),
  };
  return doc;
}

export function fileOf(name: string, data: string | Uint8Array): InputFile {
  return { name, bytes: typeof data === 'string' ? new TextEncoder().encode(data) : data };
}

export function expectOk(outcome: ImportOutcome): ImportResult {
  if (!outcome.ok) throw new Error(`import failed: ${outcome.problems.map((p) => `${p.where}: ${p.message}`).join('; ')}`);
  return outcome.result;
}

/** Links as "source label -> target label polarity strength", sorted, for comparing maps whose ids differ. */
export function linkSummary(doc: MapDocument): string[] {
  return Object.values(doc.links)
    .map((l) => `${doc.nodes[l.source]!.label} -> ${doc.nodes[l.target]!.label} ${l.polarity} ${l.strength}`)
    .sort();
}

/** Node label -> theme name, for comparing themes. */
export function themeSummary(doc: MapDocument): Record<string, string | null> {
  return Object.fromEntries(Object.values(doc.nodes).map((n) => [n.label, n.clusterId ? doc.clusters[n.clusterId]!.name : null]));
}

export function positionSummary(doc: MapDocument): Record<string, string> {
  return Object.fromEntries(Object.values(doc.nodes).map((n) => [n.label, `${n.position.x},${n.position.y}`]));
}

export function reportCount(result: ImportResult, what: string): number {
  return result.report.find((r) => r.what === what)?.count ?? 0;
}
