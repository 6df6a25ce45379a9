/**
 * Where imports show themselves: a status line while a file is read, and the
 * import report once it is. The report's code loads only when it is needed
 * (it starts loading while the file is still being read).
 */
import { lazy, Suspense } from 'react';
import { warmImports } from '../../services/imports/open.ts';
import { useImports } from '../../ui/appSession.ts';
import './import-host.css';

const loadDialog = () => import('./ImportReportDialog.tsx');
const ImportReportDialog = lazy(loadDialog);

/** A file is about to be chosen or dropped: load the reading code, the import worker and this report's code now. */
export function warmImport(): void {
  warmImports();
  void loadDialog();
}

export function ImportHost() {
  const busy = useImports((s) => s.busy);
  const pending = useImports((s) => s.pending);
  if (busy) void loadDialog();
  return (
    <>
      {busy && (
        <div className="import-busy" role="status">
          {busy}…
        </div>
      )}
      {pending && (
        <Suspense fallback={null}>
          <ImportReportDialog key={pending.fileNames.join('\n')} pending={pending} />
        </Suspense>
      )}
    </>
  );
}
