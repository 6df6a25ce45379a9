import { describe, expect, it } from 'vitest';
import { findLoops, sortLoops } from '../../analysis/index.ts';
import { loadExample } from '../test-maps.ts';
import { analysisAppendix } from './appendix.ts';

describe('analysisAppendix', () => {
  const base = loadExample();
  const loops = sortLoops(findLoops(base, { maxLength: 6 }).loops, 'length');
  // A long loop, past the rows the table prints of the shortest ones.
  const long = loops[loops.length - 1]!;

  it('lists named loops first, with their names and the tags their markers carry', () => {
    const doc = { ...base, loopNames: { [long.key]: 'The long way round' } };
    const rows = analysisAppendix(doc).loops!;
    expect(rows[0]).toMatchObject({ kind: long.kind, name: 'The long way round', tag: `${long.kind === 'unclear' ? '?' : long.kind}1`, strength: long.strength });
    expect(rows.filter((r) => r.name)).toHaveLength(1);
    expect(rows.length).toBeLessThanOrEqual(60);
  });

  it('lists the shortest loops untagged when none is named', () => {
    const rows = analysisAppendix(base).loops!;
    expect(rows.some((r) => r.tag || r.name)).toBe(false);
    expect(rows[0]!.labels.length).toBe(loops[0]!.length);
  });
});
