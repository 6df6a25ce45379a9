import { describe, expect, it } from 'vitest';
import { addReflection, newReflection } from '../../model/reflections.ts';
import { exportPdfBytes } from '../node.ts';
import { readPdf, squash } from '../read-back.ts';
import { loadExample } from '../test-maps.ts';

describe('the “What we noticed” pages', () => {
  it('list each reflection with its date, text and the nodes it is about, only when asked for', async () => {
    const example = loadExample();
    const stress = Object.values(example.nodes).find((n) => n.label === 'Stress')!;
    const r = newReflection({ text: 'Stress sits in both loops the group kept coming back to', date: '2026-03-04', nodeIds: [stress.id], voice: { personId: 'p-0000001', name: 'Sam', perspectiveId: null } });
    const doc = addReflection(r).apply(example);
    const date = new Date('2026-11-23T12:00:00Z');
    const pdf = await readPdf(await exportPdfBytes(doc, { reflections: true, index: false, date }));
    const page = pdf.pages.find((p) => p.startsWith('What we noticed'));
    expect(page).toBeDefined();
    const text = squash(page!);
    for (const bit of ['4 Mar 2026', 'recorded by Sam', r.text, 'About: Stress']) expect(text).toContain(squash(bit));
    const without = await readPdf(await exportPdfBytes(doc, { index: false, date }));
    expect(squash(without.pages.join('\n'))).not.toContain(squash(r.text));
  }, 60_000);
});
