/**
 * The map inspector's part on voices: the balance (whose voice is on the map,
 * in a sentence and per perspective) and the perspectives people pick from,
 * renamed, added to and removed here (each an undoable operation).
 */
import { useMemo } from 'react';
import { newId } from '../../model/ids.ts';
import { NO_PERSPECTIVE, sortedPerspectives } from '../../model/sensemaking.ts';
import { addPerspective, MAX_PERSPECTIVE_NAME, newPerspective, removePerspective, renamePerspective } from '../../model/voices.ts';
import { useMapStore } from '../../ui/appSession.ts';
import { VoiceChip } from '../../ui/VoiceMarks.tsx';
import { balanceSentence, voiceBalance } from '../../views/voices.ts';
import { useReadOnly } from './readOnly.ts';
import '../../ui/voices.css';

export function MapVoices() {
  const readOnly = useReadOnly();
  const doc = useMapStore((s) => s.doc);
  const dispatch = useMapStore((s) => s.dispatch);
  const balance = useMemo(() => voiceBalance(doc), [doc]);
  const perspectives = sortedPerspectives(doc);

  return (
    <>
      <section className="field voice-balance" aria-labelledby="voice-balance-heading">
        <h3 id="voice-balance-heading">Whose voice is on the map</h3>
        <p>{balanceSentence(balance)}</p>
        <table className="voice-balance__table">
          <thead>
            <tr>
              <th scope="col">Perspective</th>
              <th scope="col">Nodes</th>
              <th scope="col">Links</th>
            </tr>
          </thead>
          <tbody>
            {balance.rows.map((r) => (
              <tr key={r.mark.key}>
                <th scope="row">
                  <VoiceChip mark={r.mark} />
                  {r.mark.key === NO_PERSPECTIVE ? 'No voice' : r.mark.name}
                </th>
                <td>{r.nodes}</td>
                <td>{r.links}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <fieldset className="field themes perspectives">
        <legend>Perspectives people speak from</legend>
        {perspectives.map((p) => (
          <div key={p.id} className="theme-row">
            <input
              type="text"
              readOnly={readOnly}
              value={p.name}
              maxLength={MAX_PERSPECTIVE_NAME}
              aria-label="Perspective name"
              onChange={(e) => dispatch(renamePerspective(p.id, e.target.value), { coalesceKey: `perspective:${p.id}:name` })}
            />
            <button type="button" className="link-button" disabled={readOnly} aria-label={`Remove perspective ${p.name}`} onClick={() => dispatch(removePerspective(p.id))}>
              Remove
            </button>
          </div>
        ))}
        <button type="button" disabled={readOnly} onClick={() => dispatch(addPerspective(newPerspective(doc, newId('p'), `Perspective ${perspectives.length + 1}`)))}>
          Add perspective
        </button>
      </fieldset>
    </>
  );
}
