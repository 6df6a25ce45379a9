import { describe, expect, it } from 'vitest';
import { tinyMap } from '../analysis/fixtures.ts';
import { generateMap } from '../analysis/generate.ts';
import { NO_FILTER } from '../model/sensemaking.ts';
import type { MapDocument, MapFilter } from '../model/types.ts';
import { applyLens } from './lens.ts';
import { describeFilter, fadeOut, filterOut, filteredDoc, focusedOn, isFilterOn, tagsOnMap, withShown, withoutOut } from './filter.ts';

// A chain with a side branch: A → B → C → D, and E → B.
function chain(): MapDocument {
  const doc = tinyMap([
    ['A', 'B'],
    ['B', 'C'],
    ['C', 'D'],
    ['E', 'B'],
  ]);
  doc.clusters = { food: { id: 'food', name: 'Food', colour: '#336699', description: '' }, mind: { id: 'mind', name: 'Mind', colour: '#993366', description: '' } };
  doc.nodes.A!.clusterId = 'food';
  doc.nodes.D!.clusterId = 'mind';
  doc.nodes.E!.kind = 'actor';
  doc.nodes.C!.tags = ['money', 'work'];
  doc.links.l2!.confidence = 'low';
  doc.nodes.B!.voice = { personId: 'p1', name: 'Sam', perspectiveId: 'p_lived' };
  doc.links.l3!.voice = { personId: 'p2', name: '', perspectiveId: 'p_practitioner' };
  return doc;
}

const filter = (patch: Partial<MapFilter>): MapFilter => ({ ...NO_FILTER, ...patch });
const sorted = (s: ReadonlySet<string>) => [...s].sort();
const shown = (doc: MapDocument, f: MapFilter) => {
  const out = filterOut(doc, f);
  return Object.keys(doc.nodes).filter((id) => !out.nodes.has(id)).sort();
};

