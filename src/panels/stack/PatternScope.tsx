/** Which maps the patterns cover: what one map learns from (the maps below it), or any set chosen by hand. */
import { useId } from 'react';
import type { StackDocument } from '../../model/stack/types.ts';
import { SCALE_LABELS, type Id } from '../../model/types.ts';
import { count } from '../../model/plural.ts';
import { mapsBelow } from '../../views/stackMarks.ts';

export interface Scope {
  /** The map whose view this is, when the scope is "what this map learns from". */
  forMapId: Id | null;
  mapIds: Id[];
}

export const wholeStack = (stack: StackDocument): Scope => ({ forMapId: null, mapIds: Object.keys(stack.maps) });

export function PatternScope({ stack, scope, onChange }: { stack: StackDocument; scope: Scope; onChange(scope: Scope): void }) {
  const id = useId();
  const chosen = new Set(scope.mapIds);
  const maps = Object.values(stack.maps);
  return (
    <div className="pattern-scope" role="group" aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>Which maps</h3>
      <label htmlFor={`${id}-for`}>Patterns for</label>
      <select
        id={`${id}-for`}
        value={scope.forMapId ?? ''}
        onChange={(e) => onChange(e.target.value ? { forMapId: e.target.value, mapIds: mapsBelow(stack, e.target.value) } : wholeStack(stack))}
      >
        <option value="">The maps ticked below</option>
        {maps.map((m) => (
          <option key={m.mapId} value={m.mapId}>
            What {m.title} learns from ({count(mapsBelow(stack, m.mapId).length, 'map')} below)
          </option>
        ))}
      </select>
      <fieldset className="pattern-scope__maps">
        <legend>
          Maps covered: {scope.mapIds.length} of {maps.length}
        </legend>
        {maps.map((m) => (
          <label key={m.mapId} className="check">
            <input
              type="checkbox"
              checked={chosen.has(m.mapId)}
              onChange={() => onChange({ forMapId: null, mapIds: chosen.has(m.mapId) ? scope.mapIds.filter((x) => x !== m.mapId) : [...scope.mapIds, m.mapId] })}
            />{' '}
            {m.title} <span className="muted">({SCALE_LABELS[m.scale]})</span>
          </label>
        ))}
      </fieldset>
    </div>
  );
}
