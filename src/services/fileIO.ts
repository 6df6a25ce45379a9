/** Saving a map to a .json file and reading one back, in the browser. */
import { formatProblems, parseMapText, serialiseMap, type LoadResult } from '../model/load.ts';
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

export async function readMapFile(file: File): Promise<LoadResult> {
  let text: string;
  try {
    text = await file.text();
  } catch (err) {
    return { ok: false, problems: [{ where: '', message: `could not read the file (${err instanceof Error ? err.message : String(err)})` }] };
  }
  return parseMapText(text);
}

export function describeFailure(fileName: string, problems: Parameters<typeof formatProblems>[0]): string {
  return `Could not open ${fileName}. Your open map has not changed.\n${formatProblems(problems)}`;
}
