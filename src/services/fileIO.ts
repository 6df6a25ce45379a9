/** Saving a map to a .json file, in the browser, and saying why a file could not be opened. */
import { formatProblems, serialiseMap } from '../model/load.ts';
import type { MapDocument } from '../model/types.ts';

function fileNameFor(doc: MapDocument): string {
  const slug = doc.meta.title
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{Mark}/gu, '')
    .replace(/[^\p{Letter}\p{Number}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return `${slug || 'map'}.json`;
}

/** Hands a file to the browser's downloads. */
export function downloadBlob(blob: Blob, name: string) {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function downloadMap(doc: MapDocument) {
  downloadBlob(new Blob([serialiseMap(doc)], { type: 'application/json' }), fileNameFor(doc));
}

export function describeFailure(fileName: string, problems: Parameters<typeof formatProblems>[0]): string {
  return `Could not open ${fileName}. Your open map has not changed.\n${formatProblems(problems)}`;
}
