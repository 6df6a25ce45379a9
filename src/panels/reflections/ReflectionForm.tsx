/**
 * "Record what we noticed": a dated note about the selected nodes, and about
 * the saved view it was noticed in when the map has views. Also edits one.
 */
import { useId, useState } from 'react';
import { addReflection, newReflection, todayIso, updateReflection } from '../../model/reflections.ts';
import { MAX_TEXT } from '../../model/schema.ts';
import type { Id, Reflection } from '../../model/types.ts';
import { currentVoice } from '../../services/room/identity.ts';
import { useMapStore } from '../../ui/appSession.ts';
import { count } from '../../model/plural.ts';
import '../comments/comments.css';

interface Props {
  /** The nodes it is about: the selection for a new one. */
  nodeIds: Id[];
  editing?: Reflection;
  onDone(): void;
}

export function ReflectionForm({ nodeIds, editing, onDone }: Props) {
  const views = useMapStore((s) => s.doc.views);
  const nodes = useMapStore((s) => s.doc.nodes);
  const [text, setText] = useState(editing?.text ?? '');
  const [date, setDate] = useState(editing?.date ?? todayIso());
  const [viewId, setViewId] = useState<Id | null>(editing?.viewId ?? null);
  const id = useId();
  const about = (editing?.nodeIds ?? nodeIds).filter((n) => nodes[n]);
  const viewList = Object.values(views).sort((a, b) => a.order - b.order);
  return (
    <form
      className="reflection-form"
      aria-label={editing ? 'Edit what we noticed' : 'Record what we noticed'}
      onSubmit={(e) => {
        e.preventDefault();
        if (!text.trim()) return;
        const { dispatch, doc } = useMapStore.getState();
        dispatch(editing ? updateReflection(editing.id, { text, date, viewId }) : addReflection(newReflection({ text, date, viewId, nodeIds: about, voice: currentVoice(doc) })));
        onDone();
      }}
    >
      <label htmlFor={`${id}-text`}>
        <strong>What we noticed</strong>
      </label>
      <textarea id={`${id}-text`} rows={3} maxLength={MAX_TEXT} value={text} autoFocus onChange={(e) => setText(e.target.value)} />
      <p className="muted">
        {about.length ? `About ${count(about.length, 'node')}: ${about.map((n) => nodes[n]!.label || '(no label)').join(', ')}` : 'About the whole map (select nodes first to tie it to them).'}
      </p>
      <div className="row">
        <label>
          Date <input type="date" value={date} onChange={(e) => setDate(e.target.value)} />
        </label>
        {viewList.length > 0 && (
          <label>
            Noticed in{' '}
            <select value={viewId ?? ''} onChange={(e) => setViewId(e.target.value || null)}>
              <option value="">No particular view</option>
              {viewList.map((v) => (
                <option key={v.id} value={v.id}>
                  {v.title || 'Untitled view'}
                </option>
              ))}
            </select>
          </label>
        )}
      </div>
      <div className="row">
        <button type="submit" disabled={!text.trim()}>
          {editing ? 'Save' : 'Record it'}
        </button>
        <button type="button" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}

/** A button that opens the form for the current selection. */
export function RecordWhatWeNoticed() {
  const [open, setOpen] = useState(false);
  const nodeIds = useMapStore((s) => s.selection.nodeIds);
  const readOnly = useMapStore((s) => s.readOnly !== null);
  if (readOnly) return null;
  return open ? (
    <ReflectionForm nodeIds={nodeIds} onDone={() => setOpen(false)} />
  ) : (
    <button type="button" onClick={() => setOpen(true)}>
      Record what we noticed
    </button>
  );
}
