/**
 * The map inspector's part on voices: the balance (whose voice is on the map,
 * in a sentence and per perspective) and the perspectives people pick from,
 * renamed, added to and removed here (each an undoable operation).
 */
import { memo, useMemo } from 'react';
import { newId } from '../../model/ids.ts';
import { NO_PERSPECTIVE, sortedPerspectives } from '../../model/sensemaking.ts';
import { addPerspective, MAX_PERSPECTIVE_NAME, newPerspective, removePerspective, renamePerspective } from '../../model/voices.ts';
import { useMapStore } from '../../ui/appSession.ts';
import { VoiceChip } from '../../ui/VoiceMarks.tsx';
import { balanceSentence, voiceBalance, type VoiceBalance } from '../../views/voices.ts';
import { useReadOnly } from './readOnly.ts';
import '../../ui/voices.css';

export function MapVoices() {
  const doc = useMapStore((s) => s.doc);
  const balance = useMemo(() => voiceBalance(doc), [doc]);
  return (
    <>
      <BalanceTable balance={balance} />
      <PerspectivesField />
    </>
  );
}

/** Counted afresh on every change to the map, but drawn again only when a count changes (in a live room, most changes move or rename). */
const BalanceTable = memo(
  function BalanceTable({ balance }: { balance: VoiceBalance }) {
    return (
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
    );
  },
  (a, b) => sameBalance(a.balance, b.balance),
);

function sameBalance(a: VoiceBalance, b: VoiceBalance): boolean {
  return (
    a.nodes === b.nodes &&
    a.factors === b.factors &&
    a.links === b.links &&
    a.rows.length === b.rows.length &&
    a.rows.every((r, i) => {
      const o = b.rows[i]!;
      return r.mark.key === o.mark.key && r.mark.name === o.mark.name && r.mark.short === o.mark.short && r.mark.colour === o.mark.colour && r.nodes === o.nodes && r.factors === o.factors && r.links === o.links;
    })
  );
}

// Memoised: re-rendered only when the perspectives change, not with every change to the map.
const PerspectivesField = memo(function PerspectivesField() {
  const readOnly = useReadOnly();
  const dispatch = useMapStore((s) => s.dispatch);
  const all = useMapStore((s) => s.doc.perspectives);
  const perspectives = useMemo(() => sortedPerspectives({ perspectives: all }), [all]);
  return (
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
      <button type="button" disabled={readOnly} onClick={() => dispatch(addPerspective(newPerspective({ perspectives: all }, newId('p'), `Perspective ${perspectives.length + 1}`)))}>
        Add perspective
      </button>
    </fieldset>
  );
});
