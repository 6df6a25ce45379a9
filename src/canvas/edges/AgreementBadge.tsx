/**
 * Whether the people who gave a view of a link agree: "≠ 3" (contested) or
 * "= 3" (agreed) in a small tag on the link. The sign and the number carry the
 * meaning, the colour only repeats it; the link's accessible name says it in
 * words ("contested: 3 views").
 */
import { verdictWords } from '../../analysis/linkViews.ts';
import type { LinkAgreementMark } from '../toFlow.ts';

export function AgreementBadge({ at, verdict, count, dimmed }: LinkAgreementMark & { at: { x: number; y: number }; dimmed: boolean }) {
  const contested = verdict === 'contested';
  const text = `${contested ? '≠' : '='} ${count}`;
  const width = 14 + text.length * 7;
  return (
    <g
      transform={`translate(${at.x} ${at.y})`}
      className={`link__agreement link__agreement--${verdict}${dimmed ? ' link--dimmed' : ''}`}
      data-agreement={verdictWords({ verdict, count })}
      aria-hidden="true"
    >
      <title>{verdictWords({ verdict, count })}</title>
      <rect x={-width / 2} y={-9} width={width} height={18} rx={9} fill={contested ? '#fff7ed' : '#f0fdf4'} stroke={contested ? '#9a3412' : '#166534'} strokeWidth="1.5" />
      <text textAnchor="middle" dominantBaseline="central" fill={contested ? '#7c2d12' : '#14532d'} fontSize="12" fontWeight="700">
        {text}
      </text>
    </g>
  );
}
