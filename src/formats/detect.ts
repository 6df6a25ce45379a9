/**
 * Opening any file a team brings: recognise what it is from its content
 * (the name's extension only breaks ties and picks the tool to blame), read
 * it, and either give back a map with its import report or say, in plain
 * words, what could not be read and where. Heavy parsers load only once a
 * format is chosen: this module and the formats' index files stay small.
 */
import { MAX_FILE_BYTES, parseMapText } from '../model/load.ts';
import * as csvEdges from './csv-edges/index.ts';
import * as dot from './dot/index.ts';
import * as gexf from './gexf/index.ts';
import * as kumuFormat from './kumu/index.ts';
import * as mentalModelerFormat from './mental-modeler/index.ts';
import * as graphml from './graphml/index.ts';
import * as prsm from './prsm/index.ts';
import { extensionOf, fileText, headText } from './shared/text.ts';
import type { FormatId, ImportOutcome, ImportResult, InputFile } from './types.ts';

export interface FormatReader {
  format: FormatId;
  /** The other tool's name, for messages. */
  tool: string;
  /** Extensions that point at this format when nothing in the content does. */
  extensions: string[];
  sniff(file: InputFile): boolean;
  read(file: InputFile): Promise<ImportOutcome>;
}

const kumu: FormatReader = { format: 'kumu-json', tool: 'Kumu', extensions: ['xlsx'], sniff: kumuFormat.sniff, read: kumuFormat.read };
const mentalModeler: FormatReader = { format: 'mental-modeler', tool: 'Mental Modeler', extensions: ['mmp'], sniff: mentalModelerFormat.sniff, read: mentalModelerFormat.read };

/**
 * Every other tool's reader, tried in this order; the first whose sniff
 * recognises the content reads the file. More specific formats come first:
 * Kumu before PRSM (both are JSON) and before CSV edge lists (Kumu's
 * connections sheet has From/To columns); CSV edge lists last, since any CSV
 * with two columns would pass.
 */
export const READERS: FormatReader[] = [kumu, prsm, graphml, gexf, mentalModeler, dot, csvEdges];

/** Our own files: JSON with a schemaVersion, or with nodes, links and meta as records. */
export function looksLikeSystemCanvas(file: InputFile): boolean {
  const head = headText(file, 4096).trimStart();
  if (!head.startsWith('{')) return false;
  if (/"schemaVersion"\s*:/.test(head)) return true;
  return /"meta"\s*:\s*\{/.test(head) && /"nodes"\s*:\s*\{/.test(head);
}

function readSystemCanvas(file: InputFile): ImportOutcome {
  const text = fileText(file, 'System Canvas');
  if (!text.ok) return { ok: false, format: 'system-canvas', problems: [text.problem] };
  const loaded = parseMapText(text.text);
  if (!loaded.ok) return { ok: false, format: 'system-canvas', problems: loaded.problems };
  const doc = loaded.doc;
  const count = (r: object) => Object.keys(r).length;
  const result: ImportResult = {
    doc,
    format: 'system-canvas',
    tool: 'System Canvas',
    report: [
      { what: 'nodes', count: count(doc.nodes), status: 'read' },
      { what: 'links', count: count(doc.links), status: 'read' },
      { what: 'themes', count: count(doc.clusters), status: 'read' },
      { what: 'experiments', count: count(doc.experiments), status: 'read' },
    ].filter((l) => l.count > 0) as ImportResult['report'],
    hasPositions: true,
  };
  return { ok: true, result };
}

function knownKinds(): string {
  const tools = [...new Set(READERS.map((r) => r.tool))];
  return `System Canvas maps, ${tools.slice(0, -1).join(', ')} and ${tools[tools.length - 1]} files`;
}

export async function importFile(file: InputFile): Promise<ImportOutcome> {
  if (file.bytes.length === 0) return { ok: false, format: null, problems: [{ where: file.name, message: 'The file is empty.' }] };
  if (file.bytes.length > MAX_FILE_BYTES) {
    return { ok: false, format: null, problems: [{ where: file.name, message: `The file is ${(file.bytes.length / 1048576).toFixed(1)} MB; System Canvas opens files of at most ${MAX_FILE_BYTES / 1048576} MB.` }] };
  }
  if (looksLikeSystemCanvas(file)) return readSystemCanvas(file);
  const byContent = READERS.find((r) => r.sniff(file));
  if (byContent) return byContent.read(file);
  // Nothing in the content says what it is: the extension picks who reads it, so the message can name the tool.
  const ext = extensionOf(file.name);
  const byName = READERS.find((r) => r.extensions.includes(ext));
  if (byName) return byName.read(file);
  if (ext === 'json' || headText(file, 64).trimStart().startsWith('{')) return readSystemCanvas(file);
  return {
    ok: false,
    format: null,
    problems: [{ where: file.name, message: `System Canvas cannot tell what kind of file this is. It opens ${knownKinds()}.` }],
  };
}
