/**
 * The analysis section, when another part of the app has computed it:
 * feedback loops and the factors that hold the map together.
 */
import type { AnalysisInput } from '../types.ts';
import { MUTED, type Cell, type Flow } from './flow.ts';

/** Beyond this many loops the table stops; a wall of loops helps nobody. */
const MAX_LOOPS = 300;

const KIND_WORDS = { R: 'R  reinforcing', B: 'B  balancing', unclear: '?  unclear' } as const;

export function hasAnalysis(a: AnalysisInput | undefined): a is AnalysisInput {
  return !!a && (!!a.loops?.length || !!a.keyFactors?.length);
}

export function drawAnalysis(flow: Flow, analysis: AnalysisInput): void {
  flow.newPage();
  flow.heading('Analysis', 1);
  const loops = analysis.loops ?? [];
  if (loops.length) {
    flow.heading('Feedback loops', 2);
    const totals = analysis.loopTotals ?? {
      R: loops.filter((l) => l.kind === 'R').length,
      B: loops.filter((l) => l.kind === 'B').length,
      unclear: loops.filter((l) => l.kind === 'unclear').length,
    };
    const found = totals.R + totals.B + totals.unclear;
    const namedCount = loops.filter((l) => l.tag).length;
    flow.paragraph(
      `${found} loop${found === 1 ? '' : 's'}: ${totals.R} reinforcing (R, amplifying change), ${totals.B} balancing (B, resisting it)${totals.unclear ? `, ${totals.unclear} unclear (a link of unknown polarity)` : ''}.${found > loops.length ? ` ${namedCount ? `The ${namedCount} named first, then the shortest: ${loops.length} in all.` : `The ${loops.length} shortest are listed.`}` : namedCount ? ' The named ones first.' : ''}`,
      { colour: MUTED, after: 6 },
    );
    const rows: Cell[][] = loops.slice(0, MAX_LOOPS).map((l, i) => [
      { text: String(i + 1) },
      // A named loop's tag (R1, B2) matches its marker on the printed map.
      { text: l.tag ? `${l.tag}  ${KIND_WORDS[l.kind].slice(3)}` : KIND_WORDS[l.kind], bold: true },
      { text: String(l.labels.length) },
      { text: l.strength === undefined ? '—' : l.strength.toFixed(2) },
      { text: `${l.name ? `${l.name}: ` : ''}${[...l.labels, l.labels[0] ?? ''].join(' → ')}` },
    ]);
    flow.table(
      [
        { header: '#', width: 5, align: 'right' },
        { header: 'Kind', width: 18 },
        { header: 'Links', width: 8, align: 'right' },
        { header: 'Strength', width: 11, align: 'right' },
        { header: 'Loop', width: 58 },
      ],
      rows,
    );
    if (loops.length > MAX_LOOPS) flow.paragraph(`…and ${loops.length - MAX_LOOPS} more loops, not listed.`, { colour: MUTED });
  }
  const factors = analysis.keyFactors ?? [];
  if (factors.length) {
    flow.heading('Key factors', 2);
    flow.paragraph('Betweenness: the share of the map’s shortest chains of influence that pass through the factor (0 to 1). In and out: how many links arrive and leave.', {
      colour: MUTED,
      after: 6,
    });
    flow.table(
      [
        { header: 'Factor', width: 40 },
        { header: 'Role', width: 24 },
        { header: 'Betweenness', width: 14, align: 'right' },
        { header: 'In', width: 8, align: 'right' },
        { header: 'Out', width: 8, align: 'right' },
      ],
      factors.map((f) => [
        { text: f.label, bold: true },
        { text: f.role },
        { text: f.betweenness.toFixed(3) },
        { text: String(f.inDegree) },
        { text: String(f.outDegree) },
      ]),
    );
  }
}
