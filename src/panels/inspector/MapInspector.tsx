/** With nothing selected, the inspector edits the map itself and its themes. */
import { memo, useMemo } from 'react';
import { addTheme, newTheme, removeTheme, setFocalOutcome, updateTheme, updateMeta } from '../../model/operations.ts';
import { useReadOnly } from './readOnly.ts';
import { SCALE_LABELS, SYSTEM_SCALES, type SystemScale } from '../../model/types.ts';
import { useShallow } from 'zustand/react/shallow';
import { useMapStore } from '../../ui/appSession.ts';
import { ListField, SelectField, TextField } from './fields.tsx';
import { count } from '../../model/plural.ts';
import { MapVoices } from './MapVoices.tsx';
import { ProfileLine } from '../live/ProfileLine.tsx';
import { MAP_TARGET } from '../../model/comments.ts';
import { CommentsSection } from './CommentsSection.tsx';

// Each part reads only what it shows: in a live room the map changes many times a second (mapParts.ts).
export function MapInspector() {
  // Not the whole of meta: every change to the map stamps its time there.
  const meta = useMapStore(
    useShallow((s) => {
      const m = s.doc.meta;
      return { title: m.title, description: m.description, focalNodeId: m.focalNodeId, scale: m.scale, authors: m.authors.join('\u0000') };
    }),
  );
  const authors = useMemo(() => (meta.authors ? meta.authors.split('\u0000') : []), [meta.authors]);
  const dispatch = useMapStore((s) => s.dispatch);
  const outcomes = useMapStore(useShallow((s) => Object.values(s.doc.nodes).filter((n) => n.kind === 'outcome')));
  const nodeCount = useMapStore((s) => Object.keys(s.doc.nodes).length);
  const linkCount = useMapStore((s) => Object.keys(s.doc.links).length);
  const themeCount = useMapStore((s) => Object.keys(s.doc.clusters).length);

  return (
    <section aria-labelledby="inspector-heading">
      <h2 id="inspector-heading">Map</h2>
      <p className="muted">
        {count(nodeCount, 'node')} · {count(linkCount, 'link')} · {count(themeCount, 'theme')}
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
      <ListField label="Authors (comma separated)" values={authors} onChange={(authors) => dispatch(updateMeta({ authors }, 'Edit authors'))} />
      <ThemesField />
      <MapVoices />
      <CommentsSection target={MAP_TARGET} what="the map" />
    </section>
  );
}

// Memoised: the inspector around it re-renders with the map; the themes only when they change.
const ThemesField = memo(function ThemesField() {
  const readOnly = useReadOnly();
  const dispatch = useMapStore((s) => s.dispatch);
  const clusters = useMapStore((s) => s.doc.clusters);
  const themes = Object.values(clusters);
  return (
    <fieldset className="field themes">
      <legend>Themes</legend>
      {themes.map((c) => (
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
          const theme = newTheme(useMapStore.getState().doc, `Theme ${themes.length + 1}`);
          dispatch(addTheme(theme));
        }}
      >
        Add theme
      </button>
    </fieldset>
  );
});
