/**
 * Builds the PDF: map page(s), then the sections asked for, then page
 * footers, bookmarks and document properties. Works the same in the browser
 * and in Node; the caller supplies the font files. Between pages (and within
 * a big page) it hands control back to the event loop, so the app stays
 * responsive and can show progress or cancel.
 */
import { jsPDF } from 'jspdf';
import type { MapDocument } from '../../model/types.ts';
import { formatDate, titleInfo } from '../scene/title-block.ts';
import { truncate } from '../../draw/text/metrics.ts';
import type { PdfExportOptions } from '../types.ts';
import { drawAnalysis, hasAnalysis } from './analysis.ts';
import { analysisAppendix } from './appendix.ts';
import { drawExperiments } from './experiments.ts';
import { drawFitPage } from './fit-page.ts';
import { Flow, MUTED } from './flow.ts';
import { registerFonts, type FontSet } from './fonts.ts';
import { drawIndex, indexEntries } from './label-index.ts';
import { MAX_POSTER_PAGES, nodeRefs, planFit, planPoster, POSTER_MARGIN_MM, type FitPlan, type PosterPlan } from './layout.ts';
import { drawNotes } from './notes.ts';
import { drawReflections } from './reflections.ts';
import { MM, pageSize, PAGE_LABELS, type PageSize } from './pages.ts';
import { drawKeyPage, drawTile } from './poster.ts';
import { Painter } from './render.ts';

/** Lets the browser paint and handle input between chunks of work. */
const yieldToEventLoop = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Pages after the map are for reading at a desk: A4 portrait, or Letter where the map is on US paper. */
function appendixPage(options: PdfExportOptions): PageSize {
  return pageSize(options.page === 'letter' || options.page === 'tabloid' ? 'letter' : 'a4', 'portrait');
}

interface Outline {
  add(parent: unknown, title: string, options: { pageNumber: number }): unknown;
}

