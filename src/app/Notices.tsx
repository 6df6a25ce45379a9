/**
 * Messages to the user. Errors stay until dismissed; good news goes by
 * itself after a few seconds (longer when it offers a way back, and never
 * while the pointer or keyboard focus is on it, so it can be read and used).
 * They stack over the bottom of the canvas, clear of the zoom controls.
 */
import { useEffect, useState } from 'react';
import './notices.css';
import { type Notice } from '../services/notices.ts';
import { useNotices } from '../ui/appSession.ts';

function NoticeView({ notice }: { notice: Notice }) {
  const dismiss = useNotices((s) => s.dismiss);
  const [held, setHeld] = useState(false);
  useEffect(() => {
    if (notice.tone === 'error' || held) return;
    const t = setTimeout(() => dismiss(notice.id), notice.action ? 10_000 : 5_000);
    return () => clearTimeout(t);
  }, [notice, dismiss, held]);
  const [first, ...rest] = notice.text.split('\n');
  return (
    <div
      className={`notice notice--${notice.tone}`}
      role={notice.tone === 'error' ? 'alert' : 'status'}
      onPointerEnter={() => setHeld(true)}
      onPointerLeave={() => setHeld(false)}
      onFocus={() => setHeld(true)}
      onBlur={() => setHeld(false)}
    >
      <div className="notice__text">
        <strong>{first}</strong>
        {rest.length > 0 && (
          <ul>
            {rest.map((line, i) => (
              <li key={i}>{line}</li>
            ))}
          </ul>
        )}
      </div>
      {notice.action && (
        <button
          type="button"
          onClick={() => {
            notice.action!.run();
            dismiss(notice.id);
          }}
        >
          {notice.action.label}
        </button>
      )}
      <button type="button" className="notice__close" aria-label="Dismiss message" onClick={() => dismiss(notice.id)}>
        ×
      </button>
    </div>
  );
}

export function Notices() {
  const notices = useNotices((s) => s.notices);
  return (
    <div className="notices" role="region" aria-label="Messages">
      {notices.map((n) => (
        <NoticeView key={n.id} notice={n} />
      ))}
    </div>
  );
}
