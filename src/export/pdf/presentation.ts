/**
 * A presentation as a PDF: one saved view per page, its title and question
 * for the group above the part of the map the view shows (the same area as
 * on screen, scaled to fit the page, with the view's lens), and "2 of 5" at
 * the foot. The map is drawn from the model like every other export, clipped
 * to the view's area, with the view's filter applied as on screen.
 */
import { isFilterOn } from '../../views/filter.ts';
import { jsPDF } from 'jspdf';
import type { MapDocument, SavedView } from '../../model/types.ts';
import { inflate, itemShows } from '../../draw/prims.ts';
import { truncate, wrapText } from '../../draw/text/metrics.ts';
import { savedExportLens } from '../../views/savedLens.ts';
import { viewArea, type Size } from '../../views/viewArea.ts';
import { buildMapScene, type MapScene } from '../scene/map-scene.ts';
import type { PageSizeName, ProgressCallback } from '../types.ts';
import { INK, MUTED } from './flow.ts';
import { registerFonts, type FontSet } from './fonts.ts';
import { MM, pageSize } from './pages.ts';
import { Painter } from './render.ts';

export interface PresentationPdfOptions {
  /** Default A4, landscape (a screen's shape). */
  page?: PageSizeName;
  /** The canvas size standing in for views saved without theirs. */
  canvas: Size;
  /** Theme regions drawn as on the canvas. Default true; false when the user switched them off. */
  themeRegions?: boolean;
  date?: Date;
  onProgress?: ProgressCallback;
  signal?: AbortSignal;
}

const TITLE_SIZE = 20;
const QUESTION_SIZE = 13;
const FRAME_INK = '#cbd5e1';

const yieldToEventLoop = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** At most `max` lines of wrapped text; the last one cut with an ellipsis when there is more. */
function lines(text: string, width: number, size: number, bold: boolean, max: number): string[] {
  const all = wrapText(text.trim(), width, size, bold).filter((l) => l !== '');
  if (all.length <= max) return all;
  const kept = all.slice(0, max);
  kept[max - 1] = truncate(`${kept[max - 1]} ${all[max]}`, width, size, bold);
  return kept;
}

export async function buildPresentationPdf(doc: MapDocument, views: readonly SavedView[], options: PresentationPdfOptions, fonts: FontSet): Promise<jsPDF> {
  if (!views.length) throw new RangeError('The presentation has no views: put a saved view in the presentation first.');
  const page = pageSize(options.page ?? 'a4', 'landscape');
  const pdf = new jsPDF({ unit: 'pt', format: [page.width, page.height], orientation: 'landscape', compress: true, floatPrecision: 2 });
  registerFonts(pdf, fonts);
  const painter = new Painter(pdf);
  const outline = (pdf as unknown as { outline?: { add(parent: unknown, title: string, o: { pageNumber: number }): unknown } }).outline;
  // Views sharing a lens and filter share one drawing of the map (routing the links is the slow part).
  const scenes = new Map<string, MapScene>();
  const m = 14 * MM;
  const inner = page.width - 2 * m;
  const mapTitle = doc.meta.title || 'Untitled map';

  for (const [i, view] of views.entries()) {
    options.signal?.throwIfAborted();
    options.onProgress?.(i / views.length, `Drawing view ${i + 1} of ${views.length}`);
    if (i > 0) {
      pdf.addPage([page.width, page.height], 'landscape');
      painter.reset();
    }
    outline?.add(null, view.title, { pageNumber: i + 1 });
    let y = m + TITLE_SIZE;
    const title = lines(view.title, inner, TITLE_SIZE, true, 2).map((text, n) => ({ t: 'text' as const, x: m, y: y + n * TITLE_SIZE * 1.2, text, size: TITLE_SIZE, bold: true, fill: INK }));
    painter.paint(title);
    y += (title.length - 1) * TITLE_SIZE * 1.2 + QUESTION_SIZE * 1.6;
    const question = lines(view.question, inner, QUESTION_SIZE, false, 3).map((text, n) => ({ t: 'text' as const, x: m, y: y + n * QUESTION_SIZE * 1.3, text, size: QUESTION_SIZE, fill: MUTED }));
    painter.paint(question);
    if (question.length) y += (question.length - 1) * QUESTION_SIZE * 1.3;
    const top = y + 10 * MM * 0.8;
    const footer = page.height - m;
    const box = { x: m, y: top, width: inner, height: footer - 8 * MM - top };

    const lens = savedExportLens(view.lens, doc);
    // The view's filter too, as the canvas showed it (fade or leave out); views with the same lens and filter share a drawing.
    const filtered = isFilterOn(view.filter) ? { filter: view.filter } : {};
    const key = JSON.stringify([lens, filtered]);
    let scene = scenes.get(key);
    if (!scene) scenes.set(key, (scene = buildMapScene(doc, lens, { ...filtered, themeRegions: options.themeRegions !== false })));
    const area = viewArea(view, options.canvas);
    const k = Math.min(box.width / area.width, box.height / area.height);
    const rect = { x: box.x + (box.width - area.width * k) / 2, y: box.y, width: area.width * k, height: area.height * k };
    const v = { k, ox: rect.x - area.x * k, oy: rect.y - area.y * k };
    painter.beginClip(rect.x, rect.y, rect.width, rect.height);
    const visible = inflate(area, 2);
    for (const item of scene.items) if (itemShows(item, visible)) painter.paint(item.prims, v);
    painter.endClip();
    painter.paint([{ t: 'rect', x: rect.x, y: rect.y, w: rect.width, h: rect.height, stroke: FRAME_INK, lw: 0.6 }]);
    painter.paint([
      { t: 'text', x: m, y: footer, text: truncate(`${mapTitle} · System Canvas`, inner - 80, 8), size: 8, fill: MUTED },
      { t: 'text', x: page.width - m, y: footer, text: `${i + 1} of ${views.length}`, size: 10, bold: true, fill: INK, anchor: 'end' },
    ]);
    await yieldToEventLoop();
  }

  pdf.setDocumentProperties({ title: `${mapTitle}: presentation`, subject: views.map((v) => v.title).join(' · '), creator: 'System Canvas' });
  pdf.setLanguage('en-GB');
  pdf.setCreationDate(options.date ?? new Date());
  options.onProgress?.(1, `Finished: ${views.length} pages`);
  return pdf;
}
