/** One relationship on the canvas: a curved arrow from border to border, routed round the boxes in its way, with its polarity mark. */
import { BaseEdge } from '@xyflow/react';
import { memo } from 'react';
import type { FlowEdge } from '../toFlow.ts';
import { along, linkShape, pathData } from '../../draw/routing/shape.ts';
import { useRouteOfLink } from '../routes/LinkRoutesProvider.tsx';
import { linkColour, LOW_CONFIDENCE_DASH, markerId, POLARITY_MARK, strokeWidth } from '../../draw/linkStyle.ts';
import { useNodeBox } from './useNodeBox.ts';
import { LinkVoiceMark } from '../../ui/VoiceMarks.tsx';
import { LinkCommentMark } from './LinkCommentMark.tsx';
import { AgreementBadge } from './AgreementBadge.tsx';

export interface LinkEdgeProps {
  id: string;
  source: string;
  target: string;
  data: FlowEdge['data'];
  selected: boolean;
}

function LinkEdgeInner({ id, source, target, data, selected }: LinkEdgeProps) {
  const from = useNodeBox(source);
  const to = useNodeBox(target);
  const routes = useRouteOfLink(id);
  if (!from || !to || !data) return null;
  const { link } = data;
  // Routed round the boxes in its way (the whole map in a worker; a dragged node's links here).
  const route = routes?.routeOf(id, link.source, from, link.target, to, !!(from.dragging || to.dragging));
  const shape = linkShape(from, to, route);
  const colour = selected ? '#111827' : linkColour(link);
  const mark = along(shape, route?.markAt ?? 0.8);
  const middle = along(shape, 0.5);
  const width = strokeWidth(link.strength);

  return (
    <>
      <BaseEdge
        id={id}
        path={pathData(shape.d)}
        markerEnd={`url(#${markerId(link.polarity, !!selected)})`}
        interactionWidth={16}
        className={`link${selected ? ' link--selected' : ''}${data.dimmed ? ' link--dimmed' : ''}`}
        style={{
          stroke: colour,
          // Scaled by the stylesheet in projector mode's larger text (--link-scale), without re-rendering.
          strokeWidth: `calc(${selected ? width + 1 : width}px * var(--link-scale, 1))`,
          strokeDasharray: link.confidence === 'low' ? LOW_CONFIDENCE_DASH : undefined,
        }}
      />
      {/* Drawn at every level but hidden zoomed far out by the stylesheet ([data-detail='far'] .link__near): a zoom
         across that line then restyles the links instead of re-rendering all of them in one frame. */}
      <g className="link__near">
        {link.delay && (
          <g transform={`translate(${middle.point.x} ${middle.point.y}) rotate(${middle.angle})`} className={`link__delay${data.dimmed ? ' link--dimmed' : ''}`}>
            <line x1="-3" y1="-8" x2="-3" y2="8" stroke={colour} strokeWidth="2" />
            <line x1="3" y1="-8" x2="3" y2="8" stroke={colour} strokeWidth="2" />
          </g>
        )}
        <g transform={`translate(${mark.point.x} ${mark.point.y})`} className={`link__mark${data.dimmed ? ' link--dimmed' : ''}`}>
          <circle r="8" fill="#fff" stroke={colour} strokeWidth="1.5" />
          <text textAnchor="middle" dominantBaseline="central" fill={colour} fontSize="13" fontWeight="700">
            {POLARITY_MARK[link.polarity]}
          </text>
        </g>
        {data.voice && (
          // A third of the way along, clear of the polarity mark near the arrowhead and a label in the middle.
          <LinkVoiceMark mark={data.voice} x={along(shape, 0.35).point.x} y={along(shape, 0.35).point.y} dimmed={data.dimmed} />
        )}
        {link.label && (
          <text x={middle.point.x} y={middle.point.y - 10} textAnchor="middle" className={`link__label${data.dimmed ? ' link--dimmed' : ''}`}>
            {link.label}
          </text>
        )}
        <LinkCommentMark linkId={id} x={middle.point.x} y={middle.point.y} dimmed={!!data.dimmed} />
      </g>
      {data.agreement && (
        // A quarter of the way along: clear of the voice mark (a third) and the label (the middle).
        <AgreementBadge at={along(shape, data.voice ? 0.22 : 0.3).point} verdict={data.agreement.verdict} count={data.agreement.count} dimmed={data.dimmed} />
      )}
    </>
  );
}

export const LinkEdge = memo(LinkEdgeInner);
