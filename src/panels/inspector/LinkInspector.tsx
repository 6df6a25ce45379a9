/** Every field of one relationship: "A influences B", how strongly, in which direction, how sure we are. */
import { removeElements, reverseLink, updateLink, type LinkPatch } from '../../model/operations.ts';
import { useReadOnly } from './readOnly.ts';
import { CONFIDENCES, STRENGTH_LEVELS, strengthLevel, type Link, type Polarity, type StrengthLevel } from '../../model/types.ts';
import { useMapStore } from '../../ui/appSession.ts';
import { CheckField, ChoiceField, TextField } from './fields.tsx';
import { AddedBy } from './AddedBy.tsx';
import { CommentsSection } from './CommentsSection.tsx';
import { LinkViews } from './LinkViews.tsx';
import { StartRound } from '../rounds/StartRound.tsx';

const POLARITY_OPTIONS: { value: Polarity; label: string }[] = [
  { value: '+', label: '+ Same' },
  { value: '-', label: '− Opposite' },
  { value: '?', label: '? Unknown' },
];

function describeLink(link: Link, from: string, to: string): string {
  if (link.polarity === '+') return `More “${from}” → more “${to}”`;
  if (link.polarity === '-') return `More “${from}” → less “${to}”`;
  return `“${from}” affects “${to}” in an unknown or mixed way`;
}

export function LinkInspector({ link }: { link: Link }) {
  const readOnly = useReadOnly();
  const nodes = useMapStore((s) => s.doc.nodes);
  const dispatch = useMapStore((s) => s.dispatch);
  const select = useMapStore((s) => s.select);
  const from = nodes[link.source]?.label ?? '?';
  const to = nodes[link.target]?.label ?? '?';
  const edit = (patch: LinkPatch, field: string) => dispatch(updateLink(link.id, patch, `Edit link ${field}`), { coalesceKey: `link:${link.id}:${field}` });

  return (
    <section aria-labelledby="inspector-heading">
      <h2 id="inspector-heading">Link</h2>
      <AddedBy record={link} />
      <p className="link-ends">
        <button type="button" className="link-button" onClick={() => select({ nodeIds: [link.source] })}>
          {from}
        </button>{' '}
        <span aria-label="influences">→</span>{' '}
        <button type="button" className="link-button" onClick={() => select({ nodeIds: [link.target] })}>
          {to}
        </button>
      </p>
      <p className="muted" aria-live="polite">
        {describeLink(link, from, to)}
      </p>
      <ChoiceField label="Polarity" value={link.polarity} options={POLARITY_OPTIONS} onChange={(polarity) => edit({ polarity }, 'polarity')} />
      <ChoiceField<StrengthLevel>
        label="Strength"
        value={strengthLevel(link.strength)}
        options={(Object.keys(STRENGTH_LEVELS) as StrengthLevel[]).map((s) => ({ value: s, label: s[0]!.toUpperCase() + s.slice(1) }))}
        onChange={(level) => edit({ strength: STRENGTH_LEVELS[level] }, 'strength')}
      />
      <ChoiceField
        label="Confidence"
        value={link.confidence}
        options={CONFIDENCES.map((c) => ({ value: c, label: c[0]!.toUpperCase() + c.slice(1) }))}
        onChange={(confidence) => edit({ confidence }, 'confidence')}
      />
      <CheckField label="Delayed effect (takes a while to show)" checked={link.delay} onChange={(delay) => edit({ delay }, 'delay')} />
      <TextField label="Link label" value={link.label} onChange={(label) => edit({ label }, 'label')} />
      <TextField label="Evidence" multiline value={link.evidence} placeholder="What makes us think so?" onChange={(evidence) => edit({ evidence }, 'evidence')} />
      <div className="inspector__actions">
        <button type="button" disabled={readOnly} onClick={() => dispatch(reverseLink(link.id))}>
          Reverse direction
        </button>
        <button type="button" className="danger" disabled={readOnly} onClick={() => dispatch(removeElements([], [link.id]), { select: {} })}>
          Delete link
        </button>
      </div>
      <LinkViews link={link} />
      <StartRound linkIds={[link.id]} what="this link" />
      <CommentsSection target={{ kind: 'link', id: link.id }} what={`the link ${from} → ${to}`} />
    </section>
  );
}
