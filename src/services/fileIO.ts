/** Saving a map to a .json file, in the browser, and saying why a file could not be opened. */
import { formatProblems, serialiseMap } from '../model/load.ts';
import type { MapDocument } from '../model/types.ts';
import { count } from '../model/plural.ts';

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
  const json = problems.find((p) => p.message.startsWith('not valid JSON'));
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
