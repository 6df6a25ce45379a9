/** The legend's "Size nodes by" menu, and what a larger box then means, with a small key of sizes. */
import { useId } from 'react';
import { NODE_MIN_HEIGHT, NODE_SCALE_MAX, NODE_WIDTH } from '../draw/nodeSize.ts';
import { SIZE_MEASURES, SIZE_MEASURE_LABELS, SIZE_MEASURE_MEANING, type SizeMeasure } from '../views/sizeBy.ts';
import { useViewStore } from '../ui/appSession.ts';

/** The key's boxes: 1×, halfway and the largest, in the nodes' proportions, this many pixels wide at 1×. */
const KEY_WIDTH = 24;
const KEY_GAP = 5;
const KEY_SCALES = [1, (1 + NODE_SCALE_MAX) / 2, NODE_SCALE_MAX];
const KEY_HEIGHT = Math.ceil((KEY_WIDTH * NODE_SCALE_MAX * NODE_MIN_HEIGHT) / NODE_WIDTH);
const KEY_SVG_WIDTH = Math.ceil(KEY_SCALES.reduce((sum, s) => sum + KEY_WIDTH * s + KEY_GAP, 0));

export function SizeByControl() {
  const sizeBy = useViewStore((s) => s.sizeBy);
  const id = useId();
  return (
    <ul className="legend__list" aria-label="Node size">
      <li>
        {/* A label beside the select, not round it: round it, the options' words joined the select's name. */}
        <span className="legend__size-by">
          <label htmlFor={id}>Size nodes by</label>
          <select id={id} value={sizeBy} onChange={(e) => useViewStore.getState().setSizeBy(e.target.value as SizeMeasure)}>
            {SIZE_MEASURES.map((m) => (
              <option key={m} value={m}>
                {SIZE_MEASURE_LABELS[m]}
              </option>
            ))}
          </select>
        </span>
      </li>
      {sizeBy !== 'none' && (
        <li className="legend__size-meaning">
          <span>{SIZE_MEASURE_MEANING[sizeBy]}</span>
          <span className="legend__size-key">
            <span className="muted">less</span>
            <svg width={KEY_SVG_WIDTH} height={KEY_HEIGHT + 2} aria-hidden="true">
              {KEY_SCALES.map((s, i) => {
                const w = KEY_WIDTH * s;
                const h = (w * NODE_MIN_HEIGHT) / NODE_WIDTH;
                const x = KEY_SCALES.slice(0, i).reduce((sum, t) => sum + KEY_WIDTH * t + KEY_GAP, 0);
                return <rect key={s} x={x + 0.5} y={KEY_HEIGHT + 1 - h} width={w} height={h} rx="2" fill="#fff" stroke="#374151" />;
              })}
            </svg>
            <span className="muted">more (up to {NODE_SCALE_MAX}×)</span>
          </span>
        </li>
      )}
    </ul>
  );
}
