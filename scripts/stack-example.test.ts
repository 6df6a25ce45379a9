/** The example stack opens cleanly and shows the pattern it was written to show. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { rollUp } from '../src/analysis/patterns/rollup.ts';
import { parseStackFileText } from '../src/model/stack/load.ts';
import { promisedTo } from '../src/model/stack/stewardship.ts';
import { buildExampleFiles } from './examples/catalogue.ts';

const text = readFileSync(new URL('../examples/stacks/early-help-riverside.json', import.meta.url), 'utf8');

describe('the example stack', () => {
  it('is what the generator writes', () => {
    expect(text).toBe(buildExampleFiles().get('stacks/early-help-riverside.json'));
  });

  it('opens with every map and reference in place', () => {
    const r = parseStackFileText(text);
    expect(r.ok && r.warnings).toEqual([]);
    expect(r.ok && Object.values(r.stack.maps).map((m) => m.scale).sort()).toEqual(['person', 'place', 'team', 'team']);
  });

  it('shows a pattern across the teams and the family, and a promise to the south hub', () => {
    const r = parseStackFileText(text);
    if (!r.ok) throw new Error('does not open');
    const roll = rollUp(r.stack, r.maps);
    const sentences = roll.patterns.map((p) => p.sentence);
    expect(sentences).toContain('5 experiments tried to weaken Waiting time for first help; 4 saw Trust in services go up, 1 saw no change.');
    expect(promisedTo(r.stack, 'map_early_help_south').map((e) => e.statement)).toEqual(['Stop paying the hubs by the number of crisis referrals']);
  });
});
