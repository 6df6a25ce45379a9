/** "Export presentation PDF": the views in the presentation, one per page, built off the main thread and downloaded. */
import { useState } from 'react';
import { presentation } from '../../model/savedViews.ts';
import type { Size } from '../../views/viewArea.ts';
import { downloadBlob } from '../../services/fileIO.ts';
import { notify, reportError } from '../../services/session.ts';
import { appSession } from '../../ui/appSession.ts';

export function useExportPresentation(canvasSize: () => Size) {
  const [exporting, setExporting] = useState(false);
  const exportPresentation = async () => {
    const doc = appSession.map.getState().doc;
    const views = presentation(doc);
    if (!views.length) return;
    setExporting(true);
    try {
      const mod = await import('../../export/browser/index.ts');
      const blob = await mod.exportPresentationPdf(doc, views, { canvas: canvasSize(), themeRegions: appSession.view.getState().themeRegions });
      const name = mod.exportFileName(`${doc.meta.title || 'System map'} presentation`, 'pdf');
      downloadBlob(blob, name);
      notify(appSession, `Exported ${name}: ${views.length} ${views.length === 1 ? 'page' : 'pages'}, one per view.`);
    } catch (err) {
      reportError(appSession, `The presentation PDF could not be made: ${err instanceof Error ? err.message : String(err)}`);
    } finally {
      setExporting(false);
    }
  };
  return { exporting, exportPresentation };
}
