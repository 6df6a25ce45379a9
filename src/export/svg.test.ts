import { describe, expect, it } from 'vitest';
import { svgToPngNode } from './png-node.ts';
import { escapeXml, renderSvg } from './svg.ts';
import { loadExample, scriptMap, twoThemeFactorMap, unicodeMap } from './test-maps.ts';

/** Width and height from a PNG's IHDR chunk: big-endian at bytes 16 and 20. */
function pngSize(bytes: Uint8Array): { width: number; height: number } {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  expect([...bytes.slice(1, 4)].map((c) => String.fromCharCode(c)).join('')).toBe('PNG');
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

describe('renderSvg', () => {
  it('escapes user text: a "<script>" label is text, never markup', () => {
    const { svg } = renderSvg(scriptMap());
    expect(svg).not.toContain('<script');
    expect(svg).not.toContain('<b>');
    expect(svg).toContain('>&lt;script&gt;</text>');
    expect(svg).toContain('>&quot;a&quot; &amp; &#39;b&#39;</text>');
    expect(svg).toContain('Theme &lt;b&gt;&quot;bold&quot;&lt;/b&gt; &amp;');
    expect(svg).toContain('<title>Tom &amp; Jerry&#39;s &lt;map&gt;</title>');
  });

  it('escapes &, <, >, and both quotes', () => {
    expect(escapeXml(`a&b<c>d"e'f`)).toBe('a&amp;b&lt;c&gt;d&quot;e&#39;f');
  });

  it('is a standalone SVG with whole-number size, a font list and every label', () => {
    const doc = loadExample();
    const { svg, width, height } = renderSvg(doc);
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(Number.isInteger(width) && Number.isInteger(height)).toBe(true);
    expect(svg).toContain(`width="${width}" height="${height}"`);
    expect(svg).toContain("font-family=\"'DejaVu Sans'");
    const text = [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]).join(' ');
    const squash = (s: string) => s.replace(/\s+/g, '').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
    for (const n of Object.values(doc.nodes)) expect(squash(text)).toContain(squash(n.label));
  });

  it('draws theme regions with their names unless the user switched them off', () => {
    const doc = loadExample();
    const name = Object.values(doc.clusters)[0]!.name;
    const times = (svg: string) => svg.split(`>${escapeXml(name)}</text>`).length - 1;
    const shown = times(renderSvg(doc).svg);
    const off = times(renderSvg(doc, { themeRegions: false }).svg);
    // The key says "Physiology (14)" either way; the region's own name goes with the region.
    expect(shown).toBe(1);
    expect(off).toBe(0);
  });

  it('keeps the key to what the map uses, and leaves it out on request', () => {
    const { svg } = renderSvg(twoThemeFactorMap());
    expect(svg).toContain('Housing quality (1)');
    expect(svg).not.toContain('Unused theme');
    expect(svg).not.toContain('>Actor<');
    expect(renderSvg(twoThemeFactorMap(), { legend: false }).svg).not.toContain('Housing quality (1)');
  });

  it('shows only a viewport when given one', () => {
    const doc = twoThemeFactorMap();
    const { svg } = renderSvg(doc, { viewport: { x: -20, y: -20, width: 220, height: 100 }, legend: false, title: false });
    expect(svg).toContain('Damp homes');
    expect(svg).not.toContain('Rent arrears');
    expect(svg).toContain('viewBox="-20 -20 220 100"');
  });

  it('never carries notes, private or not', () => {
    const { svg } = renderSvg(loadExample());
    expect(svg).not.toContain('Named resident');
    expect(svg).not.toContain('Pantry volunteers');
  });
});

describe('PNG in Node', () => {
  it('is exactly scale × the SVG size at 1×, 2× and 4×', () => {
    const rendered = renderSvg(unicodeMap());
    for (const scale of [1, 2, 4] as const) {
      expect(pngSize(svgToPngNode(rendered, scale))).toEqual({ width: rendered.width * scale, height: rendered.height * scale });
    }
  });
});
