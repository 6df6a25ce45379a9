/** Under the voices lens: the perspective a node or link came from, as a short word in a box (never colour alone). */
import { NO_PERSPECTIVE } from '../model/sensemaking.ts';
import type { VoiceMark } from '../views/voices.ts';
import './voices.css';

const words = (mark: VoiceMark) => (mark.key === NO_PERSPECTIVE ? 'No voice' : `From ${mark.name}`);

export function NodeVoiceMark({ mark }: { mark: VoiceMark }) {
  const text = words(mark);
  return (
    <span className={`node__voice${mark.key === NO_PERSPECTIVE ? ' node__voice--none' : ''}`} style={{ color: mark.colour }} title={text} aria-label={text} role="img">
      {mark.short}
    </span>
  );
}

/** Drawn on the link's middle, in SVG (the canvas's links are SVG paths). */
export function LinkVoiceMark({ mark, x, y, dimmed }: { mark: VoiceMark; x: number; y: number; dimmed: boolean }) {
  const width = Math.max(20, mark.short.length * 8 + 8);
  return (
    <g transform={`translate(${x} ${y})`} className={`link__voice${mark.key === NO_PERSPECTIVE ? ' link__voice--none' : ''}${dimmed ? ' link--dimmed' : ''}`} role="img" aria-label={words(mark)}>
      <title>{words(mark)}</title>
      <rect x={-width / 2} y={-9} width={width} height={18} rx={3} stroke={mark.colour} />
      <text textAnchor="middle" dominantBaseline="central" fill={mark.colour}>
        {mark.short}
      </text>
    </g>
  );
}

/** The mark as a chip in running text: the legend and the map inspector's balance. */
export function VoiceChip({ mark }: { mark: VoiceMark }) {
  return (
    <span className={`voice-chip${mark.key === NO_PERSPECTIVE ? ' voice-chip--none' : ''}`} style={{ color: mark.colour }} aria-hidden="true">
      {mark.short}
    </span>
  );
}
