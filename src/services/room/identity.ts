/**
 * Who I am, in rooms and on a map used alone, picked once and remembered by
 * this browser: a random participant id (the server names me by it), a
 * display name, a colour, the perspective I speak from, and whether my name
 * is left off what I add (anonymous: the perspective is kept, the name not).
 */
import { MAX_PERSON_NAME } from '../../model/schema.ts';
import type { MapDocument, Voice } from '../../model/types.ts';

export interface Identity {
  participant: string;
  name: string;
  colour: string;
  /** A perspective id of the open map (see src/model/sensemaking.ts), or null for none given. */
  perspectiveId: string | null;
  anonymous: boolean;
}

/** Colours that stay readable as text on white and as outlines on the canvas. */
export const PERSON_COLOURS = ['#c2410c', '#1d4ed8', '#15803d', '#7e22ce', '#be123c', '#0f766e', '#a16207', '#4338ca'] as const;

const KEY = 'system-canvas.identity';

function randomId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(12));
  return Array.from(bytes, (b) => 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'[b % 64]).join('');
}

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/** The stored identity; name is '' until the person has picked one. */
export function loadIdentity(): Identity {
  const raw = storage()?.getItem(KEY);
  try {
    const parsed = raw ? (JSON.parse(raw) as Partial<Identity>) : {};
    if (typeof parsed.participant === 'string' && /^[A-Za-z0-9_-]{8,64}$/.test(parsed.participant)) {
      return {
        participant: parsed.participant,
        name: typeof parsed.name === 'string' ? parsed.name.slice(0, 40) : '',
        colour: typeof parsed.colour === 'string' && /^#[0-9a-f]{6}$/i.test(parsed.colour) ? parsed.colour : PERSON_COLOURS[0],
        perspectiveId: typeof parsed.perspectiveId === 'string' && parsed.perspectiveId.length <= 100 ? parsed.perspectiveId : null,
        anonymous: parsed.anonymous === true,
      };
    }
  } catch {
    // A damaged entry: start afresh below.
  }
  const fresh: Identity = {
    participant: randomId(),
    name: '',
    colour: PERSON_COLOURS[Math.floor(Math.random() * PERSON_COLOURS.length)]!,
    perspectiveId: null,
    anonymous: false,
  };
  storage()?.setItem(KEY, JSON.stringify(fresh));
  return fresh;
}

export function saveIdentity(identity: Identity): void {
  storage()?.setItem(KEY, JSON.stringify(identity));
}

const KEY_KEY = 'system-canvas.participant-key';

/**
 * This browser's secret that proves my participant id is mine: the room
 * server keeps the first key each participant id joins a room with, so
 * someone who copies my id (everyone in the room sees it) cannot edit my
 * comments or views of links. Never shown, never put in a map.
 */
export function participantKey(): string {
  const kept = storage()?.getItem(KEY_KEY);
  if (kept && /^[A-Za-z0-9_-]{22,128}$/.test(kept)) return kept;
  const fresh = randomId() + randomId() + randomId();
  storage()?.setItem(KEY_KEY, fresh);
  return fresh;
}

/** A facilitator's capability, kept per room so the sharer is facilitator again after a reload. */
export function facilitatorToken(room: string): string | null {
  return storage()?.getItem(`system-canvas.room.${room}.facilitator`) ?? null;
}

export function keepFacilitatorToken(room: string, token: string): void {
  storage()?.setItem(`system-canvas.room.${room}.facilitator`, token);
}

/**
 * The voice stamped on what I add to a map: my participant id, my name (or
 * none when I asked to stay anonymous) and my perspective, if the map has it.
 */
export function voiceOf(identity: Identity, perspectiveIds: ReadonlySet<string> | null = null): Voice {
  const perspectiveId = identity.perspectiveId !== null && (!perspectiveIds || perspectiveIds.has(identity.perspectiveId)) ? identity.perspectiveId : null;
  return { personId: identity.participant, name: identity.anonymous ? '' : identity.name.slice(0, MAX_PERSON_NAME), perspectiveId };
}

/** My voice on this map, as the identity stored in this browser says. */
export function currentVoice(doc: MapDocument | null): Voice {
  return voiceOf(loadIdentity(), doc ? new Set(Object.keys(doc.perspectives)) : null);
}
