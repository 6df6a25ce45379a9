/** A plain confirmation dialog for actions that deserve a second thought (asked through services/confirm.ts). */
import { useEffect, useRef } from 'react';
import { answer } from '../services/confirm.ts';
import { appSession, useConfirm } from './appSession.ts';

export function ConfirmDialog() {
  const request = useConfirm((s) => s.request);
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = ref.current;
    if (request && d && !d.open) d.showModal();
  }, [request]);
  const reply = (ok: boolean) => {
    answer(appSession.confirm, ok);
    ref.current?.close();
  };
  return (
    <dialog ref={ref} className="confirm" aria-labelledby="confirm-title" onCancel={() => reply(false)}>
      {request && (
        <>
          <h2 id="confirm-title">{request.title}</h2>
          <p className="confirm__message">{request.message}</p>
          <div className="confirm__actions">
            <button type="button" onClick={() => reply(false)} autoFocus>
              {request.cancelLabel ?? 'Cancel'}
            </button>
            <button type="button" className={request.danger === false ? 'primary' : 'danger'} onClick={() => reply(true)}>
              {request.confirmLabel}
            </button>
          </div>
        </>
      )}
    </dialog>
  );
}
