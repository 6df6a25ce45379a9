import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseMapText } from '../model/load.ts';
import * as analysis from './index.ts';

const loaded = parseMapText(readFileSync(new URL('../../examples/healthy-weight-place.json', import.meta.url), 'utf8'));
if (!loaded.ok) throw new Error('example map does not load');
const doc = loaded.doc;

describe('the analysis API on the example map', () => {
  it('finds loops of every kind, some through the focal outcome', () => {
    const { loops, truncated } = analysis.findLoops(doc);
    expect(truncated).toBe(false);
    const counts = analysis.countLoops(loops);
    expect(counts.R).toBeGreaterThan(0);
    expect(counts.B).toBeGreaterThan(0);
    expect(counts.unclear).toBeGreaterThan(0);
    const focal = analysis.filterLoops(doc, loops, { throughFocal: true });
    for (const loop of focal) expect(loop.nodeIds).toContain(doc.meta.focalNodeId);
  });

  it('ranks key factors and influences on the focal outcome', () => {
    const rows = analysis.sortKeyFactors(analysis.keyFactors(doc));
    expect(rows).toHaveLength(Object.keys(doc.nodes).length);
    expect(rows[0]!.betweenness).toBeGreaterThanOrEqual(rows[1]!.betweenness);
    const influences = analysis.influencesOnOutcome(doc);
    expect(influences.length).toBeGreaterThan(50);
    for (const i of influences) expect(i.path.nodeIds.at(-1)).toBe(doc.meta.focalNodeId);
  });

  it('spots the surprise in the pantry experiment: pantry use went up though the aim was to lower it', () => {
    const result = analysis.compareWithExperiments(doc, 'x_pantry_veg_boxes')!;
    const pantry = result.touches.find((t) => t.nodeId === 'n_food_bank_and_pantry_use')!;
    expect(pantry).toMatchObject({ intended: 'weaken', observed: 'up', verdict: 'surprise', surprise: true });
    expect(result.whatIf.converged).toBe(true);
  });
});
