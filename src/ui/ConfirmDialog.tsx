/** A plain confirmation dialog for actions that deserve a second thought. */
import { useEffect, useRef } from 'react';
import { create } from 'zustand';

interface Request {
  title: string;
  message: string;
  confirmLabel: string;
  resolve(ok: boolean): void;
}

const useConfirm = create<{ request: Request | null }>()(() => ({ request: null }));

export function confirmAction(title: string, message: string, confirmLabel: string): Promise<boolean> {
  return new Promise((resolve) => useConfirm.setState({ request: { title, message, confirmLabel, resolve } }));
}

export function ConfirmDialog() {
  const request = useConfirm((s) => s.request);
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = ref.current;
    if (request && d && !d.open) d.showModal();
  }, [request]);
  const answer = (ok: boolean) => {
    request?.resolve(ok);
    useConfirm.setState({ request: null });
    ref.current?.close();
  };
  return (
    <dialog ref={ref} className="confirm" aria-labelledby="confirm-title" onCancel={() => answer(false)}>
      {request && (
        <>
          <h2 id="confirm-title">{request.title}</h2>
          <p className="confirm__message">{request.message}</p>
          <div className="confirm__actions">
            <button type="button" onClick={() => answer(false)} autoFocus>
              Cancel
            </button>
            <button type="button" className="danger" onClick={() => answer(true)}>
              {request.confirmLabel}
            </button>
          </div>
        </>
      )}
    </dialog>
  );
}
