import { describe, expect, it } from 'vitest';
import type { IntendedEffect, MapDocument, ObservedEffect, Touch } from '../model/types.ts';
import { compareWithExperiments, experimentNudges, verdictOf } from './compare.ts';
import { tinyMap } from './fixtures.ts';

// s (veg boxes) raises f (fruit eaten) and u (pantry use), and lowers g;
// f raises w (weight) only through a ? link.
function mapWithExperiment(): MapDocument {
  const doc = tinyMap(
    [
      ['s', 'f', '+', 3],
      ['s', 'u', '+', 2],
      ['s', 'g', '-', 3],
      ['f', 'w', '?', 2],
    ],
    { nodes: ['x'] },
  );
  const touch = (nodeId: string, intended: IntendedEffect, observed: ObservedEffect): [string, Touch] => [
    nodeId,
    { nodeId, nodeLabel: `old ${nodeId}`, intended, observed, evidence: '' },
  ];
  const touches = Object.fromEntries([
    touch('s', 'strengthen', 'up'),
    touch('f', 'explore', 'up'),
    touch('u', 'weaken', 'up'),
    touch('g', 'explore', 'no-change'),
    touch('w', 'explore', 'down'),
    touch('x', 'explore', 'unclear'),
    touch('gone', 'strengthen', 'not-yet-known'),
  ]);
  doc.experiments.e1 = {
    id: 'e1',
    title: 'Veg boxes',
    hypothesis: '',
    owner: '',
    scale: 'place',
    status: 'running',
    phase: 'experiment',
    startDate: '',
    endDate: '',
    touches,
    log: {},
    createdAt: '2026-01-01T00:00:00.000Z',
  };
  return doc;
}

describe('compareWithExperiments', () => {
  const doc = mapWithExperiment();
  const result = compareWithExperiments(doc, 'e1')!;
  const row = (id: string) => result.touches.find((t) => t.nodeId === id)!;

  it('nudges strengthened nodes up and weakened ones down, skipping explored and deleted ones', () => {
    expect(experimentNudges(doc, doc.experiments.e1!)).toEqual({ s: 1, u: -1 });
    expect(result.nudges).toEqual({ s: 1, u: -1 });
  });

  it('predicts a nudged node from its intention and an explored one from the map', () => {
    expect(row('s')).toMatchObject({ predicted: 'up', predictedFrom: 'intention', verdict: 'as-predicted', surprise: false });
    expect(row('f')).toMatchObject({ predicted: 'up', predictedFrom: 'map', verdict: 'as-predicted' });
    expect(row('g')).toMatchObject({ predicted: 'down', predictedFrom: 'map', verdict: 'did-not-move' });
  });

  it('flags a surprise when the node moved against the prediction', () => {
    expect(row('u')).toMatchObject({ intended: 'weaken', predicted: 'down', observed: 'up', verdict: 'surprise', surprise: true });
  });

  it('says where the rest of the experiment pushes each node', () => {
    // Strengthening s pushes pantry use up, against the intention to weaken it.
    expect(row('u').pushFromOthers).toBe('up');
    expect(row('s').pushFromOthers).toBe('none');
  });

  it('makes no prediction through ? links, or for nodes nothing reaches, and marks the uncertain ones', () => {
    expect(row('w')).toMatchObject({ predicted: 'unclear', uncertain: true, verdict: 'no-prediction', surprise: false });
    expect(row('x')).toMatchObject({ predicted: 'none', verdict: 'unclear' });
  });

  it('keeps touches on deleted nodes, by their remembered label', () => {
    expect(row('gone')).toMatchObject({ orphaned: true, label: 'old gone', predicted: 'none', verdict: 'not-yet-known' });
    expect(row('s').label).toBe('s');
  });

  it('lists touches in the experiment\'s order and includes the what-if run', () => {
    expect(result.touches.map((t) => t.nodeId)).toEqual(['s', 'f', 'u', 'g', 'w', 'x', 'gone']);
    expect(result.whatIf.converged).toBe(true);
    expect(result.title).toBe('Veg boxes');
  });

  it('returns null for an experiment that is not in the map', () => {
    expect(compareWithExperiments(doc, 'nope')).toBeNull();
  });
});

describe('verdictOf', () => {
  it('checks what was seen against what was predicted', () => {
    expect(verdictOf('up', 'up')).toBe('as-predicted');
    expect(verdictOf('down', 'down')).toBe('as-predicted');
    expect(verdictOf('up', 'down')).toBe('surprise');
    expect(verdictOf('down', 'up')).toBe('surprise');
    expect(verdictOf('down', 'no-change')).toBe('did-not-move');
    expect(verdictOf('none', 'up')).toBe('no-prediction');
    expect(verdictOf('unclear', 'down')).toBe('no-prediction');
    expect(verdictOf('up', 'unclear')).toBe('unclear');
    expect(verdictOf('up', 'not-yet-known')).toBe('not-yet-known');
  });
});
