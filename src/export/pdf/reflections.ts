/**
 * "What we noticed": the map's reflection points, oldest first, each with
 * its date (marked like a learning log entry), who recorded it when they
 * gave a name, the saved view it was noticed in, its text and the nodes it
 * is about (nodes deleted since are left out).
 */
import type { MapDocument } from '../../model/types.ts';
import { reflectionNodes, reflectionViewTitle, sortedReflections } from '../../model/reflections.ts';
import { textWidth } from '../../draw/text/metrics.ts';
import { formatDay } from './experiments.ts';
import { BODY, MUTED, type Flow } from './flow.ts';

const MARK = '#5b2c87';

export function drawReflections(flow: Flow, doc: MapDocument): void {
  const list = sortedReflections(doc.reflections);
  flow.newPage();
  flow.heading('What we noticed', 1);
  if (!list.length) {
    flow.paragraph('No reflection points recorded on this map yet.', { colour: MUTED });
    return;
  }
  flow.paragraph(`${list.length} reflection point${list.length === 1 ? '' : 's'}, oldest first.`, { colour: MUTED, after: 8 });
  for (const r of list) {
    const day = formatDay(r.date) || 'Undated';
    const view = reflectionViewTitle(doc, r);
    const extra = [r.voice?.name ? `recorded by ${r.voice.name}` : '', view ? `in the view “${view}”` : ''].filter(Boolean).join('  ·  ');
    flow.ensure(45);
    flow.y += 13;
    flow.draw([
      { t: 'rect', x: flow.left, y: flow.y - 10, w: 3, h: 13, fill: MARK },
      flow.text(flow.left + 8, flow.y, day, BODY + 0.5, true),
      ...(extra ? [flow.text(flow.left + 8 + textWidth(day, BODY + 0.5, true) + 8, flow.y, `·  ${extra}`, BODY, false, MUTED)] : []),
    ]);
    flow.y += 3;
    flow.paragraph(r.text, { indent: 8, after: 2 });
    const nodes = reflectionNodes(doc, r);
    if (nodes.length) flow.paragraph(`About: ${nodes.map((n) => n.label || '(no label)').join(', ')}`, { indent: 8, colour: MUTED, size: BODY - 0.5, after: 4 });
    flow.y += 4;
  }
}
