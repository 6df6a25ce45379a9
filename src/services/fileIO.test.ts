import { describe, expect, it } from 'vitest';
import { parseMapText } from '../model/load.ts';
import { describeFailure } from './fileIO.ts';

// Our own files reach describeFailure after the loader; other tools' files go to their importers (src/formats).
const fail = async (name: string, text: string) => {
  const r = parseMapText(text);
  if (r.ok) throw new Error('expected a failure');
  return describeFailure(name, r.problems);
};

describe('messages about files that cannot be opened', () => {
  it('say where a file is not valid JSON, and what to do', async () => {
    const text = await fail('m.json', '{\n "a": 1,\n  "b": h }');
    expect(text.split('\n')[0]).toBe("m.json is not a System Canvas map: it is not valid JSON at line 3, column 8 (found 'h' where a value should be). Your open map has not changed.");
    expect(text).toContain('missing comma');
  });
  it('say a JSON file is not a map, and put schema problems in plain words', async () => {
    expect((await fail('x.json', '{}')).split('\n')[0]).toBe('x.json is not a System Canvas map: it has no schemaVersion and no nodes. Your open map has not changed.');
    const text = await fail('y.json', '{"schemaVersion": 2, "id": "m"}');
    expect(text).toMatch(/^Could not open y\.json: \d+ parts of it could not be read\./);
    expect(text).toContain('meta: missing: it should be a group of fields');
    expect(text).not.toContain('Invalid input');
  });
});
