/**
 * Who is in the room, and the facilitator's controls: lock/unlock, change a
 * person's role, "Bring everyone to my view" and "Follow me" (a node's or a loop's
 * own "Bring everyone here" is in the inspector and the loop list). The server obeys
 * these only from a facilitator; others see the list only.
 */
import { useReactFlow } from '@xyflow/react';
import { liveRoom, resetEditLink, sendControl } from '../../services/room/live.ts';
import { loadIdentity } from '../../services/room/identity.ts';
import { shareLead } from '../../services/room/presence.ts';
import type { Person } from '../../services/room/roomState.ts';
import { appSession, useRoom } from '../../ui/appSession.ts';

const ROLE_WORDS = { facilitator: 'facilitator', edit: 'editor', view: 'viewer' } as const;

function roleOf(p: Person, viewers: string[]): keyof typeof ROLE_WORDS {
  if (p.role === 'facilitator') return 'facilitator';
  return p.role === 'view' || viewers.includes(p.participant) ? 'view' : 'edit';
}

function PersonRow({ person, facilitator, viewers }: { person: Person; facilitator: boolean; viewers: string[] }) {
  const role = roleOf(person, viewers);
  const make = (type: string) => sendControl(appSession, { type, participant: person.participant });
  return (
    <li className="people__row">
      <span className="people__dot" style={{ background: person.colour }} aria-hidden="true" />
      <span className="people__name">{person.name}</span>
      <span className="muted">{ROLE_WORDS[role]}</span>
      {facilitator && role !== 'facilitator' && (
        <span className="people__actions">
          {role === 'view' ? (
            <button type="button" onClick={() => make('make-editor')} aria-label={`Let edit: ${person.name}`}>
              Let edit
            </button>
          ) : (
            <button type="button" onClick={() => make('make-viewer')} aria-label={`Make viewer: ${person.name}`}>
              Make viewer
            </button>
          )}
          <button type="button" onClick={() => make('make-facilitator')} aria-label={`Make facilitator: ${person.name}`}>
            Make facilitator
          </button>
        </span>
      )}
    </li>
  );
}

export function PeopleMenu({ onClose, onShowLinks }: { onClose(): void; onShowLinks?: () => void }) {
  const rf = useReactFlow();
  const { people, role, locked, viewers, leading } = useRoom();
  const facilitator = role === 'facilitator';
  const me = loadIdentity();

  const toggleLead = () => {
    const live = liveRoom(appSession);
    if (!live) return;
    const next = !leading;
    appSession.room.setState({ leading: next });
    shareLead(live.provider, next ? rf.getViewport() : null);
  };

  return (
    <div className="menu__list people" role="dialog" aria-label="People in this room">
      <h2 className="people__heading">In this room ({people.length + 1})</h2>
      <ul className="people__list" aria-label="People">
        <li className="people__row">
          <span className="people__dot" style={{ background: me.colour }} aria-hidden="true" />
          <span className="people__name">{me.name || 'You'} (you)</span>
          <span className="muted">{ROLE_WORDS[role === 'view' ? 'view' : role]}</span>
        </li>
        {people.map((p) => (
          <PersonRow key={p.clientId} person={p} facilitator={facilitator} viewers={viewers} />
        ))}
      </ul>
      {facilitator && (
        <div className="people__controls" role="group" aria-label="Facilitator controls">
          <button type="button" onClick={() => sendControl(appSession, { type: locked ? 'unlock' : 'lock' })}>
            {locked ? 'Unlock the map' : 'Lock the map'}
          </button>
          <button
            type="button"
            onClick={() => {
              sendControl(appSession, { type: 'announce', payload: { kind: 'view', viewport: rf.getViewport() } });
              onClose();
            }}
          >
            Bring everyone to my view
          </button>
          <button type="button" aria-pressed={leading} onClick={toggleLead}>
            {leading ? 'Stop: follow me' : 'Follow me'}
          </button>
          <button type="button" onClick={() => void resetEditLink(appSession)}>
            Reset the edit link…
          </button>
          <p className="muted">{locked ? 'Locked: only facilitators can edit.' : 'Locking makes everyone but facilitators read-only at once.'}</p>
          {viewers.length > 0 && (
            <p className="muted">A viewer who opens the edit link again as someone new could edit: reset the edit link to be sure.</p>
          )}
        </div>
      )}
      {onShowLinks && (
        <button type="button" className="people__close" onClick={onShowLinks}>
          Show the room links…
        </button>
      )}{' '}
      <button type="button" className="people__close" onClick={onClose}>
        Close
      </button>
    </div>
  );
}
