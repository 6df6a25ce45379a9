/**
 * Other people on the canvas: their pointers with names, what they have
 * selected outlined in their colour, "Sam is editing this label", and nodes
 * they are dragging (shown live from the awareness; the document records only
 * the drop). Also sends mine, throttled, and moves my view for "Bring
 * everyone here" and "Follow me".
 */
import { useOnViewportChange, useReactFlow, useStore, useStoreApi, type Viewport } from '@xyflow/react';
import { ViewportLayer } from '../ViewportLayer.tsx';
import { useCallback, useEffect, useRef } from 'react';
import { liveRoom } from '../../services/room/live.ts';
import { shareDrag, shareLead, sharePointer } from '../../services/room/presence.ts';
import type { FlowPoint, Person } from '../../services/room/roomState.ts';
import { appSession, useMapStore, useRoom } from '../../ui/appSession.ts';
import type { FlowEdge, FlowNode } from '../toFlow.ts';
import './presence.css';

/** At most this often (ms) my pointer, drag or lead view goes out: smooth enough to follow, light on the network. */
const SEND_EVERY_MS = 50;

/** Calls `send` at most every SEND_EVERY_MS with the latest value, and always with the last one. */
function throttled<T>(send: (value: T) => void) {
  let last = 0;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let pending: { value: T } | null = null;
  return (value: T) => {
    pending = { value };
    const wait = last + SEND_EVERY_MS - Date.now();
    if (timer) return;
    if (wait <= 0) {
      last = Date.now();
      send(value);
      pending = null;
      return;
    }
    timer = setTimeout(() => {
      timer = null;
      last = Date.now();
      if (pending) send(pending.value);
      pending = null;
    }, wait);
  };
}

function useSendMine() {
  const rf = useReactFlow<FlowNode, FlowEdge>();
  const flowStore = useStoreApi<FlowNode, FlowEdge>();
  const room = useRoom((s) => s.room);

  useEffect(() => {
    const live = liveRoom(appSession);
    const dom = flowStore.getState().domNode;
    if (!room || !live || !dom) return;
    const pointer = throttled<FlowPoint | null>((p) => sharePointer(live.provider, p));
    const drag = throttled<Record<string, FlowPoint> | null>((p) => shareDrag(live.provider, p));
    const onMove = (e: PointerEvent) => pointer(rf.screenToFlowPosition({ x: e.clientX, y: e.clientY }));
    const onLeave = () => pointer(null);
    // Following ends when I move the view myself.
    const onOwnMove = (e: Event) => {
      if (appSession.room.getState().following && (e.target as HTMLElement).closest('.react-flow__pane, .react-flow__node')) {
        appSession.room.setState({ following: null });
      }
    };
    dom.addEventListener('pointermove', onMove);
    dom.addEventListener('pointerleave', onLeave);
    dom.addEventListener('wheel', onOwnMove, { passive: true });
    dom.addEventListener('pointerdown', onOwnMove);
    let wasDragging = false;
    const unsubscribe = flowStore.subscribe((state) => {
      const moving: Record<string, FlowPoint> = {};
      let any = false;
      for (const n of state.nodeLookup.values()) {
        if (n.dragging) {
          moving[n.id] = n.position;
          any = true;
        }
      }
      if (any) drag(moving);
      else if (wasDragging) drag(null);
      wasDragging = any;
    });
    return () => {
      dom.removeEventListener('pointermove', onMove);
      dom.removeEventListener('pointerleave', onLeave);
      dom.removeEventListener('wheel', onOwnMove);
      dom.removeEventListener('pointerdown', onOwnMove);
      unsubscribe();
    };
  }, [room, rf, flowStore]);

  // "Follow me": while I lead, my view goes out as I pan and zoom.
  const lead = useRef(throttled<Viewport>((v) => {
    const live = liveRoom(appSession);
    if (live && appSession.room.getState().leading) shareLead(live.provider, v);
  }));
  // Stable handlers: React Flow stores them on every change, which would wake every store subscriber again on each frame.
  const share = useCallback((v: Viewport) => lead.current(v), []);
  useOnViewportChange({ onChange: share, onEnd: share });
}

function useFollow() {
  const rf = useReactFlow();
  const jump = useRoom((s) => s.jump);
  const following = useRoom((s) => s.following);
  const leaderView = useRoom((s) => (s.following ? s.people.find((p) => p.participant === s.following)?.leading : null));
  useEffect(() => {
    if (jump) void rf.setViewport(jump.viewport, { duration: 300 });
  }, [jump, rf]);
  useEffect(() => {
    if (following && leaderView) void rf.setViewport(leaderView);
  }, [following, leaderView, rf]);
}

function NodeMarks({ person }: { person: Person }) {
  const nodeLookup = useStore((s) => s.nodeLookup);
  const nodes = useMapStore((s) => s.doc.nodes);
  const boxOf = (id: string) => {
    const n = nodeLookup.get(id);
    if (!n || !nodes[id]) return null;
    const { x, y } = n.internals.positionAbsolute;
    return { left: x, top: y, width: n.measured.width ?? n.width ?? 180, height: n.measured.height ?? n.height ?? 60 };
  };
  const style = { '--person': person.colour } as React.CSSProperties;
  return (
    <>
      {person.selection.map((id) => {
        const box = boxOf(id);
        return box ? <div key={`s-${id}`} className="presence-selected" data-person={person.name} style={{ ...style, ...box }} /> : null;
      })}
      {person.editing &&
        (() => {
          const box = boxOf(person.editing);
          return box ? (
            <div className="presence-editing" style={{ ...style, left: box.left, top: box.top - 26 }}>
              {person.name} is editing this label
            </div>
          ) : null;
        })()}
      {person.dragging &&
        Object.entries(person.dragging).map(([id, p]) => {
          const box = boxOf(id);
          return box ? (
            <div key={`d-${id}`} className="presence-dragging" style={{ ...style, left: p.x, top: p.y, width: box.width, height: box.height }}>
              <span>{person.name}</span>
            </div>
          ) : null;
        })}
    </>
  );
}

export function Presence() {
  useSendMine();
  useFollow();
  const people = useRoom((s) => s.people);
  if (!people.length) return null;
  return <Others people={people} />;
}

/** Only with someone else in the room does anything here follow the zoom (re-rendering on every frame of it). */
function Others({ people }: { people: readonly Person[] }) {
  const zoom = useStore((s) => s.transform[2]);
  return (
    <ViewportLayer>
      <div className="presence" aria-hidden="true">
        {people.map((p) => (
          <div key={p.clientId}>
            <NodeMarks person={p} />
            {p.pointer && (
              <div className="presence-pointer" style={{ left: p.pointer.x, top: p.pointer.y, transform: `scale(${1 / zoom})`, '--person': p.colour } as React.CSSProperties}>
                <svg width="16" height="20" viewBox="0 0 16 20" aria-hidden="true">
                  <path d="M1 1 L1 17 L5 13 L8 19 L11 18 L8 12 L14 12 Z" fill={p.colour} stroke="#fff" strokeWidth="1.2" />
                </svg>
                <span className="presence-pointer__name">{p.name}</span>
              </div>
            )}
          </div>
        ))}
      </div>
    </ViewportLayer>
  );
}