export async function buildPdf(doc: MapDocument, options: PdfExportOptions, fonts: FontSet): Promise<jsPDF> {
  const date = options.date ?? new Date();
  const plan: FitPlan | PosterPlan = options.layout === 'poster' ? planPoster(doc, options) : planFit(doc, options);
  if (plan.kind === 'poster' && plan.tiles.rows * plan.tiles.cols > MAX_POSTER_PAGES) {
    throw new RangeError(
      `At this scale the poster would take ${plan.tiles.rows * plan.tiles.cols} ${PAGE_LABELS[options.page ?? 'a4']} pages (${plan.tiles.rows} rows × ${plan.tiles.cols} columns); the most is ${MAX_POSTER_PAGES}. Choose a smaller scale or bigger paper.`,
    );
  }
  const first = plan.kind === 'fit' ? plan.page : plan.tiles.page;
  const experiments = options.experiments === true ? true : Array.isArray(options.experiments) && options.experiments.length ? options.experiments : null;
  const appendix = options.analysis ? analysisAppendix(doc) : undefined;
  const analysis = hasAnalysis(appendix) ? appendix : null;
  const notes = options.notes ?? !!options.includePrivateNotes;
  const reflections = options.reflections === true;
  const index = options.index ?? true;

  // Rough shares of the work, for the progress bar.
  const mapSteps = plan.kind === 'fit' ? 2 : plan.tiles.tiles.length + 1;
  const total = mapSteps + (experiments ? 2 : 0) + (reflections ? 1 : 0) + (analysis ? 1 : 0) + (notes ? 1 : 0) + (index ? 1 : 0) + 1;
  let done = 0;
  const step = async (message: string, advance = 1) => {
    options.signal?.throwIfAborted();
    done += advance;
    options.onProgress?.(Math.min(1, done / total), message);
    await yieldToEventLoop();
    options.signal?.throwIfAborted();
  };
  const tick = (message: string) => step(message, 0);
  options.onProgress?.(0, 'Preparing');

  // Two decimals of a point (0.007 mm) is finer than any printer; jsPDF's default of 16 digits makes files twice as big and slow to compress.
  const pdf = new jsPDF({ unit: 'pt', format: [first.width, first.height], orientation: first.width > first.height ? 'landscape' : 'portrait', compress: true, floatPrecision: 2 });
  registerFonts(pdf, fonts);
  const painter = new Painter(pdf);
  const info = titleInfo(doc, { ...options, date });
  const outline = (pdf as unknown as { outline?: Outline }).outline;
  const bookmark = (title: string) => outline?.add(null, title, { pageNumber: pdf.getNumberOfPages() });
  /** Pages drawn as poster tiles carry their own labels instead of the usual footer. */
  const tilePages = new Set<number>();

  if (plan.kind === 'fit') {
    bookmark('Map');
    await drawFitPage(painter, plan, tick);
    await step('Drew the map', 2);
  } else {
    bookmark('Poster assembly key');
    drawKeyPage(painter, plan, info.title, date);
    await step('Drew the key page');
    for (const [i, tile] of plan.tiles.tiles.entries()) {
      pdf.addPage([first.width, first.height], first.width > first.height ? 'landscape' : 'portrait');
      painter.reset();
      tilePages.add(pdf.getNumberOfPages());
      if (i === 0) bookmark(`Poster pages (${plan.tiles.rows} × ${plan.tiles.cols})`);
      await drawTile(painter, plan, tile, info.title, tick);
      await step(`Drew page ${tile.label} of the poster`);
    }
  }

  const flow = new Flow(pdf, painter, appendixPage(options), 20 * MM);
  if (experiments) {
    await step('Writing the experiments');
    drawExperiments(flow, doc, experiments);
    bookmark('Experiments');
    await step('Wrote the experiments');
  }
  if (reflections) {
    const firstPage = pdf.getNumberOfPages() + 1;
    drawReflections(flow, doc);
    outline?.add(null, 'What we noticed', { pageNumber: firstPage });
    await step('Wrote what we noticed');
  }
  if (analysis) {
    drawAnalysis(flow, analysis);
    await step('Wrote the analysis');
  }
  if (notes) {
    // A filter that hides nodes hides their notes too: the PDF is shared as the map it shows.
    drawNotes(flow, options.filter?.mode === 'hide' ? plan.scene.doc : doc, !!options.includePrivateNotes);
    await step('Wrote the notes');
  }
  if (index) {
    drawIndex(flow, indexEntries(plan.scene.nodes.map((n) => n.node), nodeRefs(plan)), plan.kind === 'poster');
    await step('Wrote the index');
  }

  addFooters(pdf, painter, tilePages, `${info.title} · ${formatDate(date)} · System Canvas`);
  pdf.setDocumentProperties({
    title: info.title,
    subject: doc.meta.description || `System map: ${info.title}`,
    author: doc.meta.authors.join(', '),
    keywords: ['system map', ...Object.values(doc.clusters).map((c) => c.name)].join(', '),
    creator: 'System Canvas',
  });
  pdf.setLanguage('en-GB');
  pdf.setCreationDate(date);
  const where = plan.kind === 'poster' ? `${plan.tiles.tiles.length} ${PAGE_LABELS[options.page ?? 'a4']} pages` : PAGE_LABELS[options.page ?? 'a4'];
  options.onProgress?.(1, `Finished: ${where}`);
  return pdf;
}

function addFooters(pdf: jsPDF, painter: Painter, tilePages: Set<number>, text: string): void {
  const pages = pdf.getNumberOfPages();
  for (let i = 1; i <= pages; i++) {
    pdf.setPage(i);
    painter.reset();
    const w = pdf.internal.pageSize.getWidth();
    const h = pdf.internal.pageSize.getHeight();
    const pageText = `page ${i} of ${pages}`;
    if (tilePages.has(i)) {
      // Poster pages keep the bottom margin for their neighbours' labels; the number goes top right.
      painter.paint([{ t: 'text', x: w - POSTER_MARGIN_MM * MM, y: POSTER_MARGIN_MM * MM - 4.5 * MM, text: pageText, size: 7.5, fill: MUTED, anchor: 'end' }]);
      continue;
    }
    const f = Math.sqrt(Math.min(w, h) / (210 * MM));
    const size = 7 * f;
    const m = 10 * MM * f;
    const y = h - m * 0.6;
    painter.paint([
      { t: 'text', x: m, y, text: truncate(text, w - 2 * m - 60 * f, size), size, fill: MUTED },
      { t: 'text', x: w - m, y, text: pageText, size, fill: MUTED, anchor: 'end' },
    ]);
  }
}
