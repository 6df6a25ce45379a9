/**
 * Writes docs/map.schema.json from the validator in src/model/schema.ts
 * (npm run schema). scripts/json-schema.test.ts fails if the committed file
 * differs from what this would write, so the two cannot drift apart.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { mapSchema } from '../src/model/schema.ts';
import { SCHEMA_VERSION } from '../src/model/types.ts';

export const SCHEMA_PATH = fileURLToPath(new URL('../docs/map.schema.json', import.meta.url));

/** The text of docs/map.schema.json, exactly as it should be committed. */
export function mapJsonSchemaText(): string {
  const { $schema, ...rest } = z.toJSONSchema(mapSchema);
  const schema = {
    $schema,
    // A name rather than a web address: the schema is not published anywhere yet.
    $id: `urn:system-canvas:map:${SCHEMA_VERSION}`,
    title: 'System Canvas map',
    description:
      `A System Canvas map file, schemaVersion ${SCHEMA_VERSION}. ` +
      'Loading also checks what a schema cannot: ids match their keys and are unique, and every reference points at something in the map (except a touch of a deleted node, kept as an orphaned record). ' +
      'See docs/file-format.md.',
    ...rest,
  };
  return `${JSON.stringify(schema, null, 2)}\n`;
}

const runDirectly = process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (runDirectly) {
  writeFileSync(SCHEMA_PATH, mapJsonSchemaText());
  console.log(`wrote ${SCHEMA_PATH}`);
}
