/** The key to the voices lens: each perspective's mark and how many nodes and links came from it. */
import { useMemo } from 'react';
import { count } from '../model/plural.ts';
import { NO_PERSPECTIVE } from '../model/sensemaking.ts';
import { voiceBalance } from '../views/voices.ts';
import { VoiceChip } from '../ui/VoiceMarks.tsx';
import { useMapStore } from '../ui/appSession.ts';

export function VoicesLegend() {
  const doc = useMapStore((s) => s.doc);
  const balance = useMemo(() => voiceBalance(doc), [doc]);
  // Every perspective the map names is listed, even with nothing from it yet: an empty row is itself a finding.
  return (
    <ul className="legend__list" aria-label="Voices">
      <li className="legend__caption">Voices: where each node and link came from</li>
      {balance.rows.map((r) => (
        <li key={r.mark.key}>
          <VoiceChip mark={r.mark} />
          <span>
            {r.mark.key === NO_PERSPECTIVE ? 'no voice' : r.mark.name}{' '}
            <span className="muted">
              ({count(r.nodes, 'node')}, {count(r.links, 'link')})
            </span>
          </span>
        </li>
      ))}
    </ul>
  );
}
