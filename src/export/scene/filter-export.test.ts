import { describe, expect, it } from 'vitest';
import { NO_FILTER } from '../../model/sensemaking.ts';
import type { MapFilter } from '../../model/types.ts';
import { renderSvg } from '../svg.ts';
import { loadExample } from '../test-maps.ts';
import { buildMapScene } from './map-scene.ts';
import { titleInfo } from './title-block.ts';

const doc = loadExample();
const theme = Object.values(doc.clusters)[0]!;
const inTheme = Object.values(doc.nodes).filter((n) => n.clusterId === theme.id);
const hideTheme = (mode: MapFilter['mode']): MapFilter => ({ ...NO_FILTER, hiddenThemes: [theme.id], mode });
const svgText = (svg: string) => [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]).join('\n');

describe('exports through a filter', () => {
  it('leave out what a "hide" filter hides, index and links included', () => {
    expect(inTheme.length).toBeGreaterThan(0);
    const scene = buildMapScene(doc, { kind: 'none' }, { filter: hideTheme('hide') });
    expect(Object.keys(scene.doc.nodes)).toHaveLength(Object.keys(doc.nodes).length - inTheme.length);
    expect(scene.nodes.some((n) => n.node.clusterId === theme.id)).toBe(false);
    expect(Object.values(scene.doc.links).every((l) => scene.doc.nodes[l.source] && scene.doc.nodes[l.target])).toBe(true);
    const text = svgText(renderSvg(doc, { filter: hideTheme('hide') }).svg);
    expect(text).toContain(`Hiding theme ${theme.name} (the rest left out)`.replace(/&/g, '&amp;'));
  });

  it('keep what a "fade" filter fades, and say so in the title', () => {
    const scene = buildMapScene(doc, { kind: 'none' }, { filter: hideTheme('fade') });
    expect(Object.keys(scene.doc.nodes)).toHaveLength(Object.keys(doc.nodes).length);
    const fields = titleInfo(doc, { filter: hideTheme('fade') }).fields;
    expect(fields.find((f) => f.label === 'Filter')?.value).toBe(`Hiding theme ${theme.name} (the rest faded)`);
  });

  it('say nothing of a filter that is off', () => {
    expect(titleInfo(doc, { filter: NO_FILTER }).fields.some((f) => f.label === 'Filter')).toBe(false);
    expect(buildMapScene(doc, { kind: 'none' }, { filter: NO_FILTER }).doc).toBe(doc);
  });
});