describe('filterOut', () => {
  it('leaves everything in when the filter is off', () => {
    const doc = chain();
    expect(isFilterOn(NO_FILTER)).toBe(false);
    const out = filterOut(doc, NO_FILTER);
    expect(out.nodes.size + out.links.size).toBe(0);
  });

  it('focuses on causes, effects or both, 1 to 3 steps', () => {
    const doc = chain();
    const focus = (steps: 1 | 2 | 3, direction: 'causes' | 'effects' | 'both') => filter({ focus: { nodeIds: ['B'], steps, direction } });
    expect(shown(doc, focus(1, 'causes'))).toEqual(['A', 'B', 'E']);
    expect(shown(doc, focus(1, 'effects'))).toEqual(['B', 'C']);
    expect(shown(doc, focus(1, 'both'))).toEqual(['A', 'B', 'C', 'E']);
    expect(shown(doc, focus(2, 'effects'))).toEqual(['B', 'C', 'D']);
    expect(shown(doc, focus(3, 'both'))).toEqual(['A', 'B', 'C', 'D', 'E']);
    // A cause of an effect is neither a cause nor an effect: both directions do not wander sideways.
    expect(shown(doc, filter({ focus: { nodeIds: ['C'], steps: 2, direction: 'both' } }))).toEqual(['A', 'B', 'C', 'D', 'E']);
    expect(shown(doc, filter({ focus: { nodeIds: ['D'], steps: 1, direction: 'causes' } }))).toEqual(['C', 'D']);
  });

  it('takes a link out when either end is out', () => {
    const doc = chain();
    const out = filterOut(doc, filter({ focus: { nodeIds: ['B'], steps: 1, direction: 'effects' } }));
    // Only B → C stays.
    expect(sorted(out.links)).toEqual(['l1', 'l3', 'l4']);
  });

  it('hides themes, kinds and tags', () => {
    const doc = chain();
    expect(shown(doc, filter({ hiddenThemes: ['food'] }))).toEqual(['B', 'C', 'D', 'E']);
    expect(shown(doc, filter({ hiddenKinds: ['actor'] }))).toEqual(['A', 'B', 'C', 'D']);
    expect(shown(doc, filter({ hiddenTags: ['work'] }))).toEqual(['A', 'B', 'D', 'E']);
    expect(sorted(filterOut(doc, filter({ hiddenThemes: ['food'] })).links)).toEqual(['l1']);
  });

  it('hides links of a confidence, leaving their ends', () => {
    const doc = chain();
    const out = filterOut(doc, filter({ hiddenConfidences: ['low'] }));
    expect(out.nodes.size).toBe(0);
    expect(sorted(out.links)).toEqual(['l2']);
  });

  it('hides perspectives, and "none" for what has no voice or a removed perspective', () => {
    const doc = chain();
    const lived = filterOut(doc, filter({ hiddenPerspectives: ['p_lived'] }));
    expect(sorted(lived.nodes)).toEqual(['B']);
    expect(sorted(lived.links)).toEqual(['l1', 'l2', 'l4']);
    const practitioner = filterOut(doc, filter({ hiddenPerspectives: ['p_practitioner'] }));
    expect(practitioner.nodes.size).toBe(0);
    expect(sorted(practitioner.links)).toEqual(['l3']);
    expect(shown(doc, filter({ hiddenPerspectives: ['none'] }))).toEqual(['B']);
    delete doc.perspectives.p_lived;
    expect(shown(doc, filter({ hiddenPerspectives: ['none'] }))).toEqual([]);
  });

  it('ignores ids no longer in the map', () => {
    const doc = chain();
    expect(shown(doc, filter({ focus: { nodeIds: ['gone'], steps: 1, direction: 'both' }, hiddenThemes: ['gone'] }))).toEqual(['A', 'B', 'C', 'D', 'E']);
    expect(describeFilter(doc, filter({ focus: { nodeIds: ['gone'], steps: 1, direction: 'both' }, hiddenThemes: ['gone'] }))).toBe('');
  });

  it('is fast enough to run on every edit of a 5,000-node map', () => {
    const doc = generateMap({ nodes: 5000, links: 15000, seed: 3 });
    const ids = Object.keys(doc.nodes);
    const out = filterOut(doc, filter({ focus: { nodeIds: [ids[0]!], steps: 3, direction: 'both' }, hiddenConfidences: ['low'], hiddenKinds: ['actor'] }));
    expect(out.nodes.size).toBeGreaterThan(0);
    expect(out.nodes.size).toBeLessThan(ids.length);
  });
});

describe('fade and hide', () => {
  it('fades what is out on top of the lens', () => {
    const doc = chain();
    const out = filterOut(doc, filter({ hiddenThemes: ['food'] }));
    const looks = fadeOut(applyLens(doc, { kind: 'highlight', nodeIds: ['A', 'B'], linkIds: ['l1'], caption: '' }), out);
    expect(looks.nodes.get('A')?.dimmed).toBe(true);
    expect(looks.nodes.get('B')?.dimmed ?? false).toBe(false);
    expect(looks.nodes.get('C')?.dimmed).toBe(true);
    expect(looks.dimmedLinks.has('l1')).toBe(true);
  });

  it('takes what is out off the document in hide mode only', () => {
    const doc = chain();
    const f = filter({ hiddenThemes: ['food'], mode: 'hide' });
    const left = withoutOut(doc, filterOut(doc, f));
    expect(Object.keys(left.nodes).sort()).toEqual(['B', 'C', 'D', 'E']);
    expect(Object.keys(left.links).sort()).toEqual(['l2', 'l3', 'l4']);
    expect(left.nodes.B).toBe(doc.nodes.B);
    expect(filteredDoc(doc, f).nodes.A).toBeUndefined();
    expect(filteredDoc(doc, { ...f, mode: 'fade' })).toBe(doc);
  });
});

