/** The perspective a person speaks from, and whether their name stays off what they add: picked once, with their name. */
import type { Perspective } from '../../model/types.ts';

interface Props {
  perspectives: readonly Perspective[];
  perspectiveId: string | null;
  anonymous: boolean;
  onChange(next: { perspectiveId: string | null; anonymous: boolean }): void;
}

export function VoiceFields({ perspectives, perspectiveId, anonymous, onChange }: Props) {
  // A perspective this map does not have (picked on another map, or removed since) shows as none given.
  const value = perspectiveId && perspectives.some((p) => p.id === perspectiveId) ? perspectiveId : '';
  return (
    <div className="live-name">
      <label className="live-name__label">
        The perspective you speak from
        <select value={value} onChange={(e) => onChange({ perspectiveId: e.target.value || null, anonymous })}>
          <option value="">None given</option>
          {perspectives.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name || 'Unnamed perspective'}
            </option>
          ))}
        </select>
      </label>
      <label className="live-name__check">
        <input type="checkbox" checked={anonymous} onChange={(e) => onChange({ perspectiveId, anonymous: e.target.checked })} />
        Keep my name off what I add (anonymous)
      </label>
      <p className="muted live-name__hint">
        What you add to the map records your perspective{anonymous ? ', not your name' : ' and your name'}, so the group can see whose voice is on it.
      </p>
    </div>
  );
}
