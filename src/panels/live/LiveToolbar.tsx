/** The toolbar's live part: "Share live…" on a map of one's own; in a room, who is here, the connection, and the people menu. */
import { useState } from 'react';
import { appSession, useRoom } from '../../ui/appSession.ts';
import { PeopleMenu } from './PeopleMenu.tsx';
import { ShareDialog } from './ShareDialog.tsx';
import './live.css';

const STATUS = { connecting: 'Connecting…', online: 'Live', offline: 'Offline', failed: 'Not connected' } as const;
/** The rest are counted ("+37") and listed in the People menu. */
const MAX_AVATARS = 3;

const initials = (name: string) =>
  name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((w) => w[0]!.toUpperCase())
    .join('') || '?';

export function LiveToolbar() {
  const room = useRoom((s) => s.room);
  const connection = useRoom((s) => s.connection);
  const people = useRoom((s) => s.people);
  const links = useRoom((s) => s.links);
  const following = useRoom((s) => s.following);
  const [sharing, setSharing] = useState(false);
  const [menu, setMenu] = useState(false);
  const leader = following ? people.find((p) => p.participant === following) : undefined;

  return (
    <div className="toolbar__group live-bar" role="group" aria-label="Live">
      {!room ? (
        <button type="button" onClick={() => setSharing(true)} title="Edit this map together: get a link others can open">
          Share live…
        </button>
      ) : (
        <>
          <span className={`live-status live-status--${connection}`} role="status">
            {STATUS[connection]}
          </span>
          <ul className="live-avatars" aria-label={`${people.length + 1} in this room`}>
            {people.slice(0, MAX_AVATARS).map((p) => (
              <li key={p.clientId} className="live-avatar" style={{ background: p.colour }} title={p.name}>
                <span aria-hidden="true">{initials(p.name)}</span>
                <span className="visually-hidden">{p.name}</span>
              </li>
            ))}
            {people.length > MAX_AVATARS && <li className="live-avatar live-avatar--more">+{people.length - MAX_AVATARS}</li>}
          </ul>
          <div className="menu">
            <button type="button" aria-expanded={menu} onClick={() => setMenu(!menu)} title="Who is here, and the facilitator's controls">
              People ({people.length + 1})
            </button>
            {menu && (
              <PeopleMenu
                onClose={() => setMenu(false)}
                onShowLinks={
                  links
                    ? () => {
                        setMenu(false);
                        setSharing(true);
                      }
                    : undefined
                }
              />
            )}
          </div>
          {leader && (
            <button type="button" className="live-following" onClick={() => appSession.room.setState({ following: null })}>
              Following {leader.name}: stop
            </button>
          )}
        </>
      )}
      <ShareDialog open={sharing} onClose={() => setSharing(false)} />
    </div>
  );
}
