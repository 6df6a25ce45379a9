/** "Export report": the stack report PDF, with progress while it is made. */
import { useState } from 'react';
import type { StackDocument } from '../../model/stack/types.ts';
import type { Id, MapDocument } from '../../model/types.ts';
import { downloadBlob } from '../../services/fileIO.ts';
import { reportError } from '../../services/session.ts';
import { appSession } from '../../ui/appSession.ts';

export function StackReportButton({ stack, maps }: { stack: StackDocument; maps: Record<Id, MapDocument> }) {
  const [progress, setProgress] = useState<string | null>(null);
  return (
    <>
      <button
        type="button"
        disabled={progress !== null}
        onClick={async () => {
          setProgress('Starting');
          try {
            const { exportStackReport } = await import('../../export/browser/stack-report.ts');
            const blob = await exportStackReport(stack, maps, { onProgress: (_, message) => setProgress(message) });
            const slug = stack.title.toLowerCase().replace(/[^\p{Letter}\p{Number}]+/gu, '-').replace(/^-+|-+$/g, '') || 'stack';
            downloadBlob(blob, `${slug}-report.pdf`);
          } catch (err) {
            reportError(appSession, `The stack report could not be made: ${err instanceof Error ? err.message : String(err)}`);
          } finally {
            setProgress(null);
          }
        }}
      >
        Export report
      </button>
      <span className="stack-view__progress" role="status">
        {progress ?? ''}
      </span>
    </>
  );
}
