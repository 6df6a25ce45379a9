/**
 * Export… for other tools: Kumu, Mental Modeler, PRSM, Gephi, yEd, Graphviz,
 * a spreadsheet, or a Loopy link. The writer runs as soon as a format is
 * picked, so the dialog can say before the download what the format could
 * not carry. The writers load only when this part of the dialog opens.
 */
import { useEffect, useState } from 'react';
import type { FormatWriter } from '../../formats/registry.ts';
import type { ExportedFile, FormatId } from '../../formats/types.ts';
import type { MapDocument } from '../../model/types.ts';
import { useImports } from '../../ui/appSession.ts';
import './tool-formats.css';

/** What each format cannot hold, in short (docs/other-formats.md has the full table). */
const CANNOT_CARRY: Partial<Record<FormatId, string>> = {
  'kumu-json': 'theme descriptions',
  'kumu-xlsx': 'loop names and theme descriptions',
  'kumu-csv': 'loop names and theme descriptions',
  'mental-modeler': 'node kinds, unknown polarity (written as influence 0), link labels, delays, or more than five themes',
  prsm: 'confidence, delays or loop names (the sign travels as a link style)',
  graphml: 'theme descriptions or loop names',
  gexf: 'theme descriptions or loop names',
  dot: 'theme descriptions, link ids or loop names',
  'csv-edges': 'positions, themes, kinds, descriptions or nodes without links',
  loopy: 'strength, unknown polarity (written as +), confidence, delays or notes',
};

export interface PreparedFile {
  label: string;
  file: ExportedFile;
}

interface Props {
  doc: MapDocument;
  privateNotes: boolean;
  setPrivateNotes(on: boolean): void;
  onPrepared(prepared: PreparedFile | null): void;
}

type Registry = typeof import('../../formats/registry.ts');

export function ToolFormats({ doc, privateNotes, setPrivateNotes, onPrepared }: Props) {
  const [registry, setRegistry] = useState<Registry | null>(null);
  const [writerId, setWriterId] = useState<FormatId>('kumu-xlsx');
  const [file, setFile] = useState<ExportedFile | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [copied, setCopied] = useState(false);
  const scenarios = useImports((s) => s.scenarios[doc.id]);

  useEffect(() => {
    import('../../formats/registry.ts').then(setRegistry, (e: Error) => setProblem(`The writers could not load: ${e.message}`));
  }, []);

  const writer: FormatWriter | undefined = registry?.writerFor(writerId);
  useEffect(() => {
    if (!writer) return;
    let live = true;
    setFile(null);
    setCopied(false);
    onPrepared(null);
    writer.write(doc, { includePrivateNotes: privateNotes, ...(scenarios ? { scenarios } : {}) }).then(
      (written) => {
        if (!live) return;
        setFile(written);
        setProblem(null);
        onPrepared({ label: writer.label, file: written });
      },
      (err: unknown) => live && setProblem(`This map could not be written as ${writer.label}: ${err instanceof Error ? err.message : String(err)}`),
    );
    return () => {
      live = false;
    };
  }, [writer, doc, privateNotes, scenarios, onPrepared]);

  const experiments = Object.keys(doc.experiments).length;
  const notes = [
    ...(file?.warnings ?? []),
    ...(experiments ? [`${experiments} experiment${experiments === 1 ? '' : 's'} and their learning logs (only System Canvas files keep them)`] : []),
  ];
  const loopyLink = writerId === 'loopy' && file && typeof file.data === 'string' ? file.data.trim() : null;
  const names = file ? [file, ...(file.companions ?? [])].map((f) => f.fileName) : [];

  return (
    <div className="tool-formats">
      <div className="field">
        <label htmlFor="export-tool">Format for another tool</label>
        <select id="export-tool" value={writerId} disabled={!registry} onChange={(e) => setWriterId(e.target.value as FormatId)}>
          {(registry?.WRITERS ?? []).map((w) => (
            <option key={w.id} value={w.id}>
              {w.label}
            </option>
          ))}
        </select>
      </div>
      <div className="tool-formats__report" role="status" aria-live="polite">
        {problem ? (
          <p className="surprise">{problem}</p>
        ) : !file ? (
          <p className="muted">Writing…</p>
        ) : (
          <>
            <p className="tool-formats__names">
              Writes {names.join(' and ')}. {CANNOT_CARRY[writerId] && <span className="muted">This format cannot carry {CANNOT_CARRY[writerId]}.</span>}
            </p>
            {notes.length > 0 && (
              <ul className="tool-formats__notes" aria-label="Left out or changed">
                {notes.map((n) => (
                  <li key={n}>{n}</li>
                ))}
              </ul>
            )}
          </>
        )}
      </div>
      {loopyLink && (
        <div className="tool-formats__loopy">
          <label htmlFor="export-loopy-link">Link to play this map in Loopy</label>
          <textarea id="export-loopy-link" readOnly rows={2} value={loopyLink} onFocus={(e) => e.currentTarget.select()} />
          <div className="row">
            <a href={loopyLink} target="_blank" rel="noopener noreferrer">
              Open in Loopy
            </a>
            <button
              type="button"
              onClick={() => {
                void navigator.clipboard?.writeText(loopyLink).then(
                  () => setCopied(true),
                  () => setCopied(false),
                );
              }}
            >
              Copy link
            </button>
            {copied && <span className="muted">Copied.</span>}
          </div>
          <p className="muted">Loopy opens the map from the link itself: nothing is sent to Loopy until you follow it.</p>
        </div>
      )}
      <label className="check">
        <input type="checkbox" checked={privateNotes} onChange={(e) => setPrivateNotes(e.target.checked)} /> Include private notes
      </label>
      {privateNotes && <p className="surprise">Private notes will be in the file. Share it only with people who may read them.</p>}
    </div>
  );
}
