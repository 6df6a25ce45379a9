/** The right-hand panel: edits whatever is selected, or the map when nothing is. */
import { useMapStore } from '../../ui/appSession.ts';
import { LinkInspector } from './LinkInspector.tsx';
import { MapInspector } from './MapInspector.tsx';
import { MultiInspector } from './MultiInspector.tsx';
import { NodeInspector } from './NodeInspector.tsx';

export function Inspector() {
  const selection = useMapStore((s) => s.selection);
  const node = useMapStore((s) => (s.selection.nodeIds.length === 1 && !s.selection.linkIds.length ? s.doc.nodes[s.selection.nodeIds[0]!] : undefined));
  const link = useMapStore((s) => (s.selection.linkIds.length === 1 && !s.selection.nodeIds.length ? s.doc.links[s.selection.linkIds[0]!] : undefined));
  const count = selection.nodeIds.length + selection.linkIds.length;
  const readOnly = useMapStore((s) => s.readOnly);

  return (
    <div className="inspector" role="region" aria-label="Inspector">
      {readOnly && (
        <p className="inspector__readonly" role="note">
          <strong>Read-only.</strong> {readOnly}
        </p>
      )}
      {node ? <NodeInspector key={node.id} node={node} /> : link ? <LinkInspector key={link.id} link={link} /> : count > 1 ? <MultiInspector /> : <MapInspector />}
    </div>
  );
}
