/** Who I add as, on a map used alone or in a room, with the way to change it ("Your profile…"). */
import { useState } from 'react';
import { NO_PERSPECTIVE } from '../../model/sensemaking.ts';
import { hasProfile } from '../../services/profile.ts';
import { loadIdentity } from '../../services/room/identity.ts';
import { useMapStore } from '../../ui/appSession.ts';
import { perspectiveKey } from '../../views/voices.ts';
import { ProfileDialog } from './ProfileDialog.tsx';

export function ProfileLine() {
  const perspectives = useMapStore((s) => s.doc.perspectives);
  const [open, setOpen] = useState(false);
  // The profile lives in this browser's storage, not in a store: read it on each render (it is small), so a save shows at once.
  const me = loadIdentity();
  const key = perspectiveKey({ perspectives }, { voice: { personId: me.participant, name: me.name, perspectiveId: me.perspectiveId } });
  const from = key === NO_PERSPECTIVE ? 'no perspective given' : perspectives[key]!.name;
  const who = !hasProfile(me) ? 'What you add records no voice yet.' : me.anonymous || !me.name.trim() ? `You add anonymously (${from}).` : `You add as ${me.name.trim()} (${from}).`;
  return (
    <div className="profile-line">
      <span>{who}</span>{' '}
      <button type="button" className="link-button" onClick={() => setOpen(true)}>
        Your profile…
      </button>
      <ProfileDialog open={open} onClose={() => setOpen(false)} />
    </div>
  );
}
