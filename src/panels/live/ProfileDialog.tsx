/** "Your profile": the name, perspective and anonymity stamped on what I add, set once and remembered by this browser. */
import { useState } from 'react';
import { loadIdentity, saveIdentity } from '../../services/room/identity.ts';
import { usePerspectives } from '../../ui/mapParts.ts';
import { NameFields } from './NameFields.tsx';
import { VoiceFields } from './VoiceFields.tsx';
import { useDialog } from './useDialog.ts';
import './live.css';

export function ProfileDialog({ open, onClose }: { open: boolean; onClose(): void }) {
  const ref = useDialog(open);
  return (
    <dialog ref={ref} className="live-dialog" aria-labelledby="profile-heading" onClose={onClose}>
      {/* Mounted only while open, so it reads the profile afresh each time (a room's join may have changed it). */}
      {open && <ProfileForm onClose={onClose} />}
    </dialog>
  );
}

function ProfileForm({ onClose }: { onClose(): void }) {
  const perspectives = usePerspectives();
  const [me, setMe] = useState(() => loadIdentity());
  return (
    <>
      <h2 id="profile-heading">Your profile</h2>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          saveIdentity({ ...me, name: me.name.trim() });
          onClose();
        }}
      >
        <p>Remembered by this browser, on every map, and used when you join a live map.</p>
        <NameFields name={me.name} colour={me.colour} required={false} onChange={(next) => setMe({ ...me, ...next })} />
        <VoiceFields perspectives={perspectives} perspectiveId={me.perspectiveId} anonymous={me.anonymous} onChange={(next) => setMe({ ...me, ...next })} />
        <div className="live-dialog__actions">
          <button type="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="primary">
            Save profile
          </button>
        </div>
      </form>
    </>
  );
}
