/** A room's current map, read straight from the data folder (the server may be running). */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import * as Y from 'yjs';
import { parseMapValue, type LoadResult } from '../src/model/load.ts';
import { isRoomId } from './capabilities.ts';
import { yDocToMapValue } from './map-doc.ts';
import { DATABASE_FILE, openRoomStore } from './store.ts';

/** The room id in what the user typed: the id itself, a capability, or a link holding either. */
export function roomIdFrom(text: string): string | null {
  if (isRoomId(text)) return text;
  const capability = /v1\.([A-Za-z0-9_-]{24})\.(?:view|edit|facilitator)\./.exec(text);
  if (capability) return capability[1]!;
  const inLink = /(?:^|[^A-Za-z0-9_-])([A-Za-z0-9_-]{24})(?:$|[^A-Za-z0-9_-])/.exec(text);
  return inLink ? inLink[1]! : null;
}

export function readRoomMap(dataDir: string, roomText: string): LoadResult {
  const fail = (message: string): LoadResult => ({ ok: false, problems: [{ where: '', message }] });
  const room = roomIdFrom(roomText);
  if (!room) return fail(`"${roomText}" is not a room id (24 letters, digits, - and _) or a room link`);
  if (!existsSync(join(dataDir, DATABASE_FILE))) return fail(`there are no rooms in ${dataDir}; pass the server's data folder with --data`);
  const store = openRoomStore(dataDir);
  try {
    if (!store.getRoom(room)) return fail(`there is no room ${room} in ${dataDir}`);
    const doc = new Y.Doc();
    for (const update of store.loadUpdates(room)) Y.applyUpdate(doc, update);
    return parseMapValue(yDocToMapValue(doc, room));
  } finally {
    store.close();
  }
}
