/**
 * The import report: before another tool's map is added, what was read and
 * what could not be, in the user's words, and a choice: open it as a new
 * map, or cancel. Loaded only when a report is waiting.
 */
import { useEffect, useRef } from 'react';
import type { FormatId } from '../../formats/types.ts';
import { acceptImport, cancelImport, notOpenedText } from '../../services/imports/openFiles.ts';
import { listNames, reportLineText, splitReport } from '../../services/imports/report.ts';
import type { PendingImport } from '../../services/imports/store.ts';
import { appSession } from '../../ui/appSession.ts';
import './import.css';

const FORMAT_WORDS: Partial<Record<FormatId, string>> = {
  'kumu-json': 'a Kumu JSON backup',
  'kumu-xlsx': 'a Kumu spreadsheet',
  'kumu-csv': 'Kumu spreadsheet CSV',
  prsm: 'a PRSM map',
  'mental-modeler': 'a Mental Modeler model',
  graphml: 'a GraphML file',
  gexf: 'a GEXF file',
  dot: 'a Graphviz DOT file',
  'csv-edges': 'a CSV list of links',
};

export default function ImportReportDialog({ pending }: { pending: PendingImport }) {
  const ref = useRef<HTMLDialogElement>(null);
  const { result, fileNames, notOpened } = pending;
  const { read, check } = splitReport(result.report);
  const nodes = result.nodeCount;
  const scenarios = result.scenarios ?? [];

  useEffect(() => {
    const d = ref.current;
    if (d && !d.open) d.showModal();
    return () => d?.close();
  }, []);

  return (
    <dialog ref={ref} className="confirm import-report" aria-labelledby="import-heading" aria-describedby="import-from" onCancel={() => cancelImport(appSession)}>
      <h2 id="import-heading">Import from {result.tool}</h2>
      <p id="import-from" className="import-report__from">
        <span className="import-report__title">“{result.title || 'Untitled map'}”</span>, read from {listNames(fileNames)} ({FORMAT_WORDS[result.format] ?? result.format}).
      </p>
      <h3 className="import-report__heading">Read</h3>
      <ul className="import-report__list" aria-label="Read from the file">
        {read.map((line) => (
          <li key={line.what}>{reportLineText(line)}</li>
        ))}
        {read.length === 0 && <li>{nodes} nodes</li>}
      </ul>
      {check.length > 0 && (
        <>
          <h3 className="import-report__heading">Not imported or worth a look</h3>
          <ul className="import-report__list import-report__list--check" aria-label="Not imported or worth a look">
            {check.map((line) => (
              <li key={line.what} className={`is-${line.status}`}>
                <span className="import-report__mark" aria-hidden="true">
                  {line.status === 'skipped' ? '–' : '?'}
                </span>{' '}
                {reportLineText(line)}
              </li>
            ))}
          </ul>
        </>
      )}
      <p className="muted">
        {result.hasPositions ? 'Positions are kept from the file.' : 'The file has no positions: the map will be laid out by theme.'}
        {scenarios.length > 0 && ` ${scenarios.length} scenario${scenarios.length === 1 ? '' : 's'} (${scenarios.map((x) => `“${x.name}”`).join(', ')}) become what-if set-ups in Analysis.`}
      </p>
      {notOpened.length > 0 && <p className="surprise">{notOpenedText(notOpened)}</p>}
      <div className="confirm__actions">
        <button type="button" onClick={() => cancelImport(appSession)}>
          Cancel
        </button>
        <button type="button" className="primary" autoFocus onClick={() => void acceptImport(appSession)}>
          Open as a new map
        </button>
      </div>
    </dialog>
  );
}
