/** DejaVu Sans from node_modules, for the CLI and tests. Read once per process. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { FontSet } from './pdf/fonts.ts';

let cached: FontSet | null = null;

export function fontPaths(): { regular: string; bold: string } {
  const dir = join(dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json')), 'ttf');
  return { regular: join(dir, 'DejaVuSans.ttf'), bold: join(dir, 'DejaVuSans-Bold.ttf') };
}

export function readNodeFonts(): FontSet {
  if (cached) return cached;
  const paths = fontPaths();
  cached = { regular: readFileSync(paths.regular).toString('base64'), bold: readFileSync(paths.bold).toString('base64') };
  return cached;
}
