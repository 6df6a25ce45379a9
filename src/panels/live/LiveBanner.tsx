/** Says, under the toolbar, why the map cannot be edited or is not reaching the room, and what to do. */
import { takeOverTab, OTHER_TAB } from '../../services/tabLock.ts';
import { dismissRoomProblem, keepAsOwnMap } from '../../services/room/share.ts';
import { appSession, useMapStore, useRoom } from '../../ui/appSession.ts';
import './live.css';

export function LiveBanner() {
  const readOnly = useMapStore((s) => s.readOnly);
  const inRoom = useMapStore((s) => s.shared !== null);
  const connection = useRoom((s) => s.connection);
  const problem = useRoom((s) => s.problem);
  const room = useRoom((s) => s.room);

  if (connection === 'failed' && problem) {
    return (
      <div className="banner banner--warning live-banner" role="alert">
        <strong>The live map could not be opened.</strong> {problem}{' '}
        {inRoom ? (
          <button type="button" onClick={() => keepAsOwnMap(appSession)}>
            Keep as my own map
          </button>
        ) : (
          <button type="button" onClick={() => dismissRoomProblem(appSession)}>
            Dismiss
          </button>
        )}
      </div>
    );
  }
  return (
    <>
      {room && connection === 'offline' && (
        <div className="banner banner--warning live-banner" role="status">
          <strong>Offline: changes will sync.</strong> {problem ?? 'Keep working; your changes are kept in this browser and merge with everyone else’s when the connection is back.'}
        </div>
      )}
      {readOnly && (
        <div className="banner live-banner live-banner--readonly" role="status">
          <strong>Read-only.</strong> {readOnly}{' '}
          {readOnly === OTHER_TAB && (
            <button type="button" onClick={() => void takeOverTab(appSession)}>
              Use this tab
            </button>
          )}
        </div>
      )}
    </>
  );
}
