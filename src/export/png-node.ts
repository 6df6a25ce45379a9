/** SVG to PNG in Node, through resvg, with DejaVu Sans so text matches the PDF. */
import { Resvg } from '@resvg/resvg-js';
import { fontPaths } from './fonts-node.ts';
import type { RenderedSvg } from './svg.ts';
import type { PngScale } from './types.ts';

export function svgToPngNode(rendered: RenderedSvg, scale: PngScale): Uint8Array {
  const paths = fontPaths();
  const resvg = new Resvg(rendered.svg, {
    fitTo: { mode: 'width', value: rendered.width * scale },
    font: { loadSystemFonts: false, fontFiles: [paths.regular, paths.bold], defaultFontFamily: 'DejaVu Sans', sansSerifFamily: 'DejaVu Sans' },
    background: '#ffffff',
  });
  return resvg.render().asPng();
}