describe('describeFilter', () => {
  it('says nothing when the filter is off', () => {
    expect(describeFilter(chain(), NO_FILTER)).toBe('');
  });

  it('states a focus in words', () => {
    const doc = chain();
    doc.nodes.B!.label = 'Stress';
    expect(describeFilter(doc, filter({ focus: { nodeIds: ['B'], steps: 2, direction: 'both' } }))).toBe('Showing 2 steps around “Stress” (causes and effects)');
    expect(describeFilter(doc, filter({ focus: { nodeIds: ['B'], steps: 1, direction: 'causes' } }))).toBe('Showing 1 step around “Stress” (causes)');
    expect(describeFilter(doc, filter({ focus: { nodeIds: ['B', 'C'], steps: 3, direction: 'effects' } }))).toBe('Showing 3 steps around “Stress” and “C” (effects)');
    expect(describeFilter(doc, filter({ focus: { nodeIds: ['A', 'B', 'C'], steps: 1, direction: 'effects' } }))).toBe('Showing 1 step around 3 nodes (effects)');
  });

  it('states every dimension, joined in one sentence', () => {
    const doc = chain();
    doc.nodes.B!.label = 'Stress';
    expect(
      describeFilter(doc, filter({ focus: { nodeIds: ['B'], steps: 2, direction: 'both' }, hiddenThemes: ['food'], hiddenConfidences: ['low'] })),
    ).toBe('Showing 2 steps around “Stress” (causes and effects); hiding theme Food; hiding low-confidence links');
    expect(describeFilter(doc, filter({ hiddenThemes: ['food', 'mind'] }))).toBe('Hiding themes Food and Mind');
    expect(describeFilter(doc, filter({ hiddenTags: ['a', 'b', 'c', 'd', 'e', 'f'] }))).toBe('Hiding nodes tagged “a”, “b”, “c” or 3 more');
    expect(describeFilter(doc, filter({ hiddenKinds: ['outcome', 'actor'] }))).toBe('Hiding actors and outcomes');
    expect(describeFilter(doc, filter({ hiddenTags: ['money', 'work'] }))).toBe('Hiding nodes tagged “money” or “work”');
    expect(describeFilter(doc, filter({ hiddenConfidences: ['medium', 'low'] }))).toBe('Hiding low- and medium-confidence links');
    expect(describeFilter(doc, filter({ hiddenConfidences: ['medium', 'low', 'high'] }))).toBe('Hiding every link');
    expect(describeFilter(doc, filter({ hiddenPerspectives: ['p_lived', 'p_manager'] }))).toBe('Hiding what came from Lived experience or Manager');
    expect(describeFilter(doc, filter({ hiddenPerspectives: ['none'] }))).toBe('Hiding what has no perspective');
    expect(describeFilter(doc, filter({ hiddenPerspectives: ['p_lived', 'none'] }))).toBe('Hiding what came from Lived experience, and what has no perspective');
  });

  it('shortens a long label', () => {
    const doc = chain();
    doc.nodes.B!.label = 'x'.repeat(200);
    expect(describeFilter(doc, filter({ focus: { nodeIds: ['B'], steps: 1, direction: 'both' } })).length).toBeLessThan(90);
  });
});

describe('changing a filter', () => {
  it('focuses on nodes, keeping the steps and direction chosen last', () => {
    const f = focusedOn(NO_FILTER, ['A']);
    expect(f.focus).toEqual({ nodeIds: ['A'], steps: 1, direction: 'both' });
    const g = focusedOn({ ...f, focus: { nodeIds: ['A'], steps: 3, direction: 'causes' } }, ['B']);
    expect(g.focus).toEqual({ nodeIds: ['B'], steps: 3, direction: 'causes' });
    const ended = focusedOn(g, []);
    expect(isFilterOn(ended)).toBe(false);
    expect(focusedOn(ended, ['C']).focus).toEqual({ nodeIds: ['C'], steps: 3, direction: 'causes' });
  });

  it('shows and hides one value of a list', () => {
    const f = withShown(NO_FILTER, 'hiddenThemes', 'food', false);
    expect(f.hiddenThemes).toEqual(['food']);
    expect(withShown(f, 'hiddenThemes', 'food', false).hiddenThemes).toEqual(['food']);
    expect(withShown(f, 'hiddenThemes', 'food', true).hiddenThemes).toEqual([]);
    expect(NO_FILTER.hiddenThemes).toEqual([]);
  });

  it('lists the tags on the map', () => {
    const doc = chain();
    doc.nodes.A!.tags = ['work', 'care'];
    expect(tagsOnMap(doc)).toEqual(['care', 'money', 'work']);
  });
});
