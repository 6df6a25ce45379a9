import { describe, expect, it } from 'vitest';
import { warmUpReaders } from './warm-up.ts';

describe('the import worker’s warm-up', () => {
  it('reads both of its tiny files as maps, so the workbook and GraphML readers really run', async () => {
    expect(await warmUpReaders()).toBe(2);
  });
});
