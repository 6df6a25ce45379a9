/** What a node's stack badge lists: the same node in other maps (with a jump there), promises and learnings. */
import { useEffect, useRef } from 'react';
import { createPortal } from 'react-dom';
import { ENABLER_KIND_LABELS, ENABLER_STATUS_LABELS, ENABLER_STATUS_MARKS } from '../../model/stack/types.ts';
import { count } from '../../model/plural.ts';
import { SCALE_LABELS } from '../../model/types.ts';
import { openNodeInStack } from '../../services/stacks.ts';
import { appSession, useStack } from '../../ui/appSession.ts';
import { useDismiss } from '../../ui/useDismiss.ts';
import type { NodeStackMarks, StackPromise } from '../../views/stackMarks.ts';

export type PopoverKind = 'same' | 'promised' | 'promising' | 'learnings';

const HEADINGS: Record<PopoverKind, string> = {
  same: 'The same in other maps',
  promised: 'Promised by the scale above',
  promising: 'Promised by this map to a scale below',
  learnings: 'Learnings about this',
};

function PromiseItem({ p, direction }: { p: StackPromise; direction: 'from' | 'to' }) {
  return (
    <li className={p.overdue ? 'is-overdue' : undefined}>
      <strong>{ENABLER_KIND_LABELS[p.kind]}:</strong> {p.statement}
      <span className="stack-popover__meta">
        <span aria-hidden="true">{ENABLER_STATUS_MARKS[p.status]}</span> {ENABLER_STATUS_LABELS[p.status]}
        {p.owner ? `; owner ${p.owner}` : ''}
        {p.reviewDate ? `; review ${p.reviewDate}` : ''}
        {p.overdue ? ' (overdue)' : ''}; {direction} {p.otherMapTitle}
      </span>
    </li>
  );
}

interface Props {
  kind: PopoverKind;
  marks: NodeStackMarks;
  label: string;
  at: DOMRect;
  opener: HTMLButtonElement;
  onClose(): void;
}

export function StackPopover({ kind, marks, label, at, opener, onClose }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  const atHand = useStack((s) => s.maps);
  const openerRef = useRef(opener);
  useDismiss(true, onClose, ref, openerRef);
  useEffect(() => {
    ref.current?.querySelector<HTMLElement>('button, [tabindex="-1"]')?.focus();
  }, []);
  // Below the badge, kept on screen.
  const width = 320;
  const left = Math.max(8, Math.min(at.left, window.innerWidth - width - 8));
  const top = Math.min(at.bottom + 6, window.innerHeight - 120);
  return createPortal(
    <div ref={ref} className="stack-popover" role="dialog" aria-label={`${HEADINGS[kind]}: ${label}`} style={{ left, top, width }}>
      <h3 tabIndex={-1}>{HEADINGS[kind]}</h3>
      {kind === 'same' && (
        <ul>
          {marks.sameAs.map((m) => (
            <li key={`${m.mapId}/${m.nodeId}`}>
              {m.inStack && atHand[m.mapId] ? (
                <button
                  type="button"
                  onClick={() => {
                    onClose();
                    void openNodeInStack(appSession, m.mapId, m.nodeId, m.label);
                  }}
                >
                  Open {m.mapTitle} at “{m.label}”
                </button>
              ) : (
                <span>
                  “{m.label}” in {m.mapTitle} {m.inStack ? '(missing from the library)' : ''}
                </span>
              )}
              {m.scale && <span className="stack-popover__meta">{SCALE_LABELS[m.scale]} scale</span>}
            </li>
          ))}
        </ul>
      )}
      {(kind === 'promised' || kind === 'promising') && (
        <ul>
          {marks[kind].map((p) => (
            <PromiseItem key={p.enablerId} p={p} direction={kind === 'promised' ? 'from' : 'to'} />
          ))}
        </ul>
      )}
      {kind === 'learnings' && (
        <ul>
          {marks.learnings.map((l) => (
            <li key={l.learningId}>
              <strong>{l.statement}</strong>
              <span className="stack-popover__meta">
                {l.date}; rests on {count(l.experiments, 'experiment')}
              </span>
            </li>
          ))}
        </ul>
      )}
      <button type="button" className="stack-popover__close" onClick={() => (onClose(), opener.focus())}>
        Close
      </button>
    </div>,
    document.body,
  );
}
