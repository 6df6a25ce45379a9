/** validate: checks map files exactly as the app does when it opens them. */
import type { MapDocument } from '../../model/types.ts';
import { readMapFile } from '../read-map.ts';
import { defineCommand, EXIT_FAILED, EXIT_OK } from '../types.ts';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

function describeMap(doc: MapDocument, migratedFrom: number | null): string {
  const parts = [
    plural(Object.keys(doc.nodes).length, 'node'),
    plural(Object.keys(doc.links).length, 'link'),
    // Themes are called themes everywhere the user sees them.
    plural(Object.keys(doc.clusters).length, 'theme'),
    `schemaVersion ${doc.schemaVersion}`,
  ];
  if (migratedFrom !== null) parts.push(`upgraded from schemaVersion ${migratedFrom}`);
  return parts.join(', ');
}

export const validateCommand = defineCommand({
  name: 'validate',
  summary: 'check map files and list every problem',
  usage: '<file> [more files...]',
  details: 'Exits with 0 when every file is a valid map, 1 when any file is invalid or cannot be read.',
  options: {},
  positionals: { min: 1, name: 'file' },
  async run({ positionals }, io) {
    let invalid = 0;
    for (const path of positionals) {
      const result = await readMapFile(path, io);
      if (result.ok) {
        io.out(`ok  ${path}  (${describeMap(result.doc, result.migratedFrom)})`);
        continue;
      }
      invalid++;
      for (const p of result.problems) io.err(`${path}: ${p.where ? `${p.where}: ` : ''}${p.message}`);
    }
    if (positionals.length > 1) {
      const summary = `${plural(positionals.length, 'file')} checked, ${invalid} invalid`;
      if (invalid) io.err(summary);
      else io.out(summary);
    }
    return invalid ? EXIT_FAILED : EXIT_OK;
  },
});
