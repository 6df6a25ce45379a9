/** One saved view in the list: show it, edit its title and question, reorder, put in or out of the presentation, delete. */
import { useState } from 'react';
import { moveView, removeView, setPresented, updateView } from '../../model/savedViews.ts';
import type { SavedView } from '../../model/types.ts';
import { savedLensWords } from '../../views/savedLens.ts';
import { appSession } from '../../ui/appSession.ts';
import { TextFields } from './TextFields.tsx';

interface Props {
  view: SavedView;
  first: boolean;
  last: boolean;
  readOnly: boolean;
  onShow(): void;
  onMoved(direction: 'up' | 'down'): void;
}

const dispatch = (...args: Parameters<ReturnType<typeof appSession.map.getState>['dispatch']>) => appSession.map.getState().dispatch(...args);

export function ViewRow({ view, first, last, readOnly, onShow, onMoved }: Props) {
  const [editing, setEditing] = useState(false);
  const [title, setTitle] = useState(view.title);
  const [question, setQuestion] = useState(view.question);
  const lens = savedLensWords(view.lens);
  const move = (direction: 'up' | 'down') => {
    dispatch(moveView(view.id, direction));
    onMoved(direction);
  };

  if (editing)
    return (
      <li className="views__row" data-view={view.id}>
        <form
          className="views__edit"
          aria-label={`Edit view: ${view.title}`}
          onSubmit={(e) => {
            e.preventDefault();
            dispatch(updateView(view.id, { title, question }, 'Edit view'));
            setEditing(false);
          }}
        >
          <TextFields idPrefix={`edit-${view.id}`} title={title} question={question} onTitle={setTitle} onQuestion={setQuestion} autoFocus />
          <div className="views__buttons">
            <button type="submit" className="primary">
              Save changes
            </button>
            <button type="button" onClick={() => setEditing(false)}>
              Cancel
            </button>
          </div>
        </form>
      </li>
    );

  return (
    <li className="views__row" data-view={view.id}>
      <h3 className="views__title">{view.title}</h3>
      {view.question && <p className="views__question">{view.question}</p>}
      {lens && <p className="muted views__lens">{lens}</p>}
      <div className="views__buttons" role="group" aria-label={`View: ${view.title}`}>
        <button type="button" onClick={onShow} aria-label={`Show: ${view.title}`}>
          Show
        </button>
        {!readOnly && (
          <>
            <button
              type="button"
              onClick={() => {
                setTitle(view.title);
                setQuestion(view.question);
                setEditing(true);
              }}
              aria-label={`Edit: ${view.title}`}
              title="Rename the view or change its question"
            >
              Edit
            </button>
            <button type="button" data-move="up" disabled={first} onClick={() => move('up')} aria-label={`Move up: ${view.title}`} title="Earlier in the presentation">
              <span aria-hidden="true">↑ </span>Move up
            </button>
            <button type="button" data-move="down" disabled={last} onClick={() => move('down')} aria-label={`Move down: ${view.title}`} title="Later in the presentation">
              <span aria-hidden="true">↓ </span>Move down
            </button>
            <button type="button" className="danger" onClick={() => dispatch(removeView(view.id))} aria-label={`Delete: ${view.title}`} title="Delete the view (Undo brings it back)">
              Delete
            </button>
          </>
        )}
      </div>
      <label className="views__presented">
        <input type="checkbox" checked={view.presented} disabled={readOnly} aria-label={`In presentation: ${view.title}`} onChange={(e) => dispatch(setPresented(view.id, e.target.checked))} />
        In presentation
      </label>
    </li>
  );
}
