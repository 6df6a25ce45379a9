import { describe, expect, it } from 'vitest';
import { readNodeFonts } from '../fonts-node.ts';
import { readPdf, squash } from '../read-back.ts';
import { loadExample } from '../test-maps.ts';
import { newSavedView } from '../../model/savedViews.ts';
import { buildPresentationPdf } from './presentation.ts';
import { NO_FILTER } from '../../model/sensemaking.ts';

describe('a presentation PDF', () => {
  it('has one page per view with its title, question and step, showing only the part of the map in the view', async () => {
    const doc = loadExample();
    const stress = Object.values(doc.nodes).find((n) => n.label === 'Stress')!;
    const far = Object.values(doc.nodes).reduce((a, b) => (Math.hypot(b.position.x - stress.position.x, b.position.y - stress.position.y) > Math.hypot(a.position.x - stress.position.x, a.position.y - stress.position.y) ? b : a));
    // A close-up round Stress: 600 × 400 map units.
    const close = newSavedView(doc, {
      title: 'Stress up close',
      question: 'What keeps stress high?',
      viewport: { x: -(stress.position.x - 200), y: -(stress.position.y - 150), zoom: 1 },
      frame: { width: 600, height: 400 },
      lens: { kind: 'highlight', nodeIds: [stress.id], linkIds: [], caption: 'Stress' },
    });
    const whole = newSavedView(doc, { title: 'The whole map', question: '', viewport: { x: 5000, y: 5000, zoom: 0.05 } });
    const pdf = await buildPresentationPdf(doc, [close, whole], { canvas: { width: 1200, height: 800 } }, readNodeFonts());
    const read = await readPdf(new Uint8Array(pdf.output('arraybuffer')));
    expect(read.pages).toHaveLength(2);
    const first = squash(read.pages[0]!);
    expect(first).toContain(squash('Stress up close'));
    expect(first).toContain(squash('What keeps stress high?'));
    expect(first).toContain('1of2');
    expect(first).toContain('Stress');
    expect(first).not.toContain(squash(far.label));
    expect(squash(read.pages[1]!)).toContain('2of2');
    expect(read.sizes[0]!.width).toBeGreaterThan(read.sizes[0]!.height);
  }, 60_000);

  it('draws each page with its view’s filter: a theme hidden there is not on the page', async () => {
    const doc = loadExample();
    const stress = Object.values(doc.nodes).find((n) => n.label === 'Stress')!;
    const theme = stress.clusterId!;
    const whole = { viewport: { x: -(stress.position.x - 200), y: -(stress.position.y - 150), zoom: 1 }, frame: { width: 600, height: 400 } };
    const hidden = newSavedView(doc, { title: 'Without one theme', question: '', ...whole, filter: { ...NO_FILTER, hiddenThemes: [theme], mode: 'hide' } });
    const all = newSavedView(doc, { title: 'Everything', question: '', ...whole });
    const pdf = await buildPresentationPdf(doc, [hidden, all], { canvas: { width: 1200, height: 800 } }, readNodeFonts());
    const read = await readPdf(new Uint8Array(pdf.output('arraybuffer')));
    expect(squash(read.pages[0]!)).not.toContain(squash(stress.label));
    expect(squash(read.pages[1]!)).toContain(squash(stress.label));
  }, 60_000);

  it('refuses an empty presentation with words that say what to do', async () => {
    await expect(buildPresentationPdf(loadExample(), [], { canvas: { width: 1, height: 1 } }, readNodeFonts())).rejects.toThrow(/put a saved view in the presentation/);
  });
});
