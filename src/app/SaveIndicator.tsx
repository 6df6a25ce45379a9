/** Says whether the map is safely kept. Not saving is also announced as a banner (see SaveBanner). */
import { downloadMap } from '../services/fileIO.ts';
import { appSession, useSaveStatus } from '../ui/appSession.ts';
import './saveBanner.css';

const TEXT = { saved: 'Saved', saving: 'Saving…', unavailable: 'Not saving', failed: 'Not saved' } as const;
const TITLE = {
  saved: 'Every change is saved in this browser',
  saving: 'Saving in this browser…',
  unavailable: 'This browser is not keeping your changes: use Save… to keep a file',
  failed: 'The last save failed; your changes are kept in this tab and saving is retried. Use Save… to keep a file',
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

const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

export function SaveBanner() {
  const { state, detail, retry } = useSaveStatus();
  if (state !== 'unavailable' && state !== 'failed') return null;
  const saveFile = (
    <button type="button" className="banner__action" onClick={() => downloadMap(appSession.map.getState().doc)}>
      Save a file
    </button>
  );
  if (state === 'unavailable') {
    return (
      <div className="banner banner--warning" role="alert">
        <strong>Changes are not being saved.</strong> This browser is not letting System Canvas keep data
        {detail ? `: ${detail}.` : ' (a private window, or storage is blocked or full).'} Your map stays open in this tab until you close it. Use{' '}
        <em>Save…</em> to keep it in a file. {saveFile}
      </div>
    );
  }
  return (
    <div className="banner banner--warning" role="alert">
      <strong>Your latest changes are not saved in this browser yet.</strong> {detail ? `${capital(detail)}.` : 'The browser refused to save.'} They
      are kept in this tab, and System Canvas keeps trying. To be safe, use <em>Save…</em> to keep the map in a file. {saveFile}
      {retry && (
        <button type="button" className="banner__action" onClick={retry}>
          Try again
        </button>
      )}
    </div>
  );
}
