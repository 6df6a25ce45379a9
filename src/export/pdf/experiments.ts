/**
 * The experiments section: for each experiment its hypothesis, status (with
 * its shape), phase, owner and dates; the nodes it touched, with intended and
 * observed effects and surprises flagged; and its learning log.
 */
import { INTENDED_MARK, OBSERVED_MARK } from '../../draw/effectMarks.ts';
import { STATUS_COLOURS } from '../../draw/statusMarks.ts';
import { isSurprise } from '../../model/experiments.ts';
import {
  INTENDED_LABELS,
  OBSERVED_LABELS,
  PHASE_LABELS,
  SCALE_LABELS,
  STATUS_LABELS,
  type Experiment,
  type Id,
  type LogEntry,
  type MapDocument,
} from '../../model/types.ts';
import { statusIcon } from '../../draw/icons.ts';
import { textWidth } from '../../draw/text/metrics.ts';
import { BODY, INK, MUTED, type Cell, type Flow } from './flow.ts';

const SURPRISE = '#9b1c1c';

/** "2026-02-02" → "2 Feb 2026"; anything else is printed as it is. */
export function formatDay(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
}

function dates(e: Experiment): string {
  if (e.startDate && e.endDate) return `${formatDay(e.startDate)} – ${formatDay(e.endDate)}`;
  if (e.startDate) return `from ${formatDay(e.startDate)}`;
  if (e.endDate) return `until ${formatDay(e.endDate)}`;
  return 'not set';
}

function chosenExperiments(doc: MapDocument, which: true | Id[]): Experiment[] {
  const list = which === true ? Object.values(doc.experiments) : which.map((id) => doc.experiments[id]).filter((e): e is Experiment => !!e);
  // Oldest first, undated last, so the section reads as a history.
  return [...list].sort((a, b) => (a.startDate || '9999').localeCompare(b.startDate || '9999') || a.title.localeCompare(b.title));
}

function statusLine(flow: Flow, e: Experiment): void {
  flow.ensure(18);
  flow.y += 14;
  const base = flow.y - 3;
  const label = STATUS_LABELS[e.status];
  flow.draw([
    ...statusIcon(e.status, flow.left, base - 9, 11),
    flow.text(flow.left + 15, base, label, BODY + 0.5, true, STATUS_COLOURS[e.status]),
    flow.text(flow.left + 15 + textWidth(label, BODY + 0.5, true) + 8, base, `·  phase: ${PHASE_LABELS[e.phase]}  ·  ${SCALE_LABELS[e.scale]} scale`, BODY, false, MUTED),
  ]);
  flow.y += 6;
}

function touchesTable(flow: Flow, doc: MapDocument, e: Experiment): void {
  const touches = Object.values(e.touches);
  flow.heading('Touched factors', 3, 40);
  if (!touches.length) {
    flow.paragraph('This experiment does not touch any node yet.', { colour: MUTED });
    return;
  }
  const rows: Cell[][] = touches.map((t) => {
    const node = doc.nodes[t.nodeId];
    const surprise = isSurprise(t.intended, t.observed);
    return [
      { text: node ? node.label : `${t.nodeLabel} (no longer on the map)`, bold: true },
      { text: `${INTENDED_MARK[t.intended]} ${INTENDED_LABELS[t.intended]}` },
      surprise
        ? {
            text: `${OBSERVED_MARK[t.observed]} ${OBSERVED_LABELS[t.observed]}: a surprise, the opposite of what was intended`,
            bold: true,
            colour: SURPRISE,
            icon: (x, y) => [
              { t: 'circle', cx: x + 5, cy: y + 5, r: 5, fill: SURPRISE },
              { t: 'text', x: x + 5, y: y + 8.3, text: '!', size: 8.5, bold: true, fill: '#ffffff', anchor: 'middle' },
            ],
          }
        : { text: `${OBSERVED_MARK[t.observed]} ${OBSERVED_LABELS[t.observed]}` },
      { text: t.evidence || '—', colour: t.evidence ? INK : MUTED },
    ];
  });
  flow.table(
    [
      { header: 'Node', width: 26 },
      { header: 'Intended', width: 16 },
      { header: 'Seen', width: 21 },
      { header: 'Evidence', width: 37 },
    ],
    rows,
  );
}

function logEntry(flow: Flow, entry: LogEntry): void {
  const who = entry.perspectives.length ? `  ·  ${entry.perspectives.join(', ')}` : '';
  flow.ensure(50);
  flow.y += 13;
  flow.draw([
    { t: 'rect', x: flow.left, y: flow.y - 10, w: 3, h: 13, fill: '#0b5fa5' },
    flow.text(flow.left + 8, flow.y, formatDay(entry.date) || 'Undated', BODY + 0.5, true),
    flow.text(flow.left + 8 + textWidth(formatDay(entry.date) || 'Undated', BODY + 0.5, true), flow.y, who, BODY, false, MUTED),
  ]);
  flow.y += 5;
  const m = entry.measure;
  flow.fields(
    [
      ['What we did', entry.did],
      ['What happened', entry.happened],
      ['What we learned', entry.learned],
      ['What next', entry.next],
      ['Measure', m ? `${m.name}: ${m.value.toLocaleString('en-GB')}${m.unit === '%' ? '%' : m.unit ? ` ${m.unit}` : ''}` : ''],
      // Stories are often already in quotation marks; add them only when missing.
      ['Story', !entry.story ? '' : /^["“‘']/.test(entry.story.trim()) ? entry.story : `“${entry.story}”`],
    ],
    100,
    8,
  );
  flow.y += 4;
}

export function drawExperiments(flow: Flow, doc: MapDocument, which: true | Id[]): void {
  const list = chosenExperiments(doc, which);
  flow.newPage();
  flow.heading('Experiments', 1);
  if (!list.length) {
    flow.paragraph('This map has no experiments yet.', { colour: MUTED });
    return;
  }
  const surprises = list.reduce((n, e) => n + Object.values(e.touches).filter((t) => isSurprise(t.intended, t.observed)).length, 0);
  flow.paragraph(
    `${list.length} experiment${list.length === 1 ? '' : 's'}, oldest first.${surprises ? ` ${surprises} observed effect${surprises === 1 ? ' went' : 's went'} the opposite way from what was intended: marked “!” below.` : ''}`,
    { colour: MUTED, after: 8 },
  );
  list.forEach((e, i) => {
    if (i > 0) {
      flow.ensure(120);
      flow.y += 10;
      flow.draw([{ t: 'path', d: [['M', flow.left, flow.y], ['L', flow.left + flow.width, flow.y]], stroke: '#9ca3af', lw: 0.8 }]);
      flow.y += 4;
    }
    flow.heading(e.title || 'Untitled experiment', 2, 90);
    statusLine(flow, e);
    flow.fields([
      ['Hypothesis', e.hypothesis],
      ['Owner', e.owner],
      ['Dates', dates(e)],
    ]);
    touchesTable(flow, doc, e);
    const entries = Object.values(e.log).sort((a, b) => a.date.localeCompare(b.date));
    flow.heading('Learning log', 3, 50);
    if (!entries.length) flow.paragraph('No entries yet.', { colour: MUTED });
    for (const entry of entries) logEntry(flow, entry);
  });
}
