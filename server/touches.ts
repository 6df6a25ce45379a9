/**
 * Which of the room's collections (src/sync/shape.ts: a Y.Map per
 * collection at the document's root) an incoming Yjs update would change,
 * found before the update is applied, so the guard can refuse a write to a
 * part the sender may not change. Every new item names its parent, directly
 * (a root collection by name, or the item of a record's Y.Map by id) or
 * through its left or right neighbour; ids are looked up among the update's
 * own new items first, then in the room's document. Deletions are looked up
 * in the document; an update carries the sender's whole delete set, so
 * what the room has already deleted is not counted.
 */
import * as Y from 'yjs';

export interface Touches {
  /** Root collections the update writes into or deletes from. */
  collections: Set<string>;
  /** True when some item's place could not be found (it depends on something the room has not seen). */
  unresolved: boolean;
}

type Parent = Y.AbstractType<unknown> | Y.ID | string | null;

/** The root name above a type already in the document. */
function rootOfType(type: Y.AbstractType<unknown>): string | null {
  let t: Y.AbstractType<unknown> = type;
  while (t._item) t = t._item.parent as Y.AbstractType<unknown>;
  try {
    return Y.findRootTypeKey(t);
  } catch {
    return null;
  }
}

function storedItem(doc: Y.Doc, id: Y.ID): Y.Item | null {
  const structs = doc.store.clients.get(id.client);
  if (!structs?.length) return null;
  const last = structs[structs.length - 1]!;
  if (id.clock >= last.id.clock + last.length) return null;
  try {
    const struct = structs[Y.findIndexSS(structs, id.clock)];
    return struct instanceof Y.Item ? struct : null;
  } catch {
    return null;
  }
}

export function collectionsTouched(doc: Y.Doc, update: Uint8Array): Touches {
  const { structs, ds } = Y.decodeUpdate(update);
  const collections = new Set<string>();
  let unresolved = false;

  // The update's own new items, by client, to find a parent created in the same update.
  const fresh = new Map<number, Y.Item[]>();
  for (const s of structs) {
    if (!(s instanceof Y.Item)) continue;
    const list = fresh.get(s.id.client) ?? [];
    list.push(s);
    fresh.set(s.id.client, list);
  }
  const freshItem = (id: Y.ID): Y.Item | null =>
    fresh.get(id.client)?.find((i) => id.clock >= i.id.clock && id.clock < i.id.clock + i.length) ?? null;

  const memo = new Map<Y.Item, string | null>();
  const rootOfItem = (item: Y.Item, depth: number): string | null => {
    if (memo.has(item)) return memo.get(item)!;
    // A hostile update can chain items without end; a real map is a few levels deep.
    if (depth > 64) return null;
    memo.set(item, null);
    const root = rootOfParent(item.parent as Parent, item, depth);
    memo.set(item, root);
    return root;
  };
  const rootOfId = (id: Y.ID, depth: number): string | null => {
    const stored = storedItem(doc, id);
    if (stored) return rootOfType(stored.parent as Y.AbstractType<unknown>);
    const item = freshItem(id);
    return item ? rootOfItem(item, depth + 1) : null;
  };
  function rootOfParent(parent: Parent, item: Y.Item, depth: number): string | null {
    if (typeof parent === 'string') return parent;
    if (parent instanceof Y.AbstractType) return rootOfType(parent);
    if (parent) {
      // The parent is the item holding a record's (or a thread's) Y.Map: its own parent leads to the root.
      const stored = storedItem(doc, parent);
      if (stored) return stored.content instanceof Y.ContentType ? rootOfType(stored.content.type as Y.AbstractType<unknown>) : null;
      const holder = freshItem(parent);
      return holder ? rootOfItem(holder, depth + 1) : null;
    }
    // No parent written: the item sits beside its origin (or right origin) and shares its parent.
    const beside = item.origin ?? item.rightOrigin;
    return beside ? rootOfId(beside, depth) : null;
  }

  for (const item of fresh.values()) {
    for (const i of item) {
      const root = rootOfItem(i, 0);
      if (root === null) unresolved = true;
      else collections.add(root);
    }
  }
  for (const [client, ranges] of ds.clients) {
    for (const range of ranges) {
      for (let clock = range.clock; clock < range.clock + range.len; ) {
        const stored = storedItem(doc, new Y.ID(client, clock));
        const item = stored ?? freshItem(new Y.ID(client, clock));
        if (!item) {
          // Deleting what the room does not have changes nothing here.
          break;
        }
        clock = item.id.clock + item.length;
        // An update carries its sender's whole delete set: what the room already deleted is no change.
        if (stored?.deleted) continue;
        const root = item.parent instanceof Y.AbstractType ? rootOfType(item.parent) : rootOfItem(item, 0);
        if (root === null) unresolved = true;
        else collections.add(root);
      }
    }
  }
  return { collections, unresolved };
}
