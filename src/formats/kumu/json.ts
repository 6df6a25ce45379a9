/**
 * Kumu JSON: the project backup ("Export JSON") and the smaller blueprint.
 *
 * A backup holds elements and connections with an "_id" and their fields
 * under "attributes" ({"label", "element type", "description", "tags", …};
 * a connection has "from", "to", "direction", "delayed" and
 * "attributes": {"connection type", "strength", …}), loops (a label and the
 * connections in them), maps (each placing elements: {"element": id,
 * "position": {x, y}}), and perspectives (views' styles). A blueprint puts
 * the fields straight on each record ({"label": "A", "type": "Letter"}) and
 * may name elements by label in "from" and "to".
 */
import type { MapDocument } from '../../model/types.ts';
import { hexColour, isRecord, numberOf, text } from '../map-builder.ts';
import type { ExportOptions } from '../types.ts';
import { emptyData, KUMU_TYPE, type KumuData } from './model.ts';

const ELEMENT_KNOWN = new Set(['label', 'element type', 'type', 'description', 'tags', 'theme', 'theme color', 'color', 'notes', 'x', 'y', 'id', '_id']);
const CONNECTION_KNOWN = new Set(['connection type', 'type', 'strength', 'label', 'description', 'confidence', 'from', 'to', 'id', '_id', 'direction', 'delayed', 'reversed']);

const fieldsOf = (r: Record<string, unknown>) => (isRecord(r.attributes) ? { ...r, ...r.attributes } : r);
const words = (v: unknown): string[] => (Array.isArray(v) ? v.map(text).filter(Boolean) : text(v) ? text(v).split('|').map((s) => s.trim()).filter(Boolean) : []);
const idOf = (r: Record<string, unknown>) => text(r._id ?? r.id).trim();

export class KumuJsonProblem extends Error {
  override name = 'KumuJsonProblem';
}

