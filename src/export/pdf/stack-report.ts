/**
 * The stack report: the stack diagram, each map fitted to a page, the
 * patterns across their experiments with the learnings drawn from them, and
 * the enablers and barriers with their status. Built from the same pieces as
 * a map's PDF (planFit, drawFitPage, Flow), in the browser or in Node.
 */
import { jsPDF } from 'jspdf';
import { rollUp, type PatternFilter } from '../../analysis/patterns/rollup.ts';
import type { Prim } from '../../draw/prims.ts';
import { truncate, wrapText } from '../../draw/text/metrics.ts';
import { CONNECTION_LABELS, CYCLE_PHASE_LABELS, type StackDocument } from '../../model/stack/types.ts';
import { overdueEnablers, overdueReviews } from '../../model/stack/stewardship.ts';
import { SCALE_LABELS, type Id, type MapDocument } from '../../model/types.ts';
import { CARD, stackDiagram } from '../../views/stackDiagram.ts';
import { formatDate } from '../scene/title-block.ts';
import { drawFitPage } from './fit-page.ts';
import { Flow, INK, MUTED } from './flow.ts';
import { registerFonts, type FontSet } from './fonts.ts';
import { planFit } from './layout.ts';
import { MM, pageSize } from './pages.ts';
import { Painter } from './render.ts';

export interface StackReportOptions {
  filter?: PatternFilter;
  /** YYYY-MM-DD, for "overdue"; default today. */
  today?: string;
  date?: Date;
  onProgress?(done: number, message: string): void;
  signal?: AbortSignal;
}

const yieldToEventLoop = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

const LINE_INK: Record<string, string> = { 'learns-from': '#1d4ed8', enables: '#b45309', 'learns-with': '#475569' };

function arrow(x1: number, y1: number, x2: number, y2: number, colour: string, dashed: boolean): Prim[] {
  const a = Math.atan2(y2 - y1, x2 - x1);
  const s = 7;
  return [
    { t: 'path', d: [['M', x1, y1], ['L', x2, y2]], stroke: colour, lw: 1.4, dash: dashed ? [4, 3] : undefined },
    { t: 'path', d: [['M', x2, y2], ['L', x2 - s * Math.cos(a - 0.45), y2 - s * Math.sin(a - 0.45)], ['L', x2 - s * Math.cos(a + 0.45), y2 - s * Math.sin(a + 0.45)], ['Z']], fill: colour },
  ];
}

/** The stack diagram as shapes in diagram units (the stack view's pixels). */
export function stackDiagramPrims(stack: StackDocument, maps: Record<Id, MapDocument>): { prims: Prim[]; width: number; height: number } {
  const d = stackDiagram(stack);
  const prims: Prim[] = [];
  const left = 120;
  for (const row of d.rows) prims.push({ t: 'text', x: 0, y: row.y + CARD.h / 2 + 4, text: SCALE_LABELS[row.scale], size: 11, bold: true, fill: MUTED });
  for (const line of d.lines) {
    const { x1, y1, x2, y2, connection: c } = line;
    prims.push(...arrow(x1 + left, y1, x2 + left, y2, LINE_INK[c.kind] ?? INK, c.kind === 'learns-with'));
    // "learns from" is labelled near its top end and "enables" near its bottom end, so a pair's labels never meet.
    const t = c.kind === 'learns-with' ? 0.5 : 0.72;
    prims.push({ t: 'text', x: x1 + (x2 - x1) * t + left + 5, y: y1 + (y2 - y1) * t - (c.kind === 'learns-with' ? 5 : 0), text: CONNECTION_LABELS[c.kind], size: 8, fill: LINE_INK[c.kind] ?? INK });
  }
  for (const card of d.cards) {
    const doc = maps[card.map.mapId];
    const x = card.x + left;
    prims.push({ t: 'rect', x, y: card.y, w: CARD.w, h: CARD.h, r: 6, fill: '#ffffff', stroke: doc ? '#374151' : '#9ca3af', lw: 1, dash: doc ? undefined : [3, 3] });
    wrapText(card.map.title, CARD.w - 16, 10.5, true)
      .slice(0, 2)
      .forEach((line, i) => prims.push({ t: 'text', x: x + 8, y: card.y + 18 + i * 13, text: line, size: 10.5, bold: true, fill: INK }));
    prims.push({ t: 'text', x: x + 8, y: card.y + 62, text: truncate(`${SCALE_LABELS[card.map.scale]} · ${CYCLE_PHASE_LABELS[card.map.phase]}`, CARD.w - 16, 8.5), size: 8.5, fill: MUTED });
    const detail = doc ? `${Object.keys(doc.nodes).length} nodes · ${Object.keys(doc.experiments).length} experiments` : 'Missing: not in this file';
    prims.push({ t: 'text', x: x + 8, y: card.y + 80, text: detail, size: 8.5, fill: doc ? MUTED : '#b91c1c' });
  }
  return { prims, width: d.width + left, height: d.height };
}

