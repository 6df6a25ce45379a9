/**
 * The map as a standalone SVG document (title, map, key), built from the same
 * shapes as the PDF. User text is always escaped: a label such as
 * "<script>" is drawn as those characters, never read as markup.
 */
import type { MapDocument } from '../model/types.ts';
import { legendModel } from '../views/legend.ts';
import { buildMapScene } from './scene/map-scene.ts';
import { inflate, itemShows, type Prim, type Segment } from '../draw/prims.ts';
import { composeSheet } from './scene/sheet.ts';
import { titleInfo } from './scene/title-block.ts';
import type { SvgExportOptions } from './types.ts';

const SVG_FONT_FAMILY = "'DejaVu Sans', Verdana, 'Segoe UI', Roboto, Arial, sans-serif";

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for use in SVG/XML content and attribute values. Control characters XML forbids are dropped. */
export function escapeXml(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '').replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

const n = (v: number) => String(Math.round(v * 100) / 100);

function pathData(d: readonly Segment[]): string {
  return d
    .map((s) => {
      switch (s[0]) {
        case 'M':
        case 'L':
          return `${s[0]}${n(s[1])} ${n(s[2])}`;
        case 'Q':
          return `Q${n(s[1])} ${n(s[2])} ${n(s[3])} ${n(s[4])}`;
        case 'Z':
          return 'Z';
      }
    })
    .join(' ');
}

function paint(p: Exclude<Prim, { t: 'text' }>): string {
  let out = ` fill="${escapeXml(p.fill ?? 'none')}"`;
  if (p.stroke) out += ` stroke="${escapeXml(p.stroke)}" stroke-width="${n(p.lw ?? 1)}"`;
  if (p.stroke && p.dash?.length) out += ` stroke-dasharray="${p.dash.map(n).join(' ')}"`;
  if (p.stroke && p.cap === 'round') out += ' stroke-linecap="round"';
  return out;
}

function primToSvg(p: Prim): string {
  switch (p.t) {
    case 'rect':
      return `<rect x="${n(p.x)}" y="${n(p.y)}" width="${n(p.w)}" height="${n(p.h)}"${p.r ? ` rx="${n(p.r)}"` : ''}${paint(p)}/>`;
    case 'circle':
      return `<circle cx="${n(p.cx)}" cy="${n(p.cy)}" r="${n(p.r)}"${paint(p)}/>`;
    case 'path':
      return `<path d="${pathData(p.d)}"${paint(p)}/>`;
    case 'text': {
      const anchor = p.anchor && p.anchor !== 'start' ? ` text-anchor="${p.anchor}"` : '';
      return `<text x="${n(p.x)}" y="${n(p.y)}" font-size="${n(p.size)}"${p.bold ? ' font-weight="700"' : ''}${anchor} fill="${escapeXml(p.fill)}">${escapeXml(p.text)}</text>`;
    }
  }
}

export interface RenderedSvg {
  svg: string;
  /** Whole SVG units; a PNG at scale s is exactly s × these. */
  width: number;
  height: number;
}

export function renderSvg(doc: MapDocument, options: SvgExportOptions = {}): RenderedSvg {
  const lens = options.lens ?? { kind: 'none' };
  const scene = buildMapScene(doc, lens, { sizeBy: options.sizeBy ?? 'none', themeRegions: options.themeRegions !== false, ...(options.filter ? { filter: options.filter } : {}) });
  const sheet = composeSheet(scene, {
    title: options.title === false ? null : titleInfo(doc, { lens, ...(options.filter ? { filter: options.filter } : {}) }),
    legend: options.legend === false ? null : { ...legendModel(scene.doc, lens, doc), sizeBy: options.sizeBy ?? 'none' },
    ...(options.viewport ? { viewport: options.viewport } : {}),
    furnitureScale: 1.2,
  });
  const { mapArea: area, mapView: view } = sheet;
  const visible = inflate(view, 2);
  const mapShapes = scene.items.filter((i) => itemShows(i, visible)).flatMap((i) => i.prims.map(primToSvg));
  const title = escapeXml(titleInfo(doc, {}).title);
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${sheet.width}" height="${sheet.height}" viewBox="0 0 ${sheet.width} ${sheet.height}" font-family="${SVG_FONT_FAMILY}" role="img" aria-label="${title}">`,
    `<title>${title}</title>`,
    `<rect width="${sheet.width}" height="${sheet.height}" fill="#ffffff"/>`,
    ...sheet.furniture.map(primToSvg),
    `<svg x="${n(area.x)}" y="${n(area.y)}" width="${n(area.width)}" height="${n(area.height)}" viewBox="${n(view.x)} ${n(view.y)} ${n(view.width)} ${n(view.height)}" overflow="hidden">`,
    ...mapShapes,
    '</svg>',
    '</svg>',
  ];
  return { svg: parts.join('\n'), width: sheet.width, height: sheet.height };
}

