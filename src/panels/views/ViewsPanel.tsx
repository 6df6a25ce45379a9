/**
 * Saved views: save what the canvas shows (place, lens, filter) with a title
 * and a question for the group; show, rename, reorder and delete them; choose
 * which make the presentation; present it, or print it one view per page.
 */
import { useEffect, useRef, useState } from 'react';
import { newSavedView, presentation, saveView, sortedViews } from '../../model/savedViews.ts';
import { count } from '../../model/plural.ts';
import { useSavedViews } from '../../ui/useSavedViews.ts';
import { appSession, useMapStore, useViewStore } from '../../ui/appSession.ts';
import { ViewRow } from './ViewRow.tsx';
import { useExportPresentation } from './useExportPresentation.ts';
import { TextFields } from './TextFields.tsx';
import './views.css';

export function ViewsPanel() {
  const doc = useMapStore((s) => s.doc);
  const readOnly = useMapStore((s) => s.readOnly !== null);
  const present = useViewStore((s) => s.present);
  const controls = useSavedViews();
  const [title, setTitle] = useState('');
  const [question, setQuestion] = useState('');
  const views = sortedViews(doc);
  const steps = presentation(doc).length;
  const { exporting, exportPresentation } = useExportPresentation(controls.size);
  // After a move the row is re-ordered; focus stays on the button pressed (or its twin at an end).
  const [refocus, setRefocus] = useState<{ id: string; direction: 'up' | 'down' } | null>(null);
  const list = useRef<HTMLOListElement>(null);
  useEffect(() => {
    if (!refocus) return;
    const row = list.current?.querySelector(`[data-view="${CSS.escape(refocus.id)}"]`);
    const pressed = row?.querySelector<HTMLButtonElement>(`[data-move="${refocus.direction}"]`);
    const other = row?.querySelector<HTMLButtonElement>(`[data-move="${refocus.direction === 'up' ? 'down' : 'up'}"]`);
    (pressed && !pressed.disabled ? pressed : other)?.focus();
    setRefocus(null);
  }, [refocus]);

  const save = (e: React.FormEvent) => {
    e.preventDefault();
    const view = newSavedView(doc, { ...controls.capture(), title, question });
    appSession.map.getState().dispatch(saveView(view));
    setTitle('');
    setQuestion('');
  };

  return (
    <section className="views" aria-labelledby="views-heading">
      <h2 id="views-heading">Views</h2>
      <p className="muted">Save where the map is, its lens and filter, with a question for the group. The views in the presentation are shown in order, full screen.</p>
      {!readOnly && (
        <form className="views__save" onSubmit={save} aria-label="Save the current view">
          <TextFields idPrefix="new-view" title={title} question={question} onTitle={setTitle} onQuestion={setQuestion} />
          <button type="submit" className="primary">
            Save current view
          </button>
        </form>
      )}
      <div className="views__actions" role="group" aria-label="Presentation">
        <button type="button" className="primary" disabled={!steps} onClick={() => present(0)} title="Show the views in the presentation full screen: arrow keys, Page Up/Down or a clicker step through, Escape leaves">
          Present{steps ? ` (${count(steps, 'view')})` : ''}
        </button>
        <button type="button" disabled={!steps || exporting} onClick={() => void exportPresentation()} title="A PDF with one view per page, its title and question">
          {exporting ? 'Exporting PDF…' : 'Export presentation PDF'}
        </button>
      </div>
      {views.length === 0 ? (
        <p className="muted">No views yet. Move the map to what the group should look at, give it a title and a question, and save it.</p>
      ) : (
        <ol className="views__list" ref={list} aria-label="Saved views">
          {views.map((v, i) => (
            <ViewRow key={v.id} view={v} first={i === 0} last={i === views.length - 1} readOnly={readOnly} onShow={() => void controls.show(v)} onMoved={(direction) => setRefocus({ id: v.id, direction })} />
          ))}
        </ol>
      )}
    </section>
  );
}
