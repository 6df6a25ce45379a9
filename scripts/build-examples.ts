/**
 * Writes the example maps into examples/. Run after changing any content in
 * scripts/examples/: npx tsx scripts/build-examples.ts
 * The files are checked in, and scripts/examples.test.ts fails if they drift
 * from what this script would write.
 */
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildExampleFiles } from './examples/catalogue.ts';

const outDir = fileURLToPath(new URL('../examples/', import.meta.url));
mkdirSync(outDir, { recursive: true });

const files = buildExampleFiles();
for (const [name, text] of files) {
  writeFileSync(outDir + name, text);
  console.log(`wrote examples/${name} (${(text.length / 1024).toFixed(0)} KB)`);
}

// A stale file left behind would show up in the test as missing from the index.
const stale = readdirSync(outDir).filter((name) => name.endsWith('.json') && !files.has(name));
if (stale.length) console.warn(`not in the catalogue, delete if unwanted: ${stale.join(', ')}`);
