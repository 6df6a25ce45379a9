/** "Added by Sam (Lived experience)" under a node's or link's heading: whose voice put it on the map, in words. */
import type { Voice } from '../../model/types.ts';
import { useMapStore } from '../../ui/appSession.ts';
import { addedBy } from '../../views/voices.ts';

export function AddedBy({ record }: { record: { voice?: Voice } }) {
  const doc = useMapStore((s) => s.doc);
  const text = addedBy(doc, record);
  return <p className="muted added-by">{text ?? 'No voice recorded'}</p>;
}
