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
import { stackSchema } from '../src/model/stack/schema.ts';
import { STACK_SCHEMA_VERSION } from '../src/model/stack/types.ts';

export const SCHEMA_PATH = fileURLToPath(new URL('../docs/map.schema.json', import.meta.url));
export const STACK_SCHEMA_PATH = fileURLToPath(new URL('../docs/stack.schema.json', import.meta.url));

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

/** The text of docs/stack.schema.json: the stack document (inside a stack file, under "stack"). */
export function stackJsonSchemaText(): string {
  const { $schema, ...rest } = z.toJSONSchema(stackSchema);
  const schema = {
    $schema,
    $id: `urn:system-canvas:stack:${STACK_SCHEMA_VERSION}`,
    title: 'System Canvas learning stack',
    description:
      `A System Canvas learning stack, schemaVersion ${STACK_SCHEMA_VERSION}: the maps at each system scale and how their learning cycles connect. ` +
      'A stack file is {"kind": "system-canvas-stack", "stack": <this>, "maps": {<id>: <map>}}. See docs/file-format.md.',
    ...rest,
  };
  return `${JSON.stringify(schema, null, 2)}\n`;
}

const runDirectly = process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (runDirectly) {
  writeFileSync(SCHEMA_PATH, mapJsonSchemaText());
  writeFileSync(STACK_SCHEMA_PATH, stackJsonSchemaText());
  console.log(`wrote ${SCHEMA_PATH} and ${STACK_SCHEMA_PATH}`);
}
