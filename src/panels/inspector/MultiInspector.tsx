/** Several things selected: give them a theme together, or delete them together. */
import { useMemo } from 'react';
import { batch, updateNode } from '../../model/operations.ts';
import { useReadOnly } from './readOnly.ts';
import { appSession, useMapStore } from '../../ui/appSession.ts';
import { deleteSelection } from '../../services/actions.ts';
import { ThemeSelect } from './ThemeSelect.tsx';
import { count } from '../../model/plural.ts';
import { RecordWhatWeNoticed } from '../reflections/ReflectionForm.tsx';
import { StartRound } from '../rounds/StartRound.tsx';

export function MultiInspector() {
  const readOnly = useReadOnly();
  const selection = useMapStore((s) => s.selection);
  const dispatch = useMapStore((s) => s.dispatch);
  const { nodeIds, linkIds } = selection;
  const links = useMapStore((s) => s.doc.links);
  // A round on what is selected: the links chosen, and the links between the nodes chosen.
  const toRate = useMemo(() => {
    const chosen = new Set(nodeIds);
    const ids = new Set(linkIds);
    for (const l of Object.values(links)) if (chosen.has(l.source) && chosen.has(l.target)) ids.add(l.id);
    return [...ids];
  }, [links, nodeIds, linkIds]);
  return (
    <section aria-labelledby="inspector-heading">
      <h2 id="inspector-heading">
        {count(nodeIds.length, 'node')}, {count(linkIds.length, 'link')} selected
      </h2>
      {nodeIds.length > 0 && (
        <ThemeSelect
          value={null}
          onChange={(clusterId) => dispatch(batch('Set theme', nodeIds.map((id) => updateNode(id, { clusterId }))))}
        />
      )}
      {nodeIds.length > 0 && <RecordWhatWeNoticed />}
      <div className="inspector__actions">
        <button type="button" className="danger" disabled={readOnly} onClick={() => deleteSelection(appSession)}>
          Delete selected
        </button>
      </div>
      <StartRound linkIds={toRate} what={linkIds.length === toRate.length ? undefined : `the ${count(toRate.length, 'link')} among the selection`} />
    </section>
  );
}
