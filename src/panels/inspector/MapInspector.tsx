/** With nothing selected, the inspector edits the map itself and its themes. */
import { addTheme, newTheme, removeTheme, setFocalOutcome, updateTheme, updateMeta } from '../../model/operations.ts';
import { useReadOnly } from './readOnly.ts';
import { SCALE_LABELS, SYSTEM_SCALES, type SystemScale } from '../../model/types.ts';
import { useMapStore } from '../../ui/appSession.ts';
import { ListField, SelectField, TextField } from './fields.tsx';
import { count } from '../../model/plural.ts';
import { MapVoices } from './MapVoices.tsx';
import { ProfileLine } from '../live/ProfileLine.tsx';
import { MAP_TARGET } from '../../model/comments.ts';
import { CommentsSection } from './CommentsSection.tsx';

export function MapInspector() {
  const readOnly = useReadOnly();
  const doc = useMapStore((s) => s.doc);
  const dispatch = useMapStore((s) => s.dispatch);
  const { meta } = doc;
  const outcomes = Object.values(doc.nodes).filter((n) => n.kind === 'outcome');
  const nodeCount = Object.keys(doc.nodes).length;
  const linkCount = Object.keys(doc.links).length;

  return (
    <section aria-labelledby="inspector-heading">
      <h2 id="inspector-heading">Map</h2>
      <p className="muted">
        {count(nodeCount, 'node')} · {count(linkCount, 'link')} · {count(Object.keys(doc.clusters).length, 'theme')}
      </p>
      <ProfileLine />
      <TextField label="Title" value={meta.title} onChange={(title) => dispatch(updateMeta({ title }, 'Edit title'), { coalesceKey: 'meta:title' })} />
      <TextField
        label="Description"
        multiline
        value={meta.description}
        onChange={(description) => dispatch(updateMeta({ description }, 'Edit description'), { coalesceKey: 'meta:description' })}
      />
      <SelectField
        label="Focal outcome"
        value={meta.focalNodeId ?? ''}
        options={[{ value: '', label: outcomes.length ? 'None chosen' : 'Add an outcome first' }, ...outcomes.map((o) => ({ value: o.id, label: o.label }))]}
        onChange={(id) => dispatch(setFocalOutcome(id || null))}
      />
      <SelectField<SystemScale>
        label="System scale"
        value={meta.scale}
        options={SYSTEM_SCALES.map((s) => ({ value: s, label: SCALE_LABELS[s] }))}
        onChange={(scale) => dispatch(updateMeta({ scale }, 'Edit scale'))}
      />
      <ListField label="Authors (comma separated)" values={meta.authors} onChange={(authors) => dispatch(updateMeta({ authors }, 'Edit authors'))} />
      <fieldset className="field themes">
        <legend>Themes</legend>
        {Object.values(doc.clusters).map((c) => (
          <div key={c.id} className="theme-row">
            <input
              type="color"
              disabled={readOnly}
              value={c.colour}
              aria-label={`Colour of theme ${c.name}`}
              onChange={(e) => dispatch(updateTheme(c.id, { colour: e.target.value }), { coalesceKey: `theme:${c.id}:colour` })}
            />
            <input
              type="text"
              readOnly={readOnly}
              value={c.name}
              aria-label="Theme name"
              onChange={(e) => dispatch(updateTheme(c.id, { name: e.target.value }), { coalesceKey: `theme:${c.id}:name` })}
            />
            <button type="button" className="link-button" disabled={readOnly} aria-label={`Delete theme ${c.name}`} onClick={() => dispatch(removeTheme(c.id))}>
              Delete
            </button>
          </div>
        ))}
        <button
          type="button"
          disabled={readOnly}
          onClick={() => {
            const theme = newTheme(doc, `Theme ${Object.keys(doc.clusters).length + 1}`);
            dispatch(addTheme(theme));
          }}
        >
          Add theme
        </button>
      </fieldset>
      <MapVoices />
      <CommentsSection target={MAP_TARGET} what="the map" />
    </section>
  );
}
