/**
 * Initial download: the JavaScript and CSS that dist/index.html loads before
 * anything else, gzipped at level 9, and every other file in dist/assets (the
 * chunks that load only when used).
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';
import { atMost, kb, type Section } from './report.ts';

export const INITIAL_JS_TARGET_BYTES = 300 * 1024;

export interface FileSize {
  file: string;
  rawBytes: number;
  gzipBytes: number;
}

export interface BundleResult {
  initialJs: FileSize[];
  initialCss: FileSize[];
  initialJsGzipBytes: number;
  initialCssGzipBytes: number;
  initialTotalGzipBytes: number;
  lazy: FileSize[];
  lazyGzipBytes: number;
  /** Lazy chunks that hold an example map (named after examples/*.json). */
  exampleChunks: string[];
}

function size(dist: string, file: string): FileSize {
  const bytes = readFileSync(join(dist, file));
  return { file, rawBytes: bytes.length, gzipBytes: gzipSync(bytes, { level: 9 }).length };
}

const attr = (tag: string, name: string) => new RegExp(`\\s${name}\\s*=\\s*["']([^"']*)["']`, 'i').exec(tag)?.[1];

/** The files index.html asks for up front, as paths relative to dist. */
export function initialFiles(html: string): { js: string[]; css: string[] } {
  const js: string[] = [];
  const css: string[] = [];
  const local = (url: string | undefined) => (url && !/^[a-z]+:\/\//i.test(url) ? posix.normalize(url).replace(/^\//, '') : null);
  for (const [tag] of html.matchAll(/<script\b[^>]*>/gi)) {
    const src = local(attr(tag, 'src'));
    if (src && attr(tag, 'type') === 'module') js.push(src);
  }
  for (const [tag] of html.matchAll(/<link\b[^>]*>/gi)) {
    const rel = attr(tag, 'rel')?.toLowerCase();
    const href = local(attr(tag, 'href'));
    if (!href) continue;
    if (rel === 'modulepreload') js.push(href);
    else if (rel === 'stylesheet') css.push(href);
  }
  return { js: [...new Set(js)], css: [...new Set(css)] };
}

function exampleChunks(files: string[], examplesDir: string): string[] {
  const names = readdirSync(examplesDir)
    .filter((f) => f.endsWith('.json') && f !== 'index.json')
    .map((f) => f.replace(/\.json$/, ''));
  return files.filter((f) => names.some((n) => f.startsWith(`assets/${n}-`)));
}

export function measureBundle(dist = 'dist', examplesDir = 'examples'): BundleResult {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const { js, css } = initialFiles(html);
  if (js.length === 0) throw new Error(`no <script type="module" src> found in ${dist}/index.html`);
  const initialJs = js.map((f) => size(dist, f));
  const initialCss = css.map((f) => size(dist, f));
  const initial = new Set([...js, ...css]);
  const lazy = readdirSync(join(dist, 'assets'))
    .map((name) => `assets/${name}`)
    .filter((f) => !initial.has(f) && statSync(join(dist, f)).isFile())
    .map((f) => size(dist, f))
    .sort((a, b) => b.gzipBytes - a.gzipBytes);
  const sum = (list: FileSize[]) => list.reduce((t, f) => t + f.gzipBytes, 0);
  return {
    initialJs,
    initialCss,
    initialJsGzipBytes: sum(initialJs),
    initialCssGzipBytes: sum(initialCss),
    initialTotalGzipBytes: sum(initialJs) + sum(initialCss),
    lazy,
    lazyGzipBytes: sum(lazy),
    exampleChunks: exampleChunks(lazy.map((f) => f.file), examplesDir),
  };
}

export function bundleSection(r: BundleResult): Section {
  const row = (f: FileSize, when: string) => [f.file, kb(f.rawBytes), kb(f.gzipBytes), when];
  return {
    title: 'Initial download',
    summary: 'What a first visit downloads before the app can start, and what is left to load only when it is used.',
    rows: [
      {
        measure: `Initial JavaScript, gzipped (${r.initialJs.length} file${r.initialJs.length === 1 ? '' : 's'})`,
        value: kb(r.initialJsGzipBytes),
        target: `≤ ${kb(INITIAL_JS_TARGET_BYTES)}`,
        status: atMost(r.initialJsGzipBytes, INITIAL_JS_TARGET_BYTES),
      },
      { measure: 'Initial CSS, gzipped', value: kb(r.initialCssGzipBytes) },
      { measure: 'Initial JavaScript + CSS, gzipped', value: kb(r.initialTotalGzipBytes) },
      { measure: `Lazily loaded files, gzipped (${r.lazy.length})`, value: kb(r.lazyGzipBytes) },
    ],
    tables: [
      {
        caption: 'Every file in `dist/assets`:',
        headers: ['File', 'Size', 'Gzipped', 'Loaded'],
        rows: [
          ...r.initialJs.map((f) => row(f, 'up front (script)')),
          ...r.initialCss.map((f) => row(f, 'up front (stylesheet)')),
          ...r.lazy.map((f) =>
            row(f, r.exampleChunks.includes(f.file) ? 'only when that example map is opened' : 'only when used'),
          ),
        ],
      },
    ],
    method: [
      'Reads `dist/index.html` after `vite build`, takes every `<script type="module" src>` and `<link rel="modulepreload">`',
      '(initial JavaScript) and `<link rel="stylesheet">` (initial CSS), gzips each file with Node’s zlib at level 9 and adds them up.',
      'Every other file in `dist/assets` is listed as loaded only when used (dynamic imports such as the example maps; a first visit',
      'opens the first example, so it loads that one chunk, and later visits restore the map from the browser’s storage instead).',
    ],
  };
}
