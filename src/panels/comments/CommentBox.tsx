/** A box to write a comment or reply in: Ctrl+Enter sends, Escape cancels; says how much room is left near the cap. */
import { useId, useState } from 'react';
import { MAX_COMMENT } from '../../model/schema.ts';

interface Props {
  label: string;
  submit: string;
  initial?: string;
  placeholder?: string;
  onSubmit(text: string): void;
  onCancel?: () => void;
}

export function CommentBox({ label, submit, initial = '', placeholder, onSubmit, onCancel }: Props) {
  const [text, setText] = useState(initial);
  const id = useId();
  const left = MAX_COMMENT - text.length;
  const send = () => {
    if (!text.trim()) return;
    onSubmit(text);
    setText('');
  };
  return (
    <form
      className="comment-box"
      onSubmit={(e) => {
        e.preventDefault();
        send();
      }}
    >
      <label htmlFor={id} className="visually-hidden">
        {label}
      </label>
      <textarea
        id={id}
        rows={2}
        maxLength={MAX_COMMENT}
        value={text}
        placeholder={placeholder}
        autoFocus={!!onCancel}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
            e.preventDefault();
            send();
          }
          if (e.key === 'Escape' && onCancel) {
            e.stopPropagation();
            onCancel();
          }
        }}
      />
      {left < 200 && <p className="muted">{left} characters left</p>}
      <div className="row">
        <button type="submit" disabled={!text.trim()}>
          {submit}
        </button>
        {onCancel && (
          <button type="button" onClick={onCancel}>
            Cancel
          </button>
        )}
      </div>
    </form>
  );
}
