/** Test helpers: clients of one room exchanging their whole state directly. */
import * as Y from 'yjs';
import { SharedMap } from '../sharedMap.ts';

/** Brings `to` up to date with everything `from` has. */
export function send(from: Y.Doc, to: Y.Doc): void {
  Y.applyUpdate(to, Y.encodeStateAsUpdate(from, Y.encodeStateVector(to)), 'remote');
}

/** Two-way exchange between every pair: afterwards they all hold the same state. */
export function syncAll(...docs: Y.Doc[]): void {
  for (const a of docs) for (const b of docs) if (a !== b) send(a, b);
}

/** A client of a room with its own Y.Doc. */
/** A client; a fixed Yjs client id makes concurrent edits resolve the same way on every run. */
export function client(clientID?: number): SharedMap {
  const ydoc = new Y.Doc();
  if (clientID !== undefined) ydoc.clientID = clientID;
  return new SharedMap(ydoc);
}
