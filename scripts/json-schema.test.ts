import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseMapText } from '../src/model/load.ts';
import { mapJsonSchemaText, SCHEMA_PATH, STACK_SCHEMA_PATH, stackJsonSchemaText } from './write-json-schema.ts';

describe('docs/map.schema.json', () => {
  it('is what npm run schema writes now (run it if this fails)', () => {
    expect(readFileSync(SCHEMA_PATH, 'utf8')).toBe(mapJsonSchemaText());
  });

  it('has a stack schema that is what npm run schema writes now', () => {
    expect(readFileSync(STACK_SCHEMA_PATH, 'utf8')).toBe(stackJsonSchemaText());
  });

  it('names itself and lists the top-level fields', () => {
    const schema = JSON.parse(mapJsonSchemaText());
    expect(schema).toMatchObject({ $id: expect.any(String), title: 'System Canvas map', type: 'object' });
    expect(schema.required).toEqual([
      'schemaVersion',
      'id',
      'meta',
      'nodes',
      'links',
      'clusters',
      'experiments',
      'perspectives',
      'linkViews',
      'ratingRounds',
      'comments',
      'views',
      'reflections',
    ]);
  });
});

describe('docs/file-format.md', () => {
  it('has an example file that loads', () => {
    const doc = readFileSync(new URL('../docs/file-format.md', import.meta.url), 'utf8');
    const example = /## A complete example\s+```json\n([\s\S]*?)\n```/.exec(doc)?.[1];
    expect(example).toBeDefined();
    const result = parseMapText(example ?? '');
    expect(result.ok ? 'ok' : result.problems).toBe('ok');
  });
});
