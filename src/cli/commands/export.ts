/**
 * export: a map as a PDF (one page or a tiled poster), an SVG or a PNG, made
 * by the same code as the app's export dialog.
 */
import { basename, extname, resolve } from 'node:path';
import type { MapDocument } from '../../model/types.ts';
import type { ExportLens } from '../../views/lens.ts';
import type { Orientation, PageSizeName, PdfExportOptions, PngScale } from '../../export/types.ts';
import { loadMapOrReport } from '../read-map.ts';
import { writeFileAtomic } from '../write-atomic.ts';
import { defineCommand, EXIT_FAILED, EXIT_OK, EXIT_USAGE, type Command } from '../types.ts';

const FORMATS = ['pdf', 'png', 'svg'] as const;
type Format = (typeof FORMATS)[number];
const PAGES: readonly PageSizeName[] = ['a4', 'a3', 'a2', 'a1', 'a0', 'letter', 'tabloid'];
const ORIENTATIONS: readonly Orientation[] = ['portrait', 'landscape'];
const PNG_SCALES: readonly PngScale[] = [1, 2, 4];
const MAX_POSTER_SCALE = 8;
const MAX_OVERLAP_MM = 50;

export type WriteFile = (path: string, bytes: Uint8Array) => Promise<void>;

class ExportUsage extends Error {}

interface Plan {
  format: Format;
  out: string;
  pdf: PdfExportOptions;
  pngScale: PngScale;
  highlight: string[] | null;
  select: string[] | null;
}

const list = (text: string) => text.split(',').map((s) => s.trim()).filter(Boolean);

function oneOf<T extends string | number>(option: string, value: string, allowed: readonly T[]): T {
  const found = allowed.find((a) => String(a) === value.toLowerCase());
  if (found === undefined) throw new ExportUsage(`--${option} must be one of ${allowed.join(', ')}, not "${value}"`);
  return found;
}

function planFrom(input: string, o: Record<string, string | boolean | undefined>): Plan {
  const str = (name: string) => (typeof o[name] === 'string' ? (o[name] as string) : undefined);
  const outExt = str('out') ? extname(str('out')!).slice(1).toLowerCase() : '';
  const format = str('format') ? oneOf('format', str('format')!, FORMATS) : (FORMATS.find((f) => f === outExt) ?? 'pdf');
  const out = str('out') ?? `${input.replace(/\.json$/i, '')}.${format}`;
  if (resolve(out) === resolve(input)) throw new ExportUsage('--out is the map file itself; choose another name so the map is not overwritten');
  const pdfOnly = ['page', 'orientation', 'overlap', 'title'].filter((n) => str(n) !== undefined);
  const pdfSwitches = ['tile', 'experiments', 'reflections', 'notes', 'private-notes', 'no-index', 'analysis'].filter((n) => o[n] === true);
  if (format !== 'pdf' && (pdfOnly.length || pdfSwitches.length)) {
    throw new ExportUsage(`--${[...pdfOnly, ...pdfSwitches][0]} applies to PDF exports only`);
  }
  const tile = o.tile === true;
  if (str('overlap') !== undefined && !tile) throw new ExportUsage('--overlap goes with --tile');
  const scaleText = str('scale');
  if (scaleText !== undefined && format === 'svg') throw new ExportUsage('--scale applies to PNG images and tiled PDF posters, not SVG');
  if (scaleText !== undefined && format === 'pdf' && !tile) throw new ExportUsage('--scale goes with --tile (a one-page PDF is always scaled to fit)');
  let pngScale: PngScale = 2;
  let posterScale = 1;
  if (scaleText !== undefined && format === 'png') pngScale = oneOf('scale', scaleText, PNG_SCALES);
  if (scaleText !== undefined && format === 'pdf') posterScale = number('scale', scaleText, 0.1, MAX_POSTER_SCALE);
  const pdf: PdfExportOptions = {
    page: str('page') ? oneOf('page', str('page')!, PAGES) : 'a4',
    layout: tile ? 'poster' : 'fit',
    posterScale,
    experiments: o.experiments === true,
    reflections: o.reflections === true,
    notes: o.notes === true || o['private-notes'] === true,
    includePrivateNotes: o['private-notes'] === true,
    index: o['no-index'] !== true,
    analysis: o.analysis === true,
  };
  if (str('orientation')) pdf.orientation = oneOf('orientation', str('orientation')!, ORIENTATIONS);
  if (str('overlap') !== undefined) pdf.overlapMm = number('overlap', str('overlap')!, 0, MAX_OVERLAP_MM);
  if (str('title') !== undefined) pdf.title = str('title')!;
  const lenses = ['highlight', 'select', 'coverage'].filter((n) => o[n] !== undefined);
  if (lenses.length > 1) throw new ExportUsage(`choose one of --highlight, --select and --coverage, not ${lenses.map((l) => `--${l}`).join(' and ')}`);
  if (o.coverage === true) pdf.lens = { kind: 'coverage' };
  return {
    format,
    out,
    pdf,
    pngScale,
    highlight: str('highlight') !== undefined ? list(str('highlight')!) : null,
    select: str('select') !== undefined ? list(str('select')!) : null,
  };
}

