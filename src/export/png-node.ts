/** SVG to PNG in Node, through resvg, with DejaVu Sans so text matches the PDF. */
import { Resvg } from '@resvg/resvg-js';
import { fontPaths } from './fonts-node.ts';
import { pngSizeProblem } from './png-size.ts';
import type { RenderedSvg } from './svg.ts';
import type { PngScale } from './types.ts';

export function svgToPngNode(rendered: RenderedSvg, scale: PngScale): Uint8Array {
  // Refused before rendering, as the browser refuses a canvas it cannot draw: the export command shows RangeErrors as they are.
  const problem = pngSizeProblem(Math.ceil(rendered.width * scale), Math.ceil(rendered.height * scale), scale);
  if (problem) throw new RangeError(problem);
  const paths = fontPaths();
  const resvg = new Resvg(rendered.svg, {
    fitTo: { mode: 'width', value: rendered.width * scale },
    font: { loadSystemFonts: false, fontFiles: [paths.regular, paths.bold], defaultFontFamily: 'DejaVu Sans', sansSerifFamily: 'DejaVu Sans' },
    background: '#ffffff',
  });
  return resvg.render().asPng();
}
