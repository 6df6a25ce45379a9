/** Choose a node's theme, or make a new one on the spot. */
import { useId } from 'react';
import { useReadOnly } from './readOnly.ts';
import { addTheme, newTheme } from '../../model/operations.ts';
import type { Id } from '../../model/types.ts';
import { useMapStore } from '../../ui/appSession.ts';

const NEW = '__new__';

export function ThemeSelect({ value, onChange }: { value: Id | null; onChange(id: Id | null): void }) {
  const readOnly = useReadOnly();
  const id = useId();
  const clusters = useMapStore((s) => s.doc.clusters);
  return (
    <div className="field">
      <label htmlFor={id}>Theme</label>
      <select
        id={id}
        disabled={readOnly}
        value={value ?? ''}
        onChange={(e) => {
          const v = e.target.value;
          if (v === NEW) {
            const name = window.prompt('Name of the new theme');
            if (!name?.trim()) return;
            const store = useMapStore.getState();
            const theme = newTheme(store.doc, name.trim());
            store.dispatch(addTheme(theme));
            onChange(theme.id);
          } else onChange(v || null);
        }}
      >
        <option value="">No theme</option>
        {Object.values(clusters).map((c) => (
          <option key={c.id} value={c.id}>
            {c.name}
          </option>
        ))}
        <option value={NEW}>New theme…</option>
      </select>
    </div>
  );
}