function number(option: string, text: string, min: number, max: number): number {
  const value = /^\d+(\.\d+)?$/.test(text) ? Number(text) : NaN;
  if (!(value >= min && value <= max)) throw new ExportUsage(`--${option} takes a number from ${min} to ${max}, not "${text}"`);
  return value;
}

/** The first few ids, for a message: a map may have thousands. */
const idSample = (ids: string[]) => (ids.length > 10 ? `${ids.slice(0, 10).join(', ')}, and ${ids.length - 10} more` : ids.join(', '));

/** Lens ids must name things in this map: a typo would otherwise export an empty highlight without a word. */
function lensFor(doc: MapDocument, plan: Plan): ExportLens | undefined {
  if (plan.highlight) {
    const unknown = plan.highlight.filter((id) => !doc.experiments[id]);
    if (unknown.length || !plan.highlight.length) {
      throw new ExportUsage(`--highlight takes experiment ids from this map (${idSample(Object.keys(doc.experiments)) || 'it has none'}); unknown: ${unknown.join(', ') || '(none given)'}`);
    }
    return { kind: 'experiments', experimentIds: plan.highlight };
  }
  if (plan.select) {
    const unknown = plan.select.filter((id) => !doc.nodes[id]);
    if (unknown.length || !plan.select.length) throw new ExportUsage(`--select takes node ids from this map; unknown: ${unknown.join(', ') || '(none given)'}`);
    return { kind: 'selection', nodeIds: plan.select };
  }
  return plan.pdf.lens;
}

