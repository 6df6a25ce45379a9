/**
 * Kumu's spreadsheet import layout, shared by the xlsx and CSV formats.
 * Elements sheet: Label (or ID then Label) first, then Type, Description,
 * Tags and any other fields. Connections sheet: From and To first (or ID
 * first), then Type, Strength and more. Header names are matched without
 * regard to case; sheets named "(ignore)" are skipped, as Kumu does.
 */
import type { MapDocument } from '../../model/types.ts';
import type { ExportOptions } from '../types.ts';
import { emptyData, KUMU_TYPE, split, type KumuData } from './model.ts';

export interface Sheet {
  name: string;
  rows: string[][];
}

const ELEMENT_FIELDS = new Set(['id', 'label', 'type', 'element type', 'description', 'tags', 'theme', 'theme color', 'theme colour', 'notes', 'x', 'y']);
const CONNECTION_FIELDS = new Set(['id', 'from', 'to', 'type', 'connection type', 'strength', 'direction', 'delay', 'delayed', 'label', 'description', 'confidence']);

export type SheetKind = 'elements' | 'connections' | null;

export function sheetKind(sheet: Sheet): SheetKind {
  if (/\(ignore\)/i.test(sheet.name)) return null;
  const header = (sheet.rows[0] ?? []).map((h) => h.trim().toLowerCase());
  const first = header[0] === 'id' ? 1 : 0;
  if (header[first] === 'from' && header[first + 1] === 'to') return 'connections';
  if (header[first] === 'label') return 'elements';
  return null;
}

function records(sheet: Sheet, known: Set<string>, other: Set<string>): Record<string, string>[] {
  const header = (sheet.rows[0] ?? []).map((h) => h.trim().toLowerCase());
  for (const h of header) if (h && !known.has(h)) other.add(h);
  return sheet.rows
    .slice(1)
    .filter((row) => row.some((cell) => cell.trim()))
    .map((row) => Object.fromEntries(header.map((h, i) => [h, row[i] ?? ''])));
}

const num = (s: string | undefined) => (s !== undefined && s.trim() !== '' && Number.isFinite(Number(s)) ? Number(s) : null);

/** Reads the sheets that have Kumu's layout; returns null when none has. */
export function fromSheets(sheets: Sheet[], title: string): KumuData | null {
  const data = emptyData(title);
  let found = false;
  for (const sheet of sheets) {
    const kind = sheetKind(sheet);
    if (kind === 'elements') {
      found = true;
      for (const r of records(sheet, ELEMENT_FIELDS, data.otherFields)) {
        data.elements.push({
          id: (r.id ?? '').trim(),
          label: (r.label ?? '').trim(),
          type: r.type ?? r['element type'] ?? '',
          description: r.description ?? '',
          tags: split(r.tags ?? ''),
          theme: (r.theme ?? '').trim(),
          themeColour: (r['theme color'] ?? r['theme colour'] ?? '').trim() || null,
          notes: split(r.notes ?? ''),
          x: num(r.x),
          y: num(r.y),
        });
      }
    } else if (kind === 'connections') {
      found = true;
      for (const r of records(sheet, CONNECTION_FIELDS, data.otherFields)) {
        data.connections.push({
          id: (r.id ?? '').trim(),
          from: (r.from ?? '').trim(),
          to: r.to ?? '',
          type: r.type ?? r['connection type'] ?? '',
          strength: r.strength ?? '',
          direction: r.direction ?? '',
          delayed: /^(true|yes|1)$/i.test((r.delay ?? r.delayed ?? '').trim()),
          label: r.label ?? '',
          description: r.description ?? '',
          confidence: r.confidence ?? '',
        });
      }
    }
  }
  for (const theme of data.elements) if (theme.themeColour && !/^#?[0-9a-f]{3,6}$/i.test(theme.themeColour)) theme.themeColour = null;
  return found ? data : null;
}

/** The map as Kumu's two import sheets; ids keep links right when labels repeat. */
export function toSheets(doc: MapDocument, options: ExportOptions): { elements: string[][]; connections: string[][]; privateLeft: number } {
  let privateLeft = 0;
  const kindName = { actor: 'Actor', factor: 'Factor', outcome: 'Outcome' } as const;
  const elements = [['ID', 'Label', 'Type', 'Description', 'Tags', 'Theme', 'Theme color', 'Notes', 'X', 'Y']];
  for (const n of Object.values(doc.nodes)) {
    const theme = n.clusterId ? doc.clusters[n.clusterId] : undefined;
    const notes = n.notes.filter((note) => options.includePrivateNotes || !note.private);
    privateLeft += n.notes.length - notes.length;
    elements.push([
      n.id,
      n.label,
      kindName[n.kind],
      n.description,
      n.tags.map((t) => t.replace(/\|/g, '/')).join('|'),
      theme?.name ?? '',
      theme?.colour ?? '',
      notes.map((note) => note.text.replace(/\|/g, '/')).join('|'),
      String(Math.round(n.position.x)),
      String(Math.round(n.position.y)),
    ]);
  }
  const connections = [['ID', 'From', 'To', 'Type', 'Strength', 'Confidence', 'Delay', 'Label', 'Description']];
  for (const l of Object.values(doc.links)) {
    connections.push([l.id, l.source, l.target, KUMU_TYPE[l.polarity], String(l.strength), l.confidence, l.delay ? 'true' : '', l.label, l.evidence]);
  }
  return { elements, connections, privateLeft };
}
