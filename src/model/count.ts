/**
 * How many records an id-keyed collection holds, worked out once per
 * collection object. Object.keys copies every key: on a 5,000-node map,
 * counting on every edit (autosave, the canvas) costs more than the edit.
 * Collections are never changed in place (operations make new ones), so the
 * count of an object stays true.
 */
const counts = new WeakMap<object, number>();

export function countOf(records: object): number {
  let n = counts.get(records);
  if (n === undefined) counts.set(records, (n = Object.keys(records).length));
  return n;
}
