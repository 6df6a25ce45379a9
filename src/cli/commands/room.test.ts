import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { mapToYDoc } from '../../../server/map-doc.ts';
import { openRoomStore } from '../../../server/store.ts';
import { EXAMPLE_MAP, tempDataDir } from '../../../server/test-support.ts';
import { parseMapText } from '../../model/load.ts';
import { runCli } from '../run.ts';
import type { CliIo } from '../types.ts';
import { COMMANDS } from './index.ts';
import { makeRoomCommand } from './room.ts';

const ROOM = 'RoomRoomRoomRoomRoom_-12';

function io() {
  const out: string[] = [];
  const err: string[] = [];
  const cli: CliIo = { out: (l) => void out.push(l), err: (l) => void err.push(l), readFile: async () => '' };
  return { out, err, cli };
}

function roomWithOneEdit(dir: string): void {
  const parsed = parseMapText(readFileSync(EXAMPLE_MAP, 'utf8'));
  if (!parsed.ok) throw new Error('example does not load');
  const doc = mapToYDoc(parsed.doc);
  const store = openRoomStore(dir);
  store.createRoom(ROOM, Y.encodeStateAsUpdate(doc));
  doc.on('update', (u: Uint8Array) => store.appendUpdate(ROOM, u));
  (doc.getMap<Y.Map<unknown>>('nodes').get('n_healthy_weight_across_the_population') as Y.Map<unknown>).set('label', 'Edited in the room');
  store.close();
}

describe('room export', () => {
  it('writes the room’s current map as a file the loader accepts', async () => {
    const data = tempDataDir();
    try {
      roomWithOneEdit(data.dir);
      const written = new Map<string, string>();
      const { out, err, cli } = io();
      const command = makeRoomCommand(async (path, text) => void written.set(path, text));
      const code = await runCli(['room', 'export', `v1.${ROOM}.edit.signature`, '--out', 'map.json', '--data', data.dir], cli, [command]);
      expect(err).toEqual([]);
      expect(code).toBe(0);
      expect(out[0]).toMatch(/^wrote map\.json \(118 nodes, 310 links\)/);
      const map = parseMapText(written.get('map.json') ?? '');
      expect(map.ok).toBe(true);
      if (map.ok) expect(map.doc.nodes.n_healthy_weight_across_the_population?.label).toBe('Edited in the room');
    } finally {
      data.remove();
    }
  });

  it('says plainly when the room or the data folder is not there', async () => {
    const data = tempDataDir();
    try {
      const command = makeRoomCommand(async () => undefined);
      const missing = io();
      expect(await runCli(['room', 'export', ROOM, '--out', 'x.json', '--data', data.dir], missing.cli, [command])).toBe(1);
      expect(missing.err[0]).toMatch(/there are no rooms in .*--data/);
      roomWithOneEdit(data.dir);
      const unknown = io();
      expect(await runCli(['room', 'export', 'AAAAAAAAAAAAAAAAAAAAAAAA', '--out', 'x.json', '--data', data.dir], unknown.cli, [command])).toBe(1);
      expect(unknown.err[0]).toMatch(/there is no room AAAA/);
      const noOut = io();
      expect(await runCli(['room', 'export', ROOM, '--data', data.dir], noOut.cli, [command])).toBe(2);
      expect(noOut.err[0]).toMatch(/--out <file> is needed/);
    } finally {
      data.remove();
    }
  });

  it('is listed with serve in the CLI help', async () => {
    const { out, cli } = io();
    await runCli(['help'], cli, COMMANDS);
    expect(out.some((l) => l.includes('room export <room> --out <file>'))).toBe(true);
    expect(out.some((l) => l.trim().startsWith('serve'))).toBe(true);
  });
});