export async function buildStackReport(stack: StackDocument, maps: Record<Id, MapDocument>, fonts: FontSet, options: StackReportOptions = {}): Promise<jsPDF> {
  const date = options.date ?? new Date();
  const today = options.today ?? date.toISOString().slice(0, 10);
  const present = Object.keys(stack.maps).filter((id) => Object.hasOwn(maps, id));
  const total = present.length + 3;
  let done = 0;
  const step = async (message: string) => {
    options.signal?.throwIfAborted();
    options.onProgress?.(Math.min(1, ++done / total), message);
    await yieldToEventLoop();
  };

  const first = pageSize('a4', 'landscape');
  const pdf = new jsPDF({ unit: 'pt', format: [first.width, first.height], orientation: 'landscape', compress: true, floatPrecision: 2 });
  registerFonts(pdf, fonts);
  const painter = new Painter(pdf);
  const outline = (pdf as unknown as { outline?: { add(parent: unknown, title: string, o: { pageNumber: number }): unknown } }).outline;
  const bookmark = (title: string) => outline?.add(null, title, { pageNumber: pdf.getNumberOfPages() });

  // Page 1: the title and the stack diagram, scaled to fit.
  const margin = 15 * MM;
  bookmark('The stack');
  painter.paint([
    { t: 'text', x: margin, y: margin + 14, text: truncate(stack.title || 'Untitled stack', first.width - 2 * margin, 18, true), size: 18, bold: true, fill: INK },
    { t: 'text', x: margin, y: margin + 32, text: truncate(`Learning stack report · ${formatDate(date)} · ${present.length} of ${Object.keys(stack.maps).length} maps`, first.width - 2 * margin, 10), size: 10, fill: MUTED },
  ]);
  const diagram = stackDiagramPrims(stack, maps);
  const top = margin + 50;
  const k = Math.min(1.4, (first.width - 2 * margin) / Math.max(1, diagram.width), (first.height - top - margin) / Math.max(1, diagram.height));
  painter.paint(diagram.prims, { k, ox: margin, oy: top });
  await step('Drew the stack');

  // One page per map, fitted.
  for (const id of present) {
    const doc = maps[id]!;
    const plan = planFit(doc, { page: 'a4', date });
    pdf.addPage([plan.page.width, plan.page.height], plan.page.width > plan.page.height ? 'landscape' : 'portrait');
    painter.reset();
    bookmark(doc.meta.title || 'Untitled map');
    await drawFitPage(painter, plan, async () => yieldToEventLoop());
    await step(`Drew ${doc.meta.title}`);
  }

  const flow = new Flow(pdf, painter, pageSize('a4', 'portrait'), 20 * MM);
  flow.newPage();
  bookmark('Patterns and learnings');
  const roll = rollUp(stack, maps, { filter: options.filter });
  flow.heading('Patterns across the experiments', 1);
  flow.paragraph(`${roll.experimentCount} experiments in ${present.length} maps; nodes marked "same as" count as one factor.`, { colour: MUTED });
  if (roll.patterns.length) {
    flow.heading('What the experiments saw', 2);
    flow.table(
      [{ header: 'Pattern', width: 5 }, { header: 'Results', width: 1.2 }],
      roll.patterns.map((p) => [{ text: p.sentence }, { text: p.agreement === 'no-results' ? 'no results' : p.agreement }]),
    );
  } else flow.paragraph('No factor was tried by two or more experiments yet.');
  flow.heading('Evidence per factor', 2);
  flow.table(
    [{ header: 'Factor', width: 2.4 }, { header: 'Experiments', width: 1, align: 'right' }, { header: 'Up', width: 0.6, align: 'right' }, { header: 'Down', width: 0.7, align: 'right' }, { header: 'No change', width: 0.9, align: 'right' }, { header: 'Surprises', width: 0.9, align: 'right' }, { header: 'Results', width: 1 }],
    roll.factors.map((f) => [{ text: f.label, bold: true }, { text: String(f.experiments) }, { text: String(f.observed.up) }, { text: String(f.observed.down) }, { text: String(f.observed['no-change']) }, { text: String(f.surprises) }, { text: f.agreement === 'no-results' ? 'no results' : f.agreement }]),
  );
  const learnings = Object.values(stack.learnings);
  flow.heading('Learnings', 2);
  if (!learnings.length) flow.paragraph('No learnings recorded yet.');
  for (const l of learnings) {
    flow.paragraph(l.statement, { bold: true });
    flow.fields([
      ['Map', stack.maps[l.mapId]?.title ?? l.mapId],
      ['About', l.about?.label ?? ''],
      ['Rests on', l.experiments.map((e) => e.title).join('; ')],
      ['Date', l.date],
    ]);
  }
  await step('Wrote the patterns');

  flow.heading('Enablers and barriers', 1);
  const overdue = new Set(overdueEnablers(stack, today).map((e) => e.id));
  const enablers = Object.values(stack.enablers);
  if (!enablers.length) flow.paragraph('No enablers or barriers listed yet.');
  else {
    flow.table(
      [{ header: 'What', width: 3 }, { header: 'From → to', width: 2 }, { header: 'For', width: 1.6 }, { header: 'Owner', width: 1.4 }, { header: 'Status', width: 1.2 }],
      enablers.map((e) => {
        const c = stack.connections[e.connectionId];
        const fromTo = c ? `${stack.maps[c.from]?.title ?? c.from} → ${stack.maps[c.to]?.title ?? c.to}` : '';
        const status = `${e.status}${e.reviewDate ? `, review ${e.reviewDate}` : ''}${overdue.has(e.id) ? ' (OVERDUE)' : ''}`;
        return [{ text: `${e.kind === 'barrier' ? 'Barrier to remove' : 'Enabler to nurture'}: ${e.statement}` }, { text: fromTo }, { text: e.lowerNodes.map((n) => n.label).join(', ') }, { text: e.owner }, { text: status, bold: overdue.has(e.id) }];
      }),
    );
  }
  const late = overdueReviews(stack, today);
  if (late.length) {
    flow.heading('Reviews overdue', 2);
    for (const r of late) flow.paragraph(`${stack.maps[r.mapId]?.title ?? r.mapId}: the next review of the learning-cycle plan was due on ${r.due}.`);
  }
  await step('Wrote the enablers and barriers');

  const pages = pdf.getNumberOfPages();
  for (let i = 1; i <= pages; i++) {
    pdf.setPage(i);
    painter.reset();
    const w = pdf.internal.pageSize.getWidth();
    const h = pdf.internal.pageSize.getHeight();
    painter.paint([
      { t: 'text', x: 10 * MM, y: h - 6 * MM, text: truncate(`${stack.title} · ${formatDate(date)} · System Canvas`, w - 40 * MM, 7), size: 7, fill: MUTED },
      { t: 'text', x: w - 10 * MM, y: h - 6 * MM, text: `page ${i} of ${pages}`, size: 7, fill: MUTED, anchor: 'end' },
    ]);
  }
  pdf.setDocumentProperties({ title: stack.title, subject: 'Learning stack report', creator: 'System Canvas' });
  pdf.setLanguage('en-GB');
  pdf.setCreationDate(date);
  options.onProgress?.(1, `Finished: ${pages} pages`);
  return pdf;
}
