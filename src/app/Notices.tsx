/** Messages to the user. Errors stay until dismissed; confirmations fade after a while. */
import { useEffect } from 'react';
import { type Notice } from '../services/notices.ts';
import { useNotices } from '../ui/appSession.ts';

function NoticeView({ notice }: { notice: Notice }) {
  const dismiss = useNotices((s) => s.dismiss);
  useEffect(() => {
    if (notice.tone === 'error') return;
    const t = setTimeout(() => dismiss(notice.id), 8000);
    return () => clearTimeout(t);
  }, [notice, dismiss]);
  const [first, ...rest] = notice.text.split('\n');
  return (
    <div className={`notice notice--${notice.tone}`} role={notice.tone === 'error' ? 'alert' : 'status'}>
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
