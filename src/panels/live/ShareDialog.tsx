/** "Share live…": turn the open map into a room and hand out its edit and view links. */
import { useEffect, useState } from 'react';
import { loadIdentity, saveIdentity } from '../../services/room/identity.ts';
import { shareLive } from '../../services/room/share.ts';
import { appSession, useRoom } from '../../ui/appSession.ts';
import { usePerspectives } from '../../ui/mapParts.ts';
import { NameFields } from './NameFields.tsx';
import { VoiceFields } from './VoiceFields.tsx';
import { useDialog } from './useDialog.ts';
import './live.css';

function CopyLink({ label, link, help }: { label: string; link: string; help: string }) {
  const [copied, setCopied] = useState(false);
  const id = `live-link-${label.split(' ')[0]!.toLowerCase()}`;
  return (
    <div className="live-link">
      <label htmlFor={id} className="live-link__label">
        {label}
      </label>
      <div className="live-link__row">
        <input id={id} readOnly value={link} onFocus={(e) => e.currentTarget.select()} />
        <button
          type="button"
          onClick={() =>
            void navigator.clipboard.writeText(link).then(
              () => setCopied(true),
              () => setCopied(false),
            )
          }
        >
          {copied ? 'Copied' : `Copy ${label.toLowerCase()}`}
        </button>
      </div>
      <p className="muted">{help}</p>
    </div>
  );
}

export function ShareDialog({ open, onClose }: { open: boolean; onClose(): void }) {
  const ref = useDialog(open);
  const links = useRoom((s) => s.links);
  const [me, setMe] = useState(() => loadIdentity());
  // Read afresh each time it opens: the profile may have changed since (Your profile).
  useEffect(() => {
    if (open) setMe(loadIdentity());
  }, [open]);
  const perspectives = usePerspectives();
  const [busy, setBusy] = useState(false);
  const local = ['localhost', '127.0.0.1', '[::1]'].includes(location.hostname);

  return (
    <dialog ref={ref} className="live-dialog" aria-labelledby="share-heading" onClose={onClose}>
      <h2 id="share-heading">Share live</h2>
      {links ? (
        <>
          <p>The map is live. Everyone with a link sees changes as they happen; you are the facilitator.</p>
          <CopyLink label="Edit link" link={links.edit} help="People with this link can add to and change the map." />
          <CopyLink label="View link" link={links.view} help="People with this link can watch but never change the map (the server refuses their edits)." />
          {local && (
            <p className="live-dialog__note">
              These links say “{location.hostname}”, which only works on this machine. For others on your network, replace it with this machine’s
              address, as printed by <code>npm start</code>.
            </p>
          )}
          <div className="live-dialog__actions">
            <button type="button" onClick={onClose}>
              Done
            </button>
          </div>
        </>
      ) : (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            if (!me.name.trim() || busy) return;
            saveIdentity({ ...me, name: me.name.trim() });
            setBusy(true);
            void shareLive(appSession).then((ok) => {
              setBusy(false);
              if (!ok) onClose();
            });
          }}
        >
          <p>
            The open map becomes a room on the room server: you get a link to edit it together and a link to watch. Private notes stay in this
            browser.
          </p>
          <NameFields name={me.name} colour={me.colour} onChange={(next) => setMe({ ...me, ...next })} />
          <VoiceFields perspectives={perspectives} perspectiveId={me.perspectiveId} anonymous={me.anonymous} onChange={(next) => setMe({ ...me, ...next })} />
          <div className="live-dialog__actions">
            <button type="button" onClick={onClose}>
              Cancel
            </button>
            <button type="submit" className="primary" disabled={!me.name.trim() || busy}>
              {busy ? 'Starting…' : 'Start sharing'}
            </button>
          </div>
        </form>
      )}
    </dialog>
  );
}
