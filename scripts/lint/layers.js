/**
 * The layer rule: folders under src/ import downward only. Each folder lists
 * the folders it may import from; anything else (an upward or sideways
 * import) fails `npm run lint`, and so `npm test`. docs/architecture.md draws
 * the same table. The pure layers may not import React, React Flow or zustand
 * either, so the CLI and the room server can use them in Node.
 */
import path from 'node:path';

const PURE = ['model', 'analysis', 'views', 'draw', 'layout', 'export', 'formats', 'sync'];

/** folder -> the folders it may import from (besides itself). */
export const LAYERS = {
  model: [],
  analysis: ['model'],
  views: ['model', 'analysis'],
  draw: ['model', 'views'],
  layout: ['model', 'analysis', 'draw'],
  export: ['model', 'analysis', 'views', 'draw', 'layout'],
  formats: ['model', 'analysis', 'views', 'draw', 'layout', 'export'],
  sync: ['model'],
  store: ['model', 'views', 'sync'],
  services: [...PURE, 'store'],
  ui: [...PURE, 'store', 'services'],
  canvas: [...PURE, 'store', 'services', 'ui'],
  panels: [...PURE, 'store', 'services', 'ui'],
  app: [...PURE, 'store', 'services', 'ui', 'canvas', 'panels'],
  cli: [...PURE],
};

/** Packages the pure layers must not use: they belong to the browser's UI. */
const UI_PACKAGES = /^(react|react-dom|@xyflow\/react|zustand)(\/|$)/;

function layerOf(file, srcDir) {
  const rel = path.relative(srcDir, file);
  if (rel.startsWith('..') || path.isAbsolute(rel)) return null;
  const [first, ...rest] = rel.split(path.sep);
  return rest.length ? first : null;
}

const rule = {
  meta: {
    type: 'problem',
    docs: { description: 'src/ folders import downward only (see docs/architecture.md)' },
    schema: [],
    messages: {
      upward: "src/{{from}} may not import from src/{{to}} ('{{spec}}'): layers import downward only; src/{{from}} may use {{allowed}}. See docs/architecture.md.",
      unknown: "src/{{from}} is not in the layer table (scripts/lint/layers.js): add it there and to docs/architecture.md.",
      browserOnly: "src/{{from}} may not import the browser-only '{{spec}}': only its browser/ folder and the layers above may (keeps the CLI free of DOM code).",
      uiPackage: "src/{{from}} is a pure layer and may not import '{{spec}}': keep React, React Flow and zustand in store/ and above.",
    },
  },
  create(context) {
    const file = context.filename;
    const srcDir = path.join(context.cwd, 'src');
    const from = layerOf(file, srcDir);
    if (!from) return {};
    if (!(from in LAYERS)) {
      return { Program: (node) => context.report({ node, messageId: 'unknown', data: { from } }) };
    }
    const check = (node, source) => {
      if (!source || typeof source.value !== 'string') return;
      const spec = source.value;
      if (!spec.startsWith('.')) {
        if (PURE.includes(from) && UI_PACKAGES.test(spec)) context.report({ node, messageId: 'uiPackage', data: { from, spec } });
        return;
      }
      const target = path.resolve(path.dirname(file), spec.split('?')[0]);
      const to = layerOf(target, srcDir);
      const inBrowser = (p) => p.split(path.sep).includes('browser');
      if (PURE.includes(from) && inBrowser(target) && !inBrowser(file)) {
        context.report({ node, messageId: 'browserOnly', data: { from, spec } });
        return;
      }
      if (!to || to === from || LAYERS[from].includes(to)) return;
      context.report({ node, messageId: 'upward', data: { from, to, spec, allowed: LAYERS[from].join(', ') || 'nothing else' } });
    };
    return {
      ImportDeclaration: (node) => check(node, node.source),
      ExportNamedDeclaration: (node) => check(node, node.source),
      ExportAllDeclaration: (node) => check(node, node.source),
      ImportExpression: (node) => check(node, node.source.type === 'Literal' ? node.source : null),
    };
  },
};

export default { rules: { 'import-downward': rule } };
