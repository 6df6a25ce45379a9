/**
 * Presence: who is here, where their pointer is, what they have selected,
 * are editing or dragging, and whether they ask others to follow them. It
 * travels in the provider's awareness (short-lived, per tab), never in the
 * shared document, so it is not stored and not undoable.
 */
import type { HocuspocusProvider } from '@hocuspocus/provider';
import type { Id } from '../../model/types.ts';
import type { Session } from '../session.ts';
import type { Identity } from './identity.ts';
import { readPresenting } from './presenting.ts';
import type { FlowPoint, Person, Role, Viewport } from './roomState.ts';

type Awareness = NonNullable<HocuspocusProvider['awareness']>;

const isPoint = (p: unknown): p is FlowPoint =>
  typeof p === 'object' && p !== null && Number.isFinite((p as FlowPoint).x) && Number.isFinite((p as FlowPoint).y);

/** One awareness state read defensively: it comes from other people's browsers. */
export function personFrom(clientId: number, state: Record<string, unknown>): Person | null {
  const user = state.user as Partial<{ participant: string; name: string; colour: string; role: Role }> | undefined;
  if (!user || typeof user.participant !== 'string') return null;
  const dragging = state.dragging && typeof state.dragging === 'object' ? (state.dragging as Record<string, unknown>) : null;
  const leading = state.leading as Viewport | null | undefined;
  return {
    clientId,
    participant: user.participant,
    name: typeof user.name === 'string' && user.name.trim() ? user.name.slice(0, 40) : 'Someone',
    colour: typeof user.colour === 'string' && /^#[0-9a-f]{6}$/i.test(user.colour) ? user.colour : '#555555',
    role: user.role === 'facilitator' || user.role === 'view' ? user.role : 'edit',
    pointer: isPoint(state.pointer) ? state.pointer : null,
    selection: Array.isArray(state.selection) ? (state.selection as unknown[]).filter((x): x is Id => typeof x === 'string').slice(0, 500) : [],
    editing: typeof state.editing === 'string' ? state.editing : null,
    dragging: dragging ? Object.fromEntries(Object.entries(dragging).filter(([, p]) => isPoint(p))) as Record<Id, FlowPoint> : null,
    leading: leading && isPoint(leading) && Number.isFinite(leading.zoom) ? leading : null,
    presenting: readPresenting(state.presenting),
  };
}

/** Puts my name, colour and role in the awareness (again after my role changes). */
export function publishMine(s: Session, provider: HocuspocusProvider, me: Identity): void {
  provider.setAwarenessField('user', { participant: me.participant, name: me.name || 'Someone', colour: me.colour, role: s.room.getState().role });
}

/** Keeps the room store's list of people and my selection/editing in the awareness up to date. */
export function watchPeople(s: Session, provider: HocuspocusProvider, me: Identity): () => void {
  const awareness = provider.awareness as Awareness;
  publishMine(s, provider, me);
  const sendMine = () => {
    const { selection, editingNodeId } = s.map.getState();
    provider.setAwarenessField('selection', [...selection.nodeIds, ...selection.linkIds]);
    provider.setAwarenessField('editing', editingNodeId);
  };
  sendMine();
  const unsubscribe = s.map.subscribe((state, prev) => {
    if (state.selection !== prev.selection || state.editingNodeId !== prev.editingNodeId) sendMine();
  });

  const onChange = () => {
    const people: Person[] = [];
    for (const [clientId, state] of awareness.getStates()) {
      if (clientId === awareness.clientID) continue;
      const p = personFrom(clientId, state);
      if (p) people.push(p);
    }
    people.sort((a, b) => a.name.localeCompare(b.name) || a.clientId - b.clientId);
    const { following, people: before, role } = s.room.getState();
    // Someone starting "Follow me" is followed at once (facilitators lead, they do not follow); when they stop, following ends.
    let nextFollowing = following;
    const leader = people.find((p) => p.leading);
    const wasLeading = new Set(before.filter((p) => p.leading).map((p) => p.participant));
    if (leader && !wasLeading.has(leader.participant) && role !== 'facilitator') nextFollowing = leader.participant;
    if (following && !people.some((p) => p.participant === following && p.leading)) nextFollowing = null;
    s.room.setState({ people, following: nextFollowing });
  };
  awareness.on('change', onChange);
  onChange();
  return () => {
    unsubscribe();
    awareness.off('change', onChange);
  };
}

/** My pointer on the canvas, in flow coordinates; null when it leaves the canvas. */
export function sharePointer(provider: HocuspocusProvider, point: FlowPoint | null): void {
  provider.setAwarenessField('pointer', point);
}

/** Nodes I am dragging and where they are now; null when the drag ends (the document then has the final position). */
export function shareDrag(provider: HocuspocusProvider, positions: Record<Id, FlowPoint> | null): void {
  provider.setAwarenessField('dragging', positions);
}

/** My view while I ask everyone to follow me; null stops it. */
export function shareLead(provider: HocuspocusProvider, viewport: Viewport | null): void {
  provider.setAwarenessField('leading', viewport);
}
