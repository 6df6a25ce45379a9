/** Small labelled form controls shared by the inspector sections. */
import { useEffect, useId, useState } from 'react';
import { useReadOnly } from './readOnly.ts';

interface TextProps {
  label: string;
  value: string;
  onChange(value: string): void;
  multiline?: boolean;
  placeholder?: string;
  maxLength?: number;
}

export function TextField({ label, value, onChange, multiline, placeholder, maxLength = 500 }: TextProps) {
  const id = useId();
  const readOnly = useReadOnly();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {multiline ? (
        <textarea id={id} value={value} placeholder={readOnly ? undefined : placeholder} readOnly={readOnly} rows={3} maxLength={20_000} onChange={(e) => onChange(e.target.value)} />
      ) : (
        <input id={id} type="text" value={value} placeholder={readOnly ? undefined : placeholder} readOnly={readOnly} maxLength={maxLength} onChange={(e) => onChange(e.target.value)} />
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