const size = (bytes: number) => (bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} KB` : `${(bytes / 1048576).toFixed(1)} MB`);

function describeWriteError(err: unknown): string {
  const code = typeof err === 'object' && err !== null && 'code' in err ? String(err.code) : '';
  if (code === 'ENOENT') return 'the folder does not exist';
  if (code === 'EISDIR') return 'that is a folder';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  return err instanceof Error ? err.message : String(err);
}

export function createExportCommand(write: WriteFile = writeFileAtomic): Command {
  return defineCommand({
    name: 'export',
    summary: 'export a map as a PDF, SVG or PNG',
    usage: '<file> [--format pdf|png|svg] [--out <file>]',
    details: [
      'PDF: the whole map on one page with its key, title block and index (--page, --orientation), or a poster tiled',
      'over several pages (--tile, --scale 1 = screen size, --overlap in mm) with a key page showing how they fit.',
      'Add --experiments, --reflections (what we noticed), --analysis (loops and key factors), --notes; private notes only with --private-notes.',
      'PNG: --scale 1, 2 or 4 pixels per screen pixel (default 2). The format defaults to the --out file\'s extension.',
      'Exits with 0 on success, 1 when the map cannot be read or is invalid, 2 when the command is mistyped.',
    ].join('\n'),
    options: {
      format: { type: 'string', short: 'f', valueName: 'pdf|png|svg', description: 'what to make (default: from --out, else pdf)' },
      out: { type: 'string', short: 'o', valueName: 'file', description: 'where to write (default: the map file with the new extension)' },
      page: { type: 'string', valueName: 'size', description: `PDF paper: ${PAGES.join(', ')} (default a4)` },
      orientation: { type: 'string', valueName: 'way', description: 'portrait or landscape (default: whichever suits the map)' },
      tile: { type: 'boolean', description: 'PDF: a poster over several pages, at --scale' },
      scale: { type: 'string', valueName: 'n', description: 'PNG: 1, 2 or 4 (default 2); poster: 1 prints at screen size (default 1)' },
      overlap: { type: 'string', valueName: 'mm', description: 'poster: how much neighbouring pages repeat (default 10)' },
      experiments: { type: 'boolean', description: 'PDF: add the experiments and their learning logs' },
      reflections: { type: 'boolean', description: 'PDF: add "What we noticed", the map\'s reflection points' },
      analysis: { type: 'boolean', description: 'PDF: add feedback loops and key factors' },
      notes: { type: 'boolean', description: 'PDF: add the notes on nodes (not private ones)' },
      'private-notes': { type: 'boolean', description: 'PDF: add the notes including private ones' },
      'no-index': { type: 'boolean', description: 'PDF: leave out the index of node labels' },
      highlight: { type: 'string', valueName: 'ids', description: 'highlight what these experiments touch (comma-separated ids)' },
      select: { type: 'string', valueName: 'ids', description: 'export only these nodes (comma-separated ids)' },
      coverage: { type: 'boolean', description: 'show how many experiments touch each factor' },
      title: { type: 'string', valueName: 'text', description: 'PDF: a title instead of the map\'s own' },
    },
    positionals: { min: 1, max: 1, name: 'file' },
    async run({ positionals, options }, io) {
      const input = positionals[0]!;
      const usage = (message: string) => {
        io.err(`system-canvas export: ${message}`);
        io.err('Run "system-canvas help export" for usage.');
        return EXIT_USAGE;
      };
      let plan: Plan;
      try {
        plan = planFrom(input, options);
      } catch (err) {
        if (err instanceof ExportUsage) return usage(err.message);
        throw err;
      }
      const doc = await loadMapOrReport(input, io);
      if (!doc) return EXIT_FAILED;
      try {
        const lens = lensFor(doc, plan);
        if (lens) plan.pdf.lens = lens;
      } catch (err) {
        if (err instanceof ExportUsage) return usage(err.message);
        throw err;
      }
      // Loaded only now, so other commands do not pay for jsPDF and resvg.
      const exporter = await import('../../export/node.ts');
      let bytes: Uint8Array;
      let summary: string;
      try {
        if (plan.format === 'pdf') {
          const pdf = await exporter.renderPdf(doc, plan.pdf);
          bytes = pdf.bytes;
          summary = `${pdf.pages} page${pdf.pages === 1 ? '' : 's'}`;
        } else {
          const svg = exporter.renderSvg(doc, { lens: plan.pdf.lens });
          bytes = plan.format === 'svg' ? new TextEncoder().encode(svg.svg) : exporter.svgToPngNode(svg, plan.pngScale);
          const k = plan.format === 'png' ? plan.pngScale : 1;
          summary = `${svg.width * k} × ${svg.height * k} ${plan.format === 'png' ? 'pixels' : 'units'}`;
        }
      } catch (err) {
        // A poster too big to print is the one failure the options can cause; its message says what to change.
        if (err instanceof RangeError) {
          io.err(`system-canvas export: ${err.message}`);
          return EXIT_FAILED;
        }
        throw err;
      }
      try {
        await write(plan.out, bytes);
      } catch (err) {
        io.err(`system-canvas export: cannot write ${plan.out}: ${describeWriteError(err)}`);
        return EXIT_FAILED;
      }
      io.out(`wrote ${basename(plan.out)} (${summary}, ${size(bytes.length)})`);
      return EXIT_OK;
    },
  });
}

export const exportCommand = createExportCommand();

