/** A node's links, and a keyboard way to add one: pick the other node and the direction of influence. */
import { useId, useMemo, useRef, useState } from 'react';
import { useReadOnly } from './readOnly.ts';
import { addLink, newLink } from '../../model/operations.ts';
import type { MapNode, Polarity } from '../../model/types.ts';
import { useMapStore } from '../../ui/appSession.ts';
import { POLARITY_MARK } from '../../draw/linkStyle.ts';
import { focusLink } from '../../ui/focus.ts';
import { otherNodes, type OtherNodes } from './otherNodes.ts';

export function NodeLinks({ node }: { node: MapNode }) {
  const readOnly = useReadOnly();
  const doc = useMapStore((s) => s.doc);
  const [target, setTarget] = useState('');
  const [polarity, setPolarity] = useState<Polarity>('+');
  const targetId = useId();
  const polarityId = useId();
  const links = useMemo(() => Object.values(doc.links).filter((l) => l.source === node.id || l.target === node.id), [doc.links, node.id]);
  // Kept while only this node changes (its own label being typed), and so are the list's thousands of options on a big map.
  const lastOthers = useRef<OtherNodes | null>(null);
  const others = useMemo(() => (lastOthers.current = otherNodes(doc.nodes, node.id, lastOthers.current)).sorted, [doc.nodes, node.id]);
  const options = useMemo(
    () =>
      others.map((n) => (
        <option key={n.id} value={n.id}>
          {n.label}
        </option>
      )),
    [others],
  );
  const select = useMapStore((s) => s.select);

  return (
    <fieldset className="field links">
      <legend>Links ({links.length})</legend>
      <ul className="links__list">
        {links.map((l) => {
          const out = l.source === node.id;
          const other = doc.nodes[out ? l.target : l.source];
          return (
            <li key={l.id}>
              <button type="button" className="link-button" onClick={() => select({ linkIds: [l.id] })}>
                {out ? `→ ${POLARITY_MARK[l.polarity]} ${other?.label}` : `← ${POLARITY_MARK[l.polarity]} from ${other?.label}`}
              </button>
            </li>
          );
        })}
      </ul>
      <div className="links__add">
        <label htmlFor={targetId}>Link to</label>
        <select id={targetId} disabled={readOnly} value={target} onChange={(e) => setTarget(e.target.value)}>
          <option value="">Choose a node…</option>
          {options}
        </select>
        <label htmlFor={polarityId}>Polarity</label>
        <select id={polarityId} disabled={readOnly} value={polarity} onChange={(e) => setPolarity(e.target.value as Polarity)}>
          <option value="+">+ same direction</option>
          <option value="-">− opposite direction</option>
          <option value="?">? unknown</option>
        </select>
        <button
          type="button"
          disabled={readOnly || !target}
          onClick={() => {
            const link = newLink(node.id, target, { polarity });
            useMapStore.getState().dispatch(addLink(link), { select: { linkIds: [link.id] } });
            setTarget('');
            // The inspector now shows the new link and this button is gone: keep focus on the link itself.
            focusLink(link.id, node.id);
          }}
        >
          Add link
        </button>
      </div>
    </fieldset>
  );
}
