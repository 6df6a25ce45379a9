/**
 * A node's marks from the learning stack, as small buttons under it: "same
 * as" nodes in other maps (click to list them and jump there), what the scale
 * above has promised it, what this map promised through it, and learnings
 * recorded about it. Each says in words what it is; the glyph and count are
 * for the eye.
 */
import { useCallback, useRef, useState } from 'react';
import { count } from '../../model/plural.ts';
import type { Id } from '../../model/types.ts';
import type { NodeStackMarks } from '../../views/stackMarks.ts';
import { StackPopover, type PopoverKind } from './StackPopover.tsx';
import { useStackMarks } from '../../ui/useStackMarks.ts';
import './stackBadges.css';

const GLYPH: Record<PopoverKind, string> = { same: '⇄', promised: '⚑', promising: '⚐', learnings: '✦' };

export function nameOf(kind: PopoverKind, m: NodeStackMarks, label: string): string {
  switch (kind) {
    case 'same':
      return `Same as “${label}” in ${count(m.sameAs.length, 'other map')}: show them`;
    case 'promised':
      return `${count(m.promised.length, 'promise')} from the scale above: show ${m.promised.length === 1 ? 'it' : 'them'}`;
    case 'promising':
      return `${count(m.promising.length, 'promise')} this map made to a scale below: show ${m.promising.length === 1 ? 'it' : 'them'}`;
    case 'learnings':
      return `${count(m.learnings.length, 'learning')} about “${label}”: show ${m.learnings.length === 1 ? 'it' : 'them'}`;
  }
}

const sizeOf = (kind: PopoverKind, m: NodeStackMarks) => (kind === 'same' ? m.sameAs.length : m[kind].length);

export function StackBadges({ nodeId, label }: { nodeId: Id; label: string }) {
  const marks = useStackMarks(nodeId);
  const [open, setOpen] = useState<{ kind: PopoverKind; at: DOMRect; opener: HTMLButtonElement } | null>(null);
  const close = useCallback(() => setOpen(null), []);
  const ref = useRef<HTMLDivElement>(null);
  if (!marks) return null;
  const kinds = (['same', 'promised', 'promising', 'learnings'] as const).filter((k) => sizeOf(k, marks) > 0);
  if (!kinds.length) return null;
  return (
    <div className="node__stack nodrag nopan" ref={ref}>
      {kinds.map((kind) => {
        const overdue = (kind === 'promised' || kind === 'promising') && marks[kind].some((p) => p.overdue);
        return (
          <button
            key={kind}
            type="button"
            className={`node__stack-badge node__stack-badge--${kind}${overdue ? ' is-overdue' : ''}`}
            aria-label={nameOf(kind, marks, label) + (overdue ? ' (one is overdue)' : '')}
            title={nameOf(kind, marks, label)}
            aria-haspopup="dialog"
            aria-expanded={open?.kind === kind}
            onPointerDown={(e) => e.stopPropagation()}
            onDoubleClick={(e) => e.stopPropagation()}
            onKeyDown={(e) => e.stopPropagation()}
            onClick={(e) => {
              e.stopPropagation();
              const opener = e.currentTarget;
              setOpen(open?.kind === kind ? null : { kind, at: opener.getBoundingClientRect(), opener });
            }}
          >
            <span aria-hidden="true">{GLYPH[kind]}</span>
            {sizeOf(kind, marks)}
            {overdue && <span aria-hidden="true">!</span>}
          </button>
        );
      })}
      {open && <StackPopover kind={open.kind} marks={marks} label={label} at={open.at} opener={open.opener} onClose={close} />}
    </div>
  );
}
