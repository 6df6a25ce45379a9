/** Says whether the map is safely kept. Not saving is also announced as a banner (see SaveBanner). */
import { useSaveStatus } from '../ui/appSession.ts';

const TEXT = { saved: 'Saved', saving: 'Saving…', unavailable: 'Not saving', failed: 'Not saved' } as const;
const TITLE = {
  saved: 'Every change is saved in this browser',
  saving: 'Saving in this browser…',
  unavailable: 'This browser is not keeping your changes: use Save… to keep a file',
  failed: 'The last save failed: use Save… to keep a file',
} as const;

export function SaveIndicator() {
  const state = useSaveStatus((s) => s.state);
  return (
    <span className={`save-indicator save-indicator--${state}`} role="status" aria-live="polite" title={TITLE[state]}>
      <span aria-hidden="true">{state === 'saved' ? '✓ ' : state === 'saving' ? '… ' : '⚠ '}</span>
      {TEXT[state]}
    </span>
  );
}

export function SaveBanner() {
  const { state, detail } = useSaveStatus();
  if (state !== 'unavailable' && state !== 'failed') return null;
  return (
    <div className="banner banner--warning" role="alert">
      <strong>Changes are not being saved.</strong>{' '}
      {state === 'unavailable'
        ? 'This browser is not letting System Canvas keep data (a private window, or storage is blocked or full).'
        : 'The last save failed.'}{' '}
      Use <em>Save…</em> to keep your map in a file.
      {detail && <span className="banner__detail"> ({detail})</span>}
    </div>
  );
}