export function looksLikeKumuJson(start: string): boolean {
  const s = start.trimStart();
  return s.startsWith('{') && !/"schemaVersion"\s*:/.test(s) && /"elements"\s*:\s*\[/.test(s) && !/"concepts"\s*:\s*\[/.test(s);
}

export function fromJson(raw: unknown, fallbackTitle: string): KumuData {
  if (!isRecord(raw) || !Array.isArray(raw.elements)) throw new KumuJsonProblem('not a Kumu JSON file: expected an object with a list of "elements"');
  const data = emptyData(text(raw.name).trim() || fallbackTitle);
  data.description = text(raw.description);
  const positions = new Map<string, { x: number; y: number }>();
  const maps = Array.isArray(raw.maps) ? raw.maps.filter(isRecord) : [];
  data.maps = maps.length;
  if (maps[0]) {
    if (text(maps[0].name).trim() && !text(raw.name).trim()) data.title = text(maps[0].name).trim();
    for (const placed of Array.isArray(maps[0].elements) ? maps[0].elements : []) {
      if (!isRecord(placed)) continue;
      const where = isRecord(placed.position) ? placed.position : placed;
      const x = numberOf(where.x);
      const y = numberOf(where.y);
      const element = text(placed.element ?? placed.elementId).trim();
      if (element && x !== null && y !== null) positions.set(element, { x, y });
    }
  }
  for (const record of raw.elements) {
    if (!isRecord(record)) continue;
    const f = fieldsOf(record);
    for (const key of Object.keys(f)) if (!ELEMENT_KNOWN.has(key.toLowerCase()) && key !== 'attributes') data.otherFields.add(key);
    const id = idOf(record);
    const at = positions.get(id) ?? (numberOf(f.x) !== null && numberOf(f.y) !== null ? { x: numberOf(f.x)!, y: numberOf(f.y)! } : null);
    data.elements.push({
      id,
      label: text(f.label).trim(),
      type: text(f['element type'] ?? f.type),
      description: text(f.description),
      tags: words(f.tags),
      theme: text(f.theme).trim(),
      themeColour: hexColour(f['theme color'] ?? f.color),
      notes: words(f.notes),
      x: at?.x ?? null,
      y: at?.y ?? null,
    });
  }
  for (const record of Array.isArray(raw.connections) ? raw.connections : []) {
    if (!isRecord(record)) continue;
    const f = fieldsOf(record);
    for (const key of Object.keys(f)) if (!CONNECTION_KNOWN.has(key.toLowerCase()) && key !== 'attributes') data.otherFields.add(key);
    const reversed = record.reversed === true;
    data.connections.push({
      id: idOf(record),
      from: text(reversed ? record.to : record.from).trim(),
      to: text(reversed ? record.from : record.to).trim(),
      type: text(f['connection type'] ?? f.type),
      strength: text(f.strength),
      direction: text(record.direction ?? f.direction),
      delayed: record.delayed === true || f.delayed === true,
      label: text(f.label),
      description: text(f.description),
      confidence: text(f.confidence),
    });
  }
  for (const record of Array.isArray(raw.loops) ? raw.loops : []) {
    if (!isRecord(record)) continue;
    const f = fieldsOf(record);
    const members = Array.isArray(f.connections) ? f.connections : [];
    data.loops.push({
      label: text(f.label),
      connections: members.map((m) => (isRecord(m) ? text(m.connection ?? m._id ?? m.id) : text(m))).filter(Boolean),
    });
  }
  data.perspectives = (Array.isArray(raw.perspectives) ? raw.perspectives.length : 0) + (Array.isArray(raw.views) ? raw.views.length : 0);
  return data;
}

/** The map as a Kumu project backup; loops named in the map become Kumu loops. */
export function toJson(doc: MapDocument, options: ExportOptions): { text: string; privateLeft: number } {
  const kindName = { actor: 'Actor', factor: 'Factor', outcome: 'Outcome' } as const;
  let privateLeft = 0;
  const elements = Object.values(doc.nodes).map((n) => {
    const theme = n.clusterId ? doc.clusters[n.clusterId] : undefined;
    const notes = n.notes.filter((note) => options.includePrivateNotes || !note.private).map((note) => note.text);
    privateLeft += n.notes.length - notes.length;
    return {
      _id: n.id,
      attributes: {
        label: n.label,
        'element type': kindName[n.kind],
        description: n.description,
        tags: n.tags,
        ...(theme ? { theme: theme.name, 'theme color': theme.colour } : {}),
        ...(notes.length ? { notes } : {}),
      },
    };
  });
  const connections = Object.values(doc.links).map((l) => ({
    _id: l.id,
    from: l.source,
    to: l.target,
    direction: 'directed',
    delayed: l.delay,
    reversed: false,
    attributes: { 'connection type': KUMU_TYPE[l.polarity], strength: l.strength, confidence: l.confidence, label: l.label, description: l.evidence },
  }));
  const loops = Object.entries(doc.loopNames ?? {})
    .map(([key, label], i) => ({ _id: `loop-${i + 1}`, attributes: { label, connections: key.split(',').map(decodeURIComponent) } }))
    .filter((loop) => loop.attributes.connections.every((id) => id in doc.links));
  const backup = {
    name: doc.meta.title,
    description: doc.meta.description,
    elements,
    connections,
    loops,
    maps: [
      {
        _id: 'map-1',
        name: doc.meta.title,
        elements: Object.values(doc.nodes).map((n) => ({ _id: `placed-${n.id}`, element: n.id, position: { x: Math.round(n.position.x), y: Math.round(n.position.y) } })),
        connections: connections.map((c) => ({ _id: `drawn-${c._id}`, connection: c._id })),
        loops: loops.map((l) => ({ _id: `drawn-${l._id}`, loop: l._id })),
      },
    ],
  };
  return { text: JSON.stringify(backup, null, 2) + '\n', privateLeft };
}
