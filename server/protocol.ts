/**
 * The room's control messages, sent as Hocuspocus stateless messages (JSON
 * text). The client binding and the server share only these shapes.
 *
 * Client -> server (only a facilitator's are obeyed; anyone else gets "refused"):
 *   { type: 'lock' } | { type: 'unlock' }
 *   { type: 'make-viewer', participant } | { type: 'make-editor', participant }
 *   { type: 'make-facilitator', participant }
 *   { type: 'reset-edit-link' }      every edit link so far becomes read-only; the facilitator gets new links
 *   { type: 'announce', payload }   e.g. "bring everyone here"; relayed to all as below
 * Server -> client:
 *   { type: 'you', participant, role, readOnly, reason }   on joining and whenever it changes
 *   { type: 'room-state', locked, viewers }                on joining and whenever it changes
 *   { type: 'capability', role: 'facilitator', token }     to a participant just made facilitator
 *   { type: 'links', edit, view }                          to the facilitator who reset the edit link: the links to share now
 *   { type: 'refused', request, reason }                   a control message that was not obeyed
 *   { type: 'announce', from, payload }                    a facilitator's announcement
 */
import type { Role } from './capabilities.ts';

/** Why a connection cannot write; null when it can. */
export type ReadOnlyReason = 'view-link' | 'locked' | 'made-viewer' | 'link-reset' | null;

export type ControlRequest =
  | { type: 'lock' }
  | { type: 'unlock' }
  | { type: 'make-viewer'; participant: string }
  | { type: 'make-editor'; participant: string }
  | { type: 'make-facilitator'; participant: string }
  | { type: 'reset-edit-link' }
  | { type: 'announce'; payload: unknown };

export type ServerMessage =
  | { type: 'you'; participant: string; role: Role; readOnly: boolean; reason: ReadOnlyReason }
  | { type: 'room-state'; locked: boolean; viewers: string[] }
  | { type: 'capability'; role: 'facilitator'; token: string }
  | { type: 'links'; edit: string; view: string }
  | { type: 'refused'; request: string; reason: string }
  | { type: 'announce'; from: string; payload: unknown };

/** A participant id is chosen by the browser (kept per browser) and passed as ?participant= on the websocket URL. */
export const PARTICIPANT_ID = /^[A-Za-z0-9_-]{8,64}$/;

/** The browser's secret that proves a participant id is its own (?key=), kept with its identity. */
export const PARTICIPANT_KEY = /^[A-Za-z0-9_-]{22,128}$/;

/** An announcement bigger than this is refused: it is a view or a node id, not content. */
export const MAX_ANNOUNCE_CHARS = 4096;

const TARGETED = new Set(['make-viewer', 'make-editor', 'make-facilitator']);

/** Parses a client's stateless text; a string is a plain-words reason it was refused. */
export function parseControl(text: string): ControlRequest | string {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return 'not JSON';
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return 'not a JSON object';
  const msg = raw as Record<string, unknown>;
  const type = msg.type;
  if (type === 'lock' || type === 'unlock' || type === 'reset-edit-link') return { type };
  if (typeof type === 'string' && TARGETED.has(type)) {
    if (typeof msg.participant !== 'string' || !PARTICIPANT_ID.test(msg.participant)) return `${type} needs a participant id`;
    return { type, participant: msg.participant } as ControlRequest;
  }
  if (type === 'announce') {
    if (text.length > MAX_ANNOUNCE_CHARS) return `an announcement is at most ${MAX_ANNOUNCE_CHARS} characters`;
    return { type, payload: msg.payload ?? null };
  }
  return `unknown request type ${JSON.stringify(type ?? null)}`;
}
