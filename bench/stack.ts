/**
 * Learning stacks: the pattern roll-up behind the Patterns view over 20 maps
 * with 200 experiments in all, and the stack report PDF for the same stack.
 * Measured in Node (the roll-up and the PDF are the same pure code the app
 * runs); the Patterns view in the app, React render included, is the
 * stack-browser section (stackBrowser.ts).
 */
import { performance } from 'node:perf_hooks';
import { rollUp } from '../src/analysis/patterns/rollup.ts';
import { bigStack } from '../src/model/stack/generate.ts';
import { renderStackReport } from '../src/export/node.ts';
import { median } from './stats.ts';
import type { Section } from './report.ts';

export interface StackBench {
  rollupMs: number[];
  reportMs: number[];
  pages: number;
  patterns: number;
}

export async function measureStack(): Promise<StackBench> {
  const { stack, maps } = bigStack(20, 200);
  const rollupMs: number[] = [];
  let patterns = 0;
  for (let i = 0; i < 15; i++) {
    const t = performance.now();
    patterns = rollUp(stack, maps).patterns.length;
    rollupMs.push(performance.now() - t);
  }
  const reportMs: number[] = [];
  let pages = 0;
  for (let i = 0; i < 3; i++) {
    const t = performance.now();
    pages = (await renderStackReport(stack, maps, { date: new Date('2026-11-01T00:00:00Z') })).pages;
    reportMs.push(performance.now() - t);
  }
  return { rollupMs, reportMs, pages, patterns };
}

export function stackSection(r: StackBench): Section {
  const roll = median(r.rollupMs);
  const report = median(r.reportMs);
  return {
    title: 'Learning stacks: patterns and the stack report',
    summary: `A stack of 20 maps (40 shared factors each, marked "same as") with 200 experiments; ${r.patterns} patterns found; the report has ${r.pages} pages.`,
    rows: [
      { measure: 'Pattern roll-up over 20 maps / 200 experiments (median of 15)', value: `${roll.toFixed(1)} ms`, target: '< 300 ms', status: roll < 300 ? 'PASS' : 'MISS' },
      { measure: 'Stack report PDF, 20 maps (median of 3)', value: `${(report / 1000).toFixed(2)} s`, target: '< 3 s', status: report < 3000 ? 'PASS' : 'MISS' },
    ],
    method: [
      'In Node, on the generated stack from src/model/stack/generate.ts (bigStack(20, 200), fixed seed).',
      'The roll-up is rollUp() from src/analysis/patterns, which the Patterns view runs when it opens; the React render of the table is not included.',
      'The report is renderStackReport() (jsPDF, fonts embedded): the diagram page, one fitted page per map, the patterns and enablers pages.',
    ],
  };
}
