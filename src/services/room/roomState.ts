/**
 * What the app knows about the live room it is in: connection, my role and
 * whether I may edit, the room's lock, and who else is here (presence comes
 * from the provider's awareness, never from the shared document).
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Id } from '../../model/types.ts';
import type { PresentingStep } from './presenting.ts';

export type Role = 'view' | 'edit' | 'facilitator';
export type ReadOnlyReason = 'view-link' | 'locked' | 'made-viewer' | 'link-reset' | null;

/** How the room's connection stands: offline keeps editing (it syncs later), failed needs the user. */
export type Connection = 'connecting' | 'online' | 'offline' | 'failed';

export interface FlowPoint {
  x: number;
  y: number;
}

export interface Viewport {
  x: number;
  y: number;
  zoom: number;
}

/** One person in the room, as their browser describes itself in the awareness. */
export interface Person {
  /** The awareness client id (one per tab). */
  clientId: number;
  participant: string;
  name: string;
  colour: string;
  role: Role;
  pointer: FlowPoint | null;
  selection: Id[];
  editing: Id | null;
  /** Nodes being dragged, where they are now. */
  dragging: Record<Id, FlowPoint> | null;
  /** Set while this person (a facilitator) asks others to follow their view. */
  leading: Viewport | null;
  /** Set while this person (a facilitator) presents saved views: the step everyone following sees. */
  presenting?: PresentingStep | null;
}

export interface RoomState {
  /** The room id, or null when the map is one's own. */
  room: string | null;
  connection: Connection;
  /** Plain words for a failed connection or an offline start: what happened and what to do. */
  problem: string | null;
  role: Role;
  readOnly: ReadOnlyReason;
  locked: boolean;
  viewers: string[];
  /** Everyone else in the room (not this tab). */
  people: Person[];
  /** The links made when I shared this room (only the sharer and facilitators have them). */
  links: { edit: string; view: string } | null;
  /** The facilitator I am following (their participant id), or null. */
  following: string | null;
  /** True while I (a facilitator) ask everyone to follow me. */
  leading: boolean;
  /** A facilitator's "Bring everyone here": the view to jump to; seq makes each request new. */
  jump: { viewport: Viewport; seq: number } | null;
}

export const NO_ROOM: RoomState = {
  room: null,
  connection: 'connecting',
  problem: null,
  role: 'edit',
  readOnly: null,
  locked: false,
  viewers: [],
  people: [],
  links: null,
  following: null,
  leading: false,
  jump: null,
};

export type RoomStore = StoreApi<RoomState>;

export const createRoomStore = (): RoomStore => createStore<RoomState>()(() => NO_ROOM);

/** Why I cannot edit, in the words the app shows. */
export function readOnlyText(reason: ReadOnlyReason): string | null {
  if (reason === 'locked') return 'The facilitator has locked the map. You can look around; editing comes back when they unlock it.';
  if (reason === 'view-link') return 'You opened a view link: you can watch the map change but not edit it. Ask the facilitator for the edit link to take part.';
  if (reason === 'made-viewer') return 'The facilitator has made you a viewer. You can watch; ask them if you want to edit again.';
  if (reason === 'link-reset') return 'The facilitator has made a new edit link, so the one you opened can now only watch. Ask them for the new link to edit again.';
  return null;
}
