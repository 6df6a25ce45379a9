import { describe, expect, it } from 'vitest';
import { createMap, newNode, addNode } from '../model/operations.ts';
import type { Lens } from './lens.ts';
import { savedExportLens, toLens, toSavedLens } from './savedLens.ts';

describe('saved lenses', () => {
  const a = newNode('factor', { x: 0, y: 0 });
  const doc = addNode(a).apply(createMap());

  it('saves the lenses a file can keep and reads them back', () => {
    const lenses: Lens[] = [{ kind: 'none' }, { kind: 'coverage' }, { kind: 'evidence' }, { kind: 'highlight', nodeIds: [a.id], linkIds: [], caption: 'R1 Stress loop' }];
    for (const lens of lenses) expect(toLens(toSavedLens(lens), doc)).toEqual(lens);
  });

  it('saves a what-if as no lens', () => {
    expect(toSavedLens({ kind: 'whatif', predictions: {}, caption: 'x' })).toEqual({ kind: 'none' });
  });

  it('leaves out ids no longer on the map', () => {
    expect(toLens({ kind: 'highlight', nodeIds: [a.id, 'gone'], linkIds: ['gone'], caption: '' }, doc)).toEqual({ kind: 'highlight', nodeIds: [a.id], linkIds: [], caption: '' });
    expect(toLens({ kind: 'experiments', experimentIds: ['gone'] }, doc)).toEqual({ kind: 'experiments', experimentIds: [] });
  });

  it('keeps the voices lens, and prints lenses without a printed form as none', () => {
    expect(toSavedLens({ kind: 'voices' })).toEqual({ kind: 'voices' });
    expect(toLens({ kind: 'voices' }, doc)).toEqual({ kind: 'voices' });
    expect(savedExportLens({ kind: 'voices' }, doc)).toEqual({ kind: 'none' });
    expect(savedExportLens({ kind: 'evidence' }, doc)).toEqual({ kind: 'none' });
    expect(savedExportLens({ kind: 'coverage' }, doc)).toEqual({ kind: 'coverage' });
  });

  it('copies id lists, so changing the lens later does not change the saved view', () => {
    const lens: Lens = { kind: 'experiments', experimentIds: ['x1'] };
    const saved = toSavedLens(lens);
    lens.experimentIds.push('x2');
    expect(saved).toEqual({ kind: 'experiments', experimentIds: ['x1'] });
  });
});
