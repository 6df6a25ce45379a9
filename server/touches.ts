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
 *
 * Each change is also given as its path of keys from the root, for rules
 * about single records (server/authorship.ts).
 */
import * as Y from 'yjs';

export interface Touches {
  /** Root collections the update writes into or deletes from. */
  collections: Set<string>;
  /** True when some item's place could not be found (it depends on something the room has not seen). */
  unresolved: boolean;
  /**
   * Each change as the keys leading to it from the root: ['comments', thread
   * id, 'comments', comment id, 'text'] for a comment's text written, ['linkViews',
   * view id] for a whole view added or deleted. `value` is what a new map entry holds
   * when it is plain JSON (a field's new value), so a rule can read, say, the voice
   * a new record is stamped with.
   */
  changes: Change[];
}

export interface Change {
  path: string[];
  deleted: boolean;
  value?: unknown;
}

type Parent = Y.AbstractType<unknown> | Y.ID | string | null;

/** The keys from the root down to a type already in the document (the root's name first). */
function pathOfType(type: Y.AbstractType<unknown>): string[] | null {
  const keys: string[] = [];
  let t: Y.AbstractType<unknown> = type;
  while (t._item) {
    if (t._item.parentSub === null) return null;
    keys.unshift(t._item.parentSub);
    t = t._item.parent as Y.AbstractType<unknown>;
  }
  try {
    return [Y.findRootTypeKey(t), ...keys];
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

/** A new map entry's plain value (ContentAny holds one JSON value per entry). */
function plainValue(item: Y.Item): unknown {
  const content = item.content as { arr?: unknown[] };
  return Array.isArray(content.arr) && content.arr.length === 1 ? content.arr[0] : undefined;
}

export function collectionsTouched(doc: Y.Doc, update: Uint8Array): Touches {
  const { structs, ds } = Y.decodeUpdate(update);
  const collections = new Set<string>();
  const changes: Change[] = [];
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

  /**
   * Where an item sits: the path of its parent, and its own key in a map
   * (null for an item in a sequence, such as text). Memoised: a hostile
   * update can chain items without end, so depth is bounded too.
   */
  interface Place {
    parent: string[];
    key: string | null;
  }
  const memo = new Map<Y.Item, Place | null>();
  const placeOfItem = (item: Y.Item, depth: number): Place | null => {
    if (memo.has(item)) return memo.get(item)!;
    if (depth > 64) return null;
    memo.set(item, null);
    const place = placeOfFresh(item, depth);
    memo.set(item, place);
    return place;
  };
  const pathOfPlace = (place: Place | null): string[] | null => (place && place.key !== null ? [...place.parent, place.key] : place ? place.parent : null);
  /** The path of the type an item's content makes (a record's Y.Map), for items placed in it. */
  const pathInside = (holder: Y.ID, depth: number): string[] | null => {
    const stored = storedItem(doc, holder);
    if (stored) return stored.content instanceof Y.ContentType ? pathOfType(stored.content.type as Y.AbstractType<unknown>) : null;
    const item = freshItem(holder);
    if (!item) return null;
    const place = placeOfItem(item, depth + 1);
    return place && place.key !== null ? [...place.parent, place.key] : null;
  };
  /** The place of an item beside which another is put: same parent, same key for a map entry. */
  const placeBeside = (id: Y.ID, depth: number): Place | null => {
    const stored = storedItem(doc, id);
    if (stored) {
      const parent = stored.parent instanceof Y.AbstractType ? pathOfType(stored.parent) : null;
      return parent ? { parent, key: stored.parentSub } : null;
    }
    const item = freshItem(id);
    return item ? placeOfItem(item, depth + 1) : null;
  };
  function placeOfFresh(item: Y.Item, depth: number): Place | null {
    const parent = item.parent as Parent;
    if (typeof parent === 'string') return { parent: [parent], key: item.parentSub };
    if (parent instanceof Y.AbstractType) {
      const path = pathOfType(parent);
      return path ? { parent: path, key: item.parentSub } : null;
    }
    if (parent) {
      const path = pathInside(parent, depth);
      return path ? { parent: path, key: item.parentSub } : null;
    }
    // No parent written: the item sits beside its origin (or right origin) and shares its parent and key.
    const beside = item.origin ?? item.rightOrigin;
    return beside ? placeBeside(beside, depth) : null;
  }

  for (const list of fresh.values()) {
    for (const item of list) {
      const path = pathOfPlace(placeOfItem(item, 0));
      if (path === null) {
        unresolved = true;
        continue;
      }
      collections.add(path[0]!);
      changes.push({ path, deleted: false, value: item.content instanceof Y.ContentAny ? plainValue(item) : undefined });
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
        const path = stored
          ? stored.parent instanceof Y.AbstractType
            ? (() => {
                const parent = pathOfType(stored.parent);
                return parent && stored.parentSub !== null ? [...parent, stored.parentSub] : parent;
              })()
            : null
          : pathOfPlace(placeOfItem(item, 0));
        if (path === null) {
          unresolved = true;
          continue;
        }
        collections.add(path[0]!);
        changes.push({ path, deleted: true });
      }
    }
  }
  return { collections, unresolved, changes };
}
