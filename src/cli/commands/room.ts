/** room export: a room's current map as a normal map file, checked like any file the app opens. */
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { DEFAULT_OPTIONS } from '../../../server/config.ts';
import { readRoomMap } from '../../../server/export-room.ts';
import { serialiseMap } from '../../model/load.ts';
import { defineCommand, EXIT_FAILED, EXIT_OK, EXIT_USAGE } from '../types.ts';

export type WriteText = (path: string, text: string) => Promise<void>;

export function makeRoomCommand(write: WriteText = (path, text) => writeFile(path, text, 'utf8')) {
  return defineCommand({
    name: 'room',
    summary: "work with a live room's stored map",
    usage: 'export <room> --out <file>',
    details: `<room> is the room id, or a room link or capability holding it. Reads the server's data folder (--data, or DATA_DIR, default ${DEFAULT_OPTIONS.dataDir}); the server may keep running.`,
    options: {
      out: { type: 'string', short: 'o', description: 'the map file to write', valueName: 'file' },
      data: { type: 'string', short: 'd', description: "the room server's data folder", valueName: 'folder' },
    },
    positionals: { min: 2, max: 2, name: 'room' },
    async run({ positionals, options }, io) {
      const [action, room = ''] = positionals;
      if (action !== 'export') {
        io.err(`system-canvas room: unknown action "${action}"; the only one is export`);
        return EXIT_USAGE;
      }
      if (!options.out) {
        io.err('system-canvas room export: --out <file> is needed, e.g. --out map.json');
        return EXIT_USAGE;
      }
      const dataDir = resolve(options.data ?? (process.env.DATA_DIR || DEFAULT_OPTIONS.dataDir));
      const result = readRoomMap(dataDir, room);
      if (!result.ok) {
        for (const p of result.problems) io.err(`room ${room}: ${p.where ? `${p.where}: ` : ''}${p.message}`);
        return EXIT_FAILED;
      }
      await write(options.out, serialiseMap(result.doc));
      io.out(`wrote ${options.out} (${Object.keys(result.doc.nodes).length} nodes, ${Object.keys(result.doc.links).length} links)`);
      return EXIT_OK;
    },
  });
}

export const roomCommand = makeRoomCommand();
