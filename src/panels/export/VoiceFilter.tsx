/**
 * "Only what came from chosen perspectives": an export of one group's map
 * (what people with lived experience said, say) for the next session or a
 * report. null means every voice; the export dialog passes the sub-map
 * (src/views/voices.ts voiceSubMap) to whichever format is chosen.
 */
import { useId, useMemo } from 'react';
import { count } from '../../model/plural.ts';
import { NO_PERSPECTIVE } from '../../model/sensemaking.ts';
import type { MapDocument } from '../../model/types.ts';
import { VoiceChip } from '../../ui/VoiceMarks.tsx';
import { voiceBalance } from '../../views/voices.ts';

interface Props {
  doc: MapDocument;
  keep: ReadonlySet<string> | null;
  onChange(keep: ReadonlySet<string> | null): void;
  /** What the chosen part holds, for the line under the choices. */
  shown: MapDocument;
}

export function VoiceFilter({ doc, keep, onChange, shown }: Props) {
  const id = useId();
  const balance = useMemo(() => voiceBalance(doc), [doc]);
  const all = balance.rows.map((r) => r.mark.key);
  const toggle = (key: string, on: boolean) => {
    const next = new Set(keep ?? all);
    if (on) next.add(key);
    else next.delete(key);
    onChange(next);
  };
  return (
    <fieldset className="field voice-filter">
      <legend>Voices</legend>
      <label className="check">
        <input type="checkbox" checked={keep !== null} onChange={(e) => onChange(e.target.checked ? new Set(all) : null)} /> Only what came from chosen perspectives
      </label>
      {keep && (
        <>
          <div className="voice-filter__choices" role="group" aria-label="Perspectives to include">
            {balance.rows.map((r) => (
              // The mark sits outside the label, so the checkbox is named by the words alone (the mark repeats them).
              <span key={r.mark.key} className="check">
                <input id={`${id}-${r.mark.key}`} type="checkbox" checked={keep.has(r.mark.key)} onChange={(e) => toggle(r.mark.key, e.target.checked)} />
                <VoiceChip mark={r.mark} />
                <label htmlFor={`${id}-${r.mark.key}`}>
                  {r.mark.key === NO_PERSPECTIVE ? 'No voice' : r.mark.name} <span className="muted">({count(r.nodes, 'node')})</span>
                </label>
              </span>
            ))}
          </div>
          <p className="muted" role="status">
            The export will hold {count(Object.keys(shown.nodes).length, 'node')} and {count(Object.keys(shown.links).length, 'link')} of {count(balance.nodes, 'node')} and{' '}
            {count(balance.links, 'link')}.
          </p>
        </>
      )}
    </fieldset>
  );
}
