/**
 * Arrowheads, one per polarity: a filled arrow for "+", an arrow with a bar
 * for "−" and an open arrow for "?". With the sign mark they carry polarity
 * without relying on colour.
 */
import { POLARITY_COLOURS } from '../../model/palette.ts';
import { POLARITIES, type Polarity } from '../../model/types.ts';
import { markerId } from '../../draw/linkStyle.ts';

const SELECTED = '#111827';

function Arrow({ polarity, selected }: { polarity: Polarity; selected: boolean }) {
  const colour = selected ? SELECTED : POLARITY_COLOURS[polarity];
  return (
    <marker
      id={markerId(polarity, selected)}
      viewBox="0 0 20 20"
      markerWidth="16"
      markerHeight="16"
      refX="18"
      refY="10"
      orient="auto-start-reverse"
      markerUnits="userSpaceOnUse"
    >
      {polarity === '?' ? (
        <path d="M4,3 L18,10 L4,17" fill="none" stroke={colour} strokeWidth="2.5" />
      ) : (
        <path d="M2,2 L18,10 L2,18 z" fill={colour} />
      )}
      {polarity === '-' && <rect x="0" y="1" width="3" height="18" fill={colour} />}
    </marker>
  );
}

export function LinkMarkers() {
  return (
    <svg className="link-markers" aria-hidden="true" width="0" height="0" style={{ position: 'absolute' }}>
      <defs>
        {POLARITIES.map((p) => (
          <Arrow key={p} polarity={p} selected={false} />
        ))}
        {POLARITIES.map((p) => (
          <Arrow key={`${p}-s`} polarity={p} selected />
        ))}
      </defs>
    </svg>
  );
}
