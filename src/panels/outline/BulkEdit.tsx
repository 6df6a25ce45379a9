/** Editing several rows at once: a theme, a kind, or a tag for every checked row, as one undo step. */
import { useState } from 'react';
import { NODE_KINDS, KIND_LABELS, type Id, type NodeKind } from '../../model/types.ts';
import { count } from '../../model/plural.ts';
import { bulkEdit } from '../../services/outline.ts';
import { announce } from '../../ui/announce.ts';
import { appSession, useMapStore } from '../../ui/appSession.ts';
import { parseTags } from '../../views/outline.ts';

const KEEP = '';
const NO_THEME = '__none__';

export function BulkEdit({ ids, onDone }: { ids: Id[]; onDone(): void }) {
  const themes = useMapStore((s) => s.doc.clusters);
  const [theme, setTheme] = useState(KEEP);
  const [kind, setKind] = useState(KEEP);
  const [tags, setTags] = useState('');
  const nothing = theme === KEEP && kind === KEEP && !parseTags(tags).length;
  return (
    <form
      className="outline__bulk"
      aria-label={`Edit ${count(ids.length, 'checked row')}`}
      onSubmit={(e) => {
        e.preventDefault();
        const changed = bulkEdit(appSession, ids, {
          ...(kind !== KEEP ? { kind: kind as NodeKind } : {}),
          ...(theme !== KEEP ? { clusterId: theme === NO_THEME ? null : theme } : {}),
          addTags: parseTags(tags),
        });
        announce(changed ? `Edited ${count(changed, 'node')}.` : 'Nothing to change: the checked rows already read that way.');
        setTheme(KEEP);
        setKind(KEEP);
        setTags('');
        onDone();
      }}
    >
      <strong>{count(ids.length, 'row')} checked:</strong>
      <label>
        Theme
        <select value={theme} onChange={(e) => setTheme(e.target.value)}>
          <option value={KEEP}>Keep as it is</option>
          <option value={NO_THEME}>No theme</option>
          {Object.values(themes).map((t) => (
            <option key={t.id} value={t.id}>
              {t.name}
            </option>
          ))}
        </select>
      </label>
      <label>
        Kind
        <select value={kind} onChange={(e) => setKind(e.target.value)}>
          <option value={KEEP}>Keep as it is</option>
          {NODE_KINDS.map((k) => (
            <option key={k} value={k}>
              {KIND_LABELS[k]}
            </option>
          ))}
        </select>
      </label>
      <label>
        Add tags
        <input type="text" value={tags} placeholder="e.g. money, housing" onChange={(e) => setTags(e.target.value)} />
      </label>
      <button type="submit" className="primary" disabled={nothing}>
        Apply to {count(ids.length, 'row')}
      </button>
    </form>
  );
}
