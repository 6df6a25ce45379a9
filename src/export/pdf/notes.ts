/**
 * The notes appendix. Private notes stay out unless the user asked for
 * them, and are marked as private when they are in.
 */
import type { MapDocument, Note } from '../../model/types.ts';
import { formatDay } from './experiments.ts';
import { BODY, MUTED, type Flow } from './flow.ts';

const PRIVATE = '#9b1c1c';

function notesToPrint(doc: MapDocument, includePrivate: boolean): { label: string; notes: Note[] }[] {
  return Object.values(doc.nodes)
    .map((n) => ({ label: n.label, notes: n.notes.filter((note) => note.text.trim() && (includePrivate || !note.private)) }))
    .filter((n) => n.notes.length)
    .sort((a, b) => a.label.localeCompare(b.label, 'en-GB'));
}

export function drawNotes(flow: Flow, doc: MapDocument, includePrivate: boolean): void {
  const groups = notesToPrint(doc, includePrivate);
  flow.newPage();
  flow.heading('Notes', 1);
  flow.paragraph(includePrivate ? 'Including private notes: handle this copy with care.' : 'Private notes are not included.', {
    colour: includePrivate ? PRIVATE : MUTED,
    bold: includePrivate,
    after: 8,
  });
  if (!groups.length) flow.paragraph('No notes on this map.', { colour: MUTED });
  for (const g of groups) {
    flow.heading(g.label, 3, 30);
    for (const note of g.notes) {
      const date = formatDay(note.createdAt.slice(0, 10));
      flow.paragraph(`${note.private ? 'PRIVATE · ' : ''}${date}`, { size: BODY - 1.5, colour: note.private ? PRIVATE : MUTED, bold: note.private, indent: 8, after: 0 });
      flow.paragraph(note.text, { indent: 8, after: 6 });
    }
  }
}
