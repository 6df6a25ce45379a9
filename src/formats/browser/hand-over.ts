/**
 * What the import worker hands the page. Another tool's map comes back as
 * its report plus the map as JSON text: a message's objects are rebuilt on
 * the main thread as it arrives, which for 2,000 nodes and 6,000 links is a
 * long task; text crosses as one block and is parsed only if the user opens
 * the map. Our own maps open at once, so they come as objects.
 */
import type { MapDocument } from '../../model/types.ts';
import type { OpenedFiles } from '../open-files.ts';
import type { ImportOutcome, ImportResult } from '../types.ts';

/** The report of another tool's map, without the map. */
export type ImportSummary = Omit<ImportResult, 'doc'> & { title: string; nodeCount: number };

type Files = { used: string[]; notOpened: string[] };

export type OpenedForThePage = Files &
  (
    | Extract<OpenedFiles, { kind: 'own' }>
    | { kind: 'other'; outcome: Extract<ImportOutcome, { ok: false }> }
    | { kind: 'imported'; summary: ImportSummary; docJson: string }
  );

/** The page's side: the report now, the map when asked. */
export type OpenedInThePage = Exclude<OpenedForThePage, { kind: 'imported' }> | (Files & { kind: 'imported'; summary: ImportSummary; doc(): MapDocument });

export function forThePage(opened: OpenedFiles): OpenedForThePage {
  if (opened.kind === 'own' || !opened.outcome.ok) return opened as OpenedForThePage;
  const { doc, ...rest } = opened.outcome.result;
  return {
    kind: 'imported',
    used: opened.used,
    notOpened: opened.notOpened,
    summary: { ...rest, title: doc.meta.title, nodeCount: Object.keys(doc.nodes).length },
    docJson: JSON.stringify(doc),
  };
}

export function inThePage(opened: OpenedForThePage): OpenedInThePage {
  if (opened.kind !== 'imported') return opened;
  const { docJson, ...rest } = opened;
  return { ...rest, doc: () => JSON.parse(docJson) as MapDocument };
}
