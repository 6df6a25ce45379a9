/** Notes on a node. A private note never leaves this machine in an export unless the user asks. */
import type { Note } from '../../model/types.ts';
import { useReadOnly } from './readOnly.ts';

interface Props {
  notes: Note[];
  onChange(notes: Note[], what: string): void;
  newNote(isPrivate: boolean): Note;
}

export function NotesEditor({ notes, onChange, newNote }: Props) {
  const readOnly = useReadOnly();
  const replace = (i: number, note: Note | null, what: string) => {
    const next = [...notes];
    if (note) next[i] = note;
    else next.splice(i, 1);
    onChange(next, what);
  };
  return (
    <fieldset className="field notes">
      <legend>Notes</legend>
      {notes.length === 0 && <p className="muted">No notes yet.</p>}
      {notes.map((note, i) => (
        <div key={note.id} className={`note${note.private ? ' note--private' : ''}`}>
          <textarea
            aria-label={`${note.private ? 'Private note' : 'Note'} ${i + 1}`}
            value={note.text}
            readOnly={readOnly}
            rows={2}
            onChange={(e) => replace(i, { ...note, text: e.target.value }, `note ${note.id}`)}
          />
          <div className="note__row">
            <label>
              <input type="checkbox" checked={note.private} disabled={readOnly} onChange={(e) => replace(i, { ...note, private: e.target.checked }, 'note privacy')} />{' '}
              {note.private ? '🔒 Private' : 'Private'}
            </label>
            <button type="button" className="link-button" disabled={readOnly} aria-label={`Delete note ${i + 1}`} onClick={() => replace(i, null, 'delete note')}>
              Delete
            </button>
          </div>
        </div>
      ))}
      <div className="row">
        <button type="button" disabled={readOnly} onClick={() => onChange([...notes, newNote(false)], 'add note')}>
          Add note
        </button>
        <button type="button" disabled={readOnly} onClick={() => onChange([...notes, newNote(true)], 'add note')}>
          Add private note
        </button>
      </div>
    </fieldset>
  );
}
