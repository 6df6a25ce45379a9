/** Opening a room link for the first time in this browser: say what to call you, then join. */
import { useEffect, useRef, useState } from 'react';
import { loadIdentity, saveIdentity } from '../../services/room/identity.ts';
import { openRoomFromAddress } from '../../services/room/share.ts';
import { appSession } from '../../ui/appSession.ts';
import { usePerspectives } from '../../ui/mapParts.ts';
import { NameFields } from './NameFields.tsx';
import { VoiceFields } from './VoiceFields.tsx';
import { useDialog } from './useDialog.ts';
import './live.css';

/**
 * Start-up opened no map of its own behind this (the room's map is what is meant): `onNotNow` is called when the
 * person closes it without joining (Not now, or Escape), to open their own last map instead.
 */
export function JoinDialog({ open, onClose, onNotNow }: { open: boolean; onClose(): void; onNotNow(): void }) {
  const ref = useDialog(open);
  const joined = useRef(false);
  const closed = () => {
    if (!joined.current) onNotNow();
    joined.current = false;
    onClose();
  };
  const [me, setMe] = useState(() => loadIdentity());
  // Read afresh each time it opens: the profile may have changed since (Your profile).
  useEffect(() => {
    if (open) setMe(loadIdentity());
  }, [open]);
  // The room's own perspectives are not known before joining: the open map's are the best guess (a new map's are the defaults everyone starts with).
  const perspectives = usePerspectives();
  return (
    <dialog ref={ref} className="live-dialog" aria-labelledby="join-heading" onClose={closed}>
      <h2 id="join-heading">Join the live map</h2>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (!me.name.trim()) return;
          saveIdentity({ ...me, name: me.name.trim() });
          joined.current = true;
          openRoomFromAddress(appSession);
          ref.current?.close();
        }}
      >
        <p>You are joining a map others are working on. Your name and colour show beside your pointer and what you select.</p>
        <NameFields name={me.name} colour={me.colour} onChange={(next) => setMe({ ...me, ...next })} />
        <VoiceFields perspectives={perspectives} perspectiveId={me.perspectiveId} anonymous={me.anonymous} onChange={(next) => setMe({ ...me, ...next })} />
        <div className="live-dialog__actions">
          <button type="button" onClick={() => ref.current?.close()}>
            Not now: open my own map
          </button>
          <button type="submit" className="primary" disabled={!me.name.trim()}>
            Join
          </button>
        </div>
      </form>
    </dialog>
  );
}
