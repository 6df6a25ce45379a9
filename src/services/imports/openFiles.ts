/**
 * Opening files from the Open… button, a drop on the canvas or the library:
 * our own maps open at once; another tool's file is read in the import
 * worker and waits, with its report, until the user says "Open as a new map"
 * or "Cancel". Nothing touches the open map until then, and a file that
 * cannot be read leaves it as it was.
 */
import { openFilesOffThread, warmImportWorker } from '../../formats/browser/client.ts';

export { warmImportWorker };
import type { InputFile } from '../../formats/types.ts';
import { runLayout } from '../../layout/browser/client.ts';
import { LayoutCancelled } from '../../layout/types.ts';
import { MAX_FILE_BYTES } from '../../model/load.ts';
import type { MapDocument } from '../../model/types.ts';
import { openAsNewMap, openLoadedMap } from '../maps.ts';
import { notify, reportError, type Session } from '../session.ts';
import { listNames } from './report.ts';

const mb = (bytes: number) => (bytes / 1048576).toFixed(1);

async function bytesOf(file: File): Promise<InputFile | string> {
  try {
    return { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) };
  } catch (err) {
    return `Could not read ${file.name} (${err instanceof Error ? err.message : String(err)}). Your open map has not changed.`;
  }
}

/** Opens what the user chose or dropped; every file is either read or named as not opened. */
export async function openFiles(s: Session, chosen: File[]) {
  // Refuse big files before reading a byte of them.
  const tooBig = chosen.filter((f) => f.size > MAX_FILE_BYTES);
  for (const f of tooBig) {
    reportError(s, `Could not open ${f.name}: it is ${mb(f.size)} MB, and System Canvas opens files of at most ${MAX_FILE_BYTES / 1048576} MB. Your open map has not changed.`);
  }
  const files = chosen.filter((f) => !tooBig.includes(f));
  if (!files.length) return;

  s.imports.setState({ busy: `Reading ${listNames(files.map((f) => f.name))}` });
  try {
    const inputs: InputFile[] = [];
    for (const f of files) {
      const read = await bytesOf(f);
      if (typeof read === 'string') return reportError(s, read);
      inputs.push(read);
    }
    let opened;
    try {
      opened = await openFilesOffThread(inputs);
    } catch (err) {
      return reportError(s, `Could not open ${listNames(files.map((f) => f.name))}: ${err instanceof Error ? err.message : String(err)}. Your open map has not changed.`);
    }
    const names = listNames(opened.used);
    if (opened.kind === 'own') {
      await openLoadedMap(s, names, opened.load);
      if (opened.notOpened.length) notify(s, notOpenedText(opened.notOpened));
      return;
    }
    if (opened.kind === 'imported') {
      s.imports.setState({ pending: { fileNames: opened.used, result: opened.summary, doc: opened.doc, notOpened: opened.notOpened } });
      return;
    }
    const lines = opened.outcome.problems.map((p) => (p.where && p.where !== names ? `${p.where}: ${p.message}` : p.message));
    const also = opened.notOpened.length ? `\n${notOpenedText(opened.notOpened)}` : '';
    reportError(s, `Could not open ${names}. Your open map has not changed.\n${lines.join('\n')}${also}`);
  } finally {
    s.imports.setState({ busy: null });
  }
}

export function notOpenedText(names: string[]): string {
  const one = names.length === 1;
  return `Not opened: ${listNames(names)}. System Canvas opens one file at a time, or Kumu’s elements and connections CSV files together; open ${one ? 'it' : 'them'} on ${one ? 'its' : 'their'} own.`;
}

/**
 * Lays out an imported map in the layout worker: by theme when it came
 * without positions, or tidied (lined up, overlaps removed, nothing moved
 * far) when it brought its own, since another tool's boxes are sized
 * differently and often land on top of each other here.
 */
async function laidOut(s: Session, doc: MapDocument, algorithm: 'clustered' | 'tidy'): Promise<MapDocument | null> {
  const run = runLayout(doc, {
    algorithm,
    onProgress: (p) => {
      const current = s.view.getState().layout;
      if (current) s.view.getState().setLayout({ ...current, phase: p.phase, fraction: p.fraction });
    },
  });
  s.view.getState().setLayout({ algorithm, phase: 'Starting', fraction: 0, cancel: run.cancel });
  try {
    const positions = await run.promise;
    const nodes = Object.fromEntries(Object.entries(doc.nodes).map(([id, n]) => [id, positions[id] ? { ...n, position: positions[id] } : n]));
    return { ...doc, nodes };
  } catch (err) {
    if (err instanceof LayoutCancelled) return null;
    throw err;
  } finally {
    s.view.getState().setLayout(null);
  }
}

/** "Open as a new map": lays it out if it has no positions, stores it in the library and shows it. */
export async function acceptImport(s: Session) {
  const pending = s.imports.getState().pending;
  if (!pending) return;
  s.imports.setState({ pending: null });
  const { result, fileNames } = pending;
  let doc = pending.doc();
  // Our own maps open exactly as saved; another tool's are laid out, or tidied if they bring positions.
  const ours = result.format === 'system-canvas';
  if (Object.keys(doc.nodes).length > 1 && !(ours && result.hasPositions)) {
    try {
      const arranged = await laidOut(s, doc, result.hasPositions ? 'tidy' : 'clustered');
      if (!arranged) return notify(s, `Import of ${listNames(fileNames)} cancelled. Your open map has not changed.`);
      doc = arranged;
    } catch (err) {
      reportError(s, `The ${result.tool} map could not be laid out (${err instanceof Error ? err.message : String(err)}); it opens where the file put its nodes.`);
    }
  }
  const opened = await openAsNewMap(s, doc);
  if (result.scenarios?.length) s.imports.setState((st) => ({ scenarios: { ...st.scenarios, [opened.id]: result.scenarios! } }));
  const scenarios = result.scenarios?.length ? ` Its ${result.scenarios.length} scenario${result.scenarios.length === 1 ? ' is' : 's are'} in Analysis, What if.` : '';
  notify(s, `Opened ${listNames(fileNames)} from ${result.tool} as a new map${ours && result.hasPositions ? '' : result.hasPositions ? ', tidied (lined up, overlaps removed)' : ', laid out by theme'}.${scenarios}`);
}

export function cancelImport(s: Session) {
  const pending = s.imports.getState().pending;
  if (!pending) return;
  s.imports.setState({ pending: null });
  notify(s, `Did not open ${listNames(pending.fileNames)}. Your open map has not changed.`);
}
