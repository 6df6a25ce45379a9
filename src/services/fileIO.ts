/** Saving a map to a .json file and reading one back, in the browser. */
import { formatProblems, parseMapText, serialiseMap, type LoadResult } from '../model/load.ts';
import type { MapDocument } from '../model/types.ts';
import { count } from '../model/plural.ts';
import { READERS } from '../formats/detect.ts';
import { extensionOf } from '../formats/shared/text.ts';

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
    return { ok: false, problems: [{ where: '', message: `the browser could not read the file (${err instanceof Error ? err.message : String(err)}); try saving it again, or copying it to this computer first` }] };
  }
  const result = parseMapText(text);
  if (!result.ok) {
    const tool = otherTool(file.name, text);
    if (tool) return { ok: false, problems: [{ where: '', message: `it is a ${tool} file, not a System Canvas map` }] };
  }
  return result;
}

/** Another tool's file, recognised by its content (or its extension), by the tool's name. */
function otherTool(name: string, text: string): string | null {
  const head = text.slice(0, 8192);
  if (head.trimStart().startsWith('{') && /"schemaVersion"\s*:/.test(head)) return null;
  const file = { name, bytes: new TextEncoder().encode(head) };
  const reader = READERS.find((r) => r.sniff(file)) ?? READERS.find((r) => r.extensions.includes(extensionOf(name)));
  return reader?.tool ?? null;
}

/** zod's wording ("Invalid input: expected object, received undefined") in the words of someone who made the file. */
function plainProblem(message: string): string {
  return message
    .replace(/^Invalid input: expected (\w+), received undefined$/, 'missing: it should be $1')
    .replace(/^Invalid input: expected (\w+), received (\w+)$/, 'should be $1, not $2')
    .replace(/\brecord\b/g, 'a list of named entries')
    .replace(/\bexpected object\b|should be object\b/g, (m) => m.replace('object', 'a group of fields'))
    .replace(/^Invalid option: expected one of (.*)$/, 'should be one of $1');
}

const STILL_OPEN = 'Your open map has not changed.';

/**
 * What went wrong, what it means and what to do, in that order: the first
 * line is the headline of the message, the rest are its details.
 */
export function describeFailure(fileName: string, problems: Parameters<typeof formatProblems>[0]): string {
  const first = problems[0];
  const json = problems.find((p) => p.message.startsWith('not valid JSON'));
  if (problems.length === 1 && first && /^it is a .+ file, not a System Canvas map$/.test(first.message)) {
    const tool = first.message.replace(/^it is a (.+) file, not a System Canvas map$/, '$1');
    return `${fileName} is a ${tool} file, not a System Canvas map. ${STILL_OPEN}\nTo use it here, convert it first on the command line: system-canvas convert "${fileName}" --to system-canvas --out map.json, then open map.json.`;
  }
  if (json) {
    const where = json.where && json.where !== 'top level' ? ` at ${json.where}` : '';
    const detail = json.message.replace(/^not valid JSON\s*/, '').replace(/^\((.*)\)$/, '$1');
    return `${fileName} is not a System Canvas map: it is not valid JSON${where}${detail ? ` (${detail})` : ''}. ${STILL_OPEN}\nIf you edited it by hand, look there for a missing comma, quote or bracket; otherwise open the copy you saved from System Canvas.`;
  }
  const notOurs = problems.find((p) => p.message.startsWith('not a System Canvas map'));
  if (notOurs) return `${fileName} is ${notOurs.message}. ${STILL_OPEN}\nSystem Canvas opens the .json files it saves (Save…); check you picked the right file.`;
  const lines = problems.map((p) => (p.where ? `${p.where}: ${plainProblem(p.message)}` : plainProblem(p.message)));
  return `Could not open ${fileName}: ${problems.length === 1 ? 'one part of it' : `${count(problems.length, 'part')} of it`} could not be read. ${STILL_OPEN}\n${lines.join('\n')}`;
}
