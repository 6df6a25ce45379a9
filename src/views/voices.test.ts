import { describe, expect, it } from 'vitest';
import { addExperiment, addLogEntry, newExperiment, newLogEntry } from '../model/experiments.ts';
import { parseMapText, serialiseMap } from '../model/load.ts';
import { addLink, addNode, createMap, newLink, newNode } from '../model/operations.ts';
import { NO_PERSPECTIVE } from '../model/sensemaking.ts';
import type { MapDocument, Voice } from '../model/types.ts';
import { removePerspective } from '../model/voices.ts';
import { addedBy, balanceSentence, describeVoices, voiceBalance, voiceMarks, voicesLook, voiceSubMap } from './voices.ts';

const voice = (perspectiveId: string | null, name = 'Sam'): Voice => ({ personId: `person-${name}`, name, perspectiveId });

function sample(): MapDocument {
  let doc = createMap();
  const add = (n: ReturnType<typeof newNode>) => (doc = addNode(n).apply(doc));
  for (let i = 0; i < 4; i++) add(newNode('factor', { x: i * 100, y: 0 }, { id: `p${i}`, voice: voice('p_practitioner', 'Kim') }));
  add(newNode('factor', { x: 0, y: 200 }, { id: 'l0', voice: voice('p_lived') }));
  add(newNode('factor', { x: 100, y: 200 }, { id: 'l1', voice: voice('p_lived', ''), notes: [{ id: 'note1', text: 'from Kim', private: false, createdAt: '2026-01-01T00:00:00Z', voice: voice('p_practitioner', 'Kim') }] }));
  add(newNode('factor', { x: 200, y: 200 }, { id: 'none0' }));
  add(newNode('actor', { x: 300, y: 200 }, { id: 'a0', voice: voice('p_manager', 'Ali') }));
  doc = addLink(newLink('l0', 'l1', { id: 'link_lived', voice: voice('p_lived') })).apply(doc);
  doc = addLink(newLink('p0', 'l0', { id: 'link_prac', voice: voice('p_practitioner', 'Kim') })).apply(doc);
  doc = addLink(newLink('l0', 'none0', { id: 'link_none' })).apply(doc);
  const x = newExperiment({ id: 'x1', title: 'Letters' });
  doc = addExperiment(x).apply(doc);
  doc = addLogEntry('x1', newLogEntry({ id: 'e_lived', did: 'Asked', voice: voice('p_lived') })).apply(doc);
  doc = addLogEntry('x1', newLogEntry({ id: 'e_none', did: 'Sent' })).apply(doc);
  return doc;
}

describe('voice balance', () => {
  it('counts nodes, factors and links per perspective, with no voice last', () => {
    const b = voiceBalance(sample());
    const row = (key: string) => b.rows.find((r) => r.mark.key === key)!;
    expect(row('p_practitioner')).toMatchObject({ nodes: 4, factors: 4, links: 1 });
    expect(row('p_lived')).toMatchObject({ nodes: 2, factors: 2, links: 1 });
    expect(row('p_manager')).toMatchObject({ nodes: 1, factors: 0, links: 0 });
    expect(row(NO_PERSPECTIVE)).toMatchObject({ nodes: 1, factors: 1, links: 1 });
    expect(b.rows.at(-1)!.mark.key).toBe(NO_PERSPECTIVE);
    expect(b).toMatchObject({ nodes: 8, factors: 7, links: 3 });
  });

  it('says the balance in a sentence, leading with who spoke most', () => {
    expect(balanceSentence(voiceBalance(sample()))).toBe('4 factors from practitioners, 2 from people with lived experience, 1 with no voice.');
    expect(balanceSentence(voiceBalance(createMap()))).toBe('No nodes yet.');
  });

  it('counts a voice whose perspective was removed as no voice', () => {
    const doc = removePerspective('p_lived').apply(sample());
    expect(balanceSentence(voiceBalance(doc))).toBe('4 factors from practitioners, 3 with no voice.');
  });

  it('marks perspectives with distinct short words, and no voice as such', () => {
    const marks = voiceMarks(sample());
    expect([...marks.values()].map((m) => m.short)).toEqual(['LE', 'Pr', 'Ma', 'Co', 'PO', '–']);
    expect(marks.get(NO_PERSPECTIVE)!.name).toBe('No voice');
    const look = voicesLook(sample());
    expect(look.nodes.get('l0')!.short).toBe('LE');
    expect(look.links.get('link_none')!.key).toBe(NO_PERSPECTIVE);
  });

  it('says who added a record, or that they stayed anonymous', () => {
    const doc = sample();
    expect(addedBy(doc, doc.nodes.l0!)).toBe('Added by Sam (Lived experience)');
    expect(addedBy(doc, doc.nodes.l1!)).toBe('Added anonymously (Lived experience)');
    expect(addedBy(doc, doc.nodes.none0!)).toBeNull();
    expect(addedBy(doc, { voice: voice(null, 'Jo') })).toBe('Added by Jo (no perspective given)');
  });
});

describe('voiceSubMap', () => {
  it('keeps only what came from the chosen perspectives, as a whole map that opens again', () => {
    const doc = sample();
    const sub = voiceSubMap(doc, new Set(['p_lived']));
    expect(Object.keys(sub.nodes).sort()).toEqual(['l0', 'l1']);
    expect(Object.keys(sub.links)).toEqual(['link_lived']);
    // Kim's note on a lived-experience factor is Kim's, so it goes.
    expect(sub.nodes.l1!.notes).toEqual([]);
    expect(Object.keys(sub.experiments.x1!.log)).toEqual(['e_lived']);
    const reopened = parseMapText(serialiseMap(sub));
    expect(reopened.ok).toBe(true);
    expect(describeVoices(doc, new Set(['p_lived', NO_PERSPECTIVE]))).toBe('Lived experience and no voice');
  });

  it('drops a link whose end is gone even when the link is from a kept perspective', () => {
    const sub = voiceSubMap(sample(), new Set(['p_practitioner']));
    expect(Object.keys(sub.links)).toEqual([]);
    expect(Object.keys(sub.nodes).sort()).toEqual(['p0', 'p1', 'p2', 'p3']);
  });
});
