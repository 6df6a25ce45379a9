/** Small labelled form controls shared by the inspector sections. */
import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { BIG_MAP_NODES, nodeCount } from '../../model/size.ts';
import { useMapStore } from '../../ui/appSession.ts';
import { useReadOnly } from './readOnly.ts';

interface TextProps {
  label: string;
  value: string;
  onChange(value: string): void;
  multiline?: boolean;
  placeholder?: string;
  maxLength?: number;
}

/** How long typing may pause before the text goes into the map (one undo step per pause, as before). */
const COMMIT_AFTER_MS = 200;

/**
 * A text field. On a big map it keeps what is typed to itself and puts it into the map
 * when typing pauses, and at once when the user leaves the field, presses
 * Enter or a shortcut (Ctrl+S saves what is in the field). Each keystroke
 * then costs only this field's render: on a map of thousands of nodes,
 * putting every letter into the map re-drew the canvas between keys.
 */
export function TextField({ label, value, onChange, multiline, placeholder, maxLength = 500 }: TextProps) {
  const id = useId();
  const readOnly = useReadOnly();
  // A small map takes each letter at once (the canvas shows it as typed); a big one waits for the pause.
  const big = useMapStore((s) => nodeCount(s.doc.nodes) > BIG_MAP_NODES);
  const [text, setText] = useState(value);
  const field = useRef<HTMLDivElement>(null);
  const pending = useRef<ReturnType<typeof setTimeout> | null>(null);
  const latest = useRef({ text, onChange });
  latest.current = { text, onChange };
  const commit = useCallback(() => {
    if (!pending.current) return;
    clearTimeout(pending.current);
    pending.current = null;
    latest.current.onChange(latest.current.text);
  }, []);
  // A change made elsewhere (undo, someone else in the room) shows here unless the user is mid-edit.
  useEffect(() => {
    if (!pending.current) setText(value);
  }, [value]);
  // Leaving the inspector (another node selected, the tab closed) keeps what was typed.
  useEffect(() => {
    window.addEventListener('pagehide', commit);
    return () => {
      window.removeEventListener('pagehide', commit);
      commit();
    };
  }, [commit]);
  // Anything done elsewhere while letters wait (a click, another field changed) comes after them, in the map and in undo.
  useEffect(() => {
    const elsewhere = (e: Event) => {
      if (!field.current?.contains(e.target as Node)) commit();
    };
    const events = ['pointerdown', 'input', 'change', 'keydown'] as const;
    for (const name of events) document.addEventListener(name, elsewhere, true);
    return () => {
      for (const name of events) document.removeEventListener(name, elsewhere, true);
    };
  }, [commit]);
  const type = (next: string) => {
    setText(next);
    latest.current.text = next;
    if (pending.current) clearTimeout(pending.current);
    pending.current = setTimeout(commit, big ? COMMIT_AFTER_MS : 0);
    if (!big) commit();
  };
  const onKeyDown = (e: React.KeyboardEvent) => {
    if (e.key === 'Enter' || e.ctrlKey || e.metaKey) commit();
  };
  return (
    <div className="field" ref={field}>
      <label htmlFor={id}>{label}</label>
      {multiline ? (
        <textarea id={id} value={text} placeholder={readOnly ? undefined : placeholder} readOnly={readOnly} rows={3} maxLength={20_000} onChange={(e) => type(e.target.value)} onBlur={commit} onKeyDown={onKeyDown} />
      ) : (
        <input id={id} type="text" value={text} placeholder={readOnly ? undefined : placeholder} readOnly={readOnly} maxLength={maxLength} onChange={(e) => type(e.target.value)} onBlur={commit} onKeyDown={onKeyDown} />
      )}
    </div>
  );
}

/** A comma-separated list (tags, authors), kept as typed until the user leaves the field. */
export function ListField({ label, values, onChange, placeholder }: { label: string; values: string[]; onChange(v: string[]): void; placeholder?: string }) {
  const id = useId();
  const readOnly = useReadOnly();
  const joined = values.join(', ');
  const [text, setText] = useState(joined);
  useEffect(() => setText(joined), [joined]);
  const commit = () => {
    const next = text.split(',').map((t) => t.trim()).filter(Boolean);
    if (next.join(', ') !== joined) onChange([...new Set(next)]);
  };
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="text"
        value={text}
        placeholder={readOnly ? undefined : placeholder}
        readOnly={readOnly}
        onChange={(e) => setText(e.target.value)}
        onBlur={commit}
        onKeyDown={(e) => e.key === 'Enter' && commit()}
      />
    </div>
  );
}

interface Option<T extends string> {
  value: T;
  label: string;
}

export function SelectField<T extends string>({ label, value, options, onChange }: { label: string; value: T; options: Option<T>[]; onChange(v: T): void }) {
  const id = useId();
  const readOnly = useReadOnly();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} disabled={readOnly} onChange={(e) => onChange(e.target.value as T)}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** A row of mutually exclusive choices, each with a visible text label (never colour alone). */
export function ChoiceField<T extends string>({ label, value, options, onChange }: { label: string; value: T; options: Option<T>[]; onChange(v: T): void }) {
  const name = useId();
  const readOnly = useReadOnly();
  return (
    <fieldset className="field choice" disabled={readOnly}>
      <legend>{label}</legend>
      <div className="choice__options">
        {options.map((o) => (
          <label key={o.value} className={o.value === value ? 'is-checked' : undefined}>
            <input type="radio" name={name} value={o.value} checked={o.value === value} onChange={() => onChange(o.value)} />
            {o.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

export function CheckField({ label, checked, onChange }: { label: string; checked: boolean; onChange(v: boolean): void }) {
  const readOnly = useReadOnly();
  return (
    <label className="field check">
      <input type="checkbox" checked={checked} disabled={readOnly} onChange={(e) => onChange(e.target.checked)} /> {label}
    </label>
  );
}
