/**
 * What every writer needs from a map: nodes with their theme and the notes
 * that may leave this machine (private notes only when the user asks), and a
 * file name from the title.
 */
import type { Theme, Link, MapDocument, MapNode } from '../../model/types.ts';
import type { ExportOptions } from '../types.ts';

export interface ExportNode {
  node: MapNode;
  theme: Theme | null;
  /** The notes that may be exported, joined by blank lines. */
  notes: string;
}

export interface ExportView {
  title: string;
  description: string;
  nodes: ExportNode[];
  links: Link[];
  themes: Theme[];
  /** Private notes kept out (the user did not ask for them). */
  privateLeft: number;
}

export function exportView(doc: MapDocument, options: ExportOptions): ExportView {
  const themes = Object.values(doc.clusters);
  const privateLeft = options.includePrivateNotes ? 0 : Object.values(doc.nodes).reduce((n, node) => n + node.notes.filter((note) => note.private).length, 0);
  const nodes = Object.values(doc.nodes).map((node) => ({
    node,
    theme: (node.clusterId && doc.clusters[node.clusterId]) || null,
    notes: node.notes
      .filter((n) => options.includePrivateNotes || !n.private)
      .map((n) => n.text)
      .join('\n\n'),
  }));
  return { title: doc.meta.title, description: doc.meta.description, nodes, links: Object.values(doc.links), themes, privateLeft };
}

/** The export dialog's and convert's line for private notes kept out, as the writers' `warnings`. */
export function privateWarnings(privateLeft: number): { warnings?: string[] } {
  return privateLeft ? { warnings: [`${privateLeft} private note${privateLeft === 1 ? '' : 's'} left out`] } : {};
}

/** "Why children miss school" -> "why-children-miss-school.graphml". */
export function exportFileName(doc: MapDocument, extension: string): string {
  const slug = doc.meta.title
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
  return `${slug || 'map'}.${extension}`;
}
