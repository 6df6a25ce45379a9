import { describe, expect, it } from 'vitest';
import { addLink, addNode, createMap, newLink, newNode } from '../model/operations.ts';
import { giveLinkView, newLinkView, newRatingRound, startRatingRound } from '../model/linkViews.ts';
import type { LinkView, MapDocument, Polarity, Voice } from '../model/types.ts';
import { NO_PERSPECTIVE } from '../model/sensemaking.ts';
import { findLoops } from './loops.ts';
import { whatIf } from './whatif.ts';
import {
  agreementOf,
  basisWords,
  linkAgreements,
  linksForBasis,
  meanWords,
  roundSummary,
  signedStrength,
  verdictWords,
  viewsByLink,
  viewsVerdict,
} from './linkViews.ts';

const voice = (n: number, perspectiveId: string | null = 'p_practitioner'): Voice => ({ personId: `person-${n}`, name: `P${n}`, perspectiveId });
const view = (n: number, polarity: Polarity, strength: number, perspectiveId: string | null = 'p_practitioner', roundId: string | null = null): LinkView =>
  newLinkView('l', voice(n, perspectiveId), { polarity, strength, confidence: 'medium', why: '' }, roundId);

function loopMap() {
  const a = newNode('factor', { x: 0, y: 0 }, { label: 'Stress' });
  const b = newNode('factor', { x: 200, y: 0 }, { label: 'Eating' });
  const ab = newLink(a.id, b.id, { polarity: '+', strength: 2 });
  const ba = newLink(b.id, a.id, { polarity: '+', strength: 2 });
  const doc = [addNode(a), addNode(b), addLink(ab), addLink(ba)].reduce((d, o) => o.apply(d), createMap());
  return { doc, a, b, ab, ba };
}

const give = (doc: MapDocument, v: LinkView) => giveLinkView(v).apply(doc);

describe('the verdict on a link’s views', () => {
  it('signs strengths; ? has no sign', () => {
    expect(signedStrength('+', 2)).toBe(2);
    expect(signedStrength('-', 3)).toBe(-3);
    expect(signedStrength('?', 1)).toBeNull();
  });

  it('no views, one view, agreed, and contested by sign or by a spread of two levels', () => {
    expect(viewsVerdict([])).toBe('no views');
    expect(viewsVerdict([view(1, '+', 2)])).toBe('one view');
    expect(viewsVerdict([view(1, '+', 2), view(2, '+', 3), view(3, '+', 2)])).toBe('agreed');
    expect(viewsVerdict([view(1, '+', 2), view(2, '-', 2)])).toBe('contested');
    expect(viewsVerdict([view(1, '+', 2), view(2, '?', 2)])).toBe('contested');
    expect(viewsVerdict([view(1, '-', 1), view(2, '-', 3)])).toBe('contested');
    expect(viewsVerdict([view(1, '-', 1), view(2, '-', 2)])).toBe('agreed');
  });

  it('counts, means the signed views, and tallies per perspective in the map’s order', () => {
    const { doc } = loopMap();
    const views = [view(1, '+', 3, 'p_practitioner'), view(2, '+', 1, 'p_practitioner'), view(3, '-', 2, 'p_lived'), view(4, '?', 2, 'p_lived'), view(5, '+', 2, 'p_removed')];
    const a = agreementOf(views, { perspectives: doc.perspectives });
    expect(a).toMatchObject({ count: 5, signed: 4, verdict: 'contested', includesMap: false });
    expect(a.mean).toBeCloseTo(1);
    expect(a.perspectives).toEqual([
      { perspectiveId: 'p_lived', count: 2, mean: -2 },
      { perspectiveId: 'p_practitioner', count: 2, mean: 2 },
      { perspectiveId: NO_PERSPECTIVE, count: 1, mean: 2 },
    ]);
    expect(verdictWords(a)).toBe('contested: 5 views');
    expect(meanWords(a.mean)).toBe('+1.0');
    expect(meanWords(-1.5)).toBe('−1.5');
  });

  it('can count the map’s own value as one more voice', () => {
    const a = agreementOf([view(1, '+', 2)], { map: { polarity: '-', strength: 2 } });
    expect(a).toMatchObject({ count: 2, verdict: 'contested', mean: 0, includesMap: true });
  });
});

describe('views by link', () => {
  it('counts each person once, with their latest view, unless a round is asked for', () => {
    const { doc, ab } = loopMap();
    const round = newRatingRound('R', [ab.id], '2026-01-01T00:00:00.000Z');
    let d = startRatingRound(round).apply(doc);
    d = give(d, newLinkView(ab.id, voice(1), { polarity: '+', strength: 1, confidence: 'low', why: '' }, null, '2026-01-01T00:00:00.000Z'));
    d = give(d, newLinkView(ab.id, voice(1), { polarity: '-', strength: 3, confidence: 'low', why: '' }, round.id, '2026-01-02T00:00:00.000Z'));
    d = give(d, newLinkView(ab.id, voice(2), { polarity: '-', strength: 3, confidence: 'low', why: '' }, round.id, '2026-01-02T00:00:00.000Z'));
    expect(viewsByLink(d).get(ab.id)!.map((v) => v.polarity)).toEqual(['-', '-']);
    expect(viewsByLink(d, null).get(ab.id)).toHaveLength(1);
    expect(linkAgreements(d).get(ab.id)).toMatchObject({ verdict: 'agreed', count: 2 });
  });
});

describe('a rating round’s summary', () => {
  it('per link in order, and per perspective', () => {
    const { doc, ab, ba } = loopMap();
    const round = newRatingRound('R', [ba.id, ab.id]);
    let d = startRatingRound(round).apply(doc);
    const rate = (n: number, p: string, linkId: string, polarity: Polarity, strength: number) =>
      (d = give(d, newLinkView(linkId, voice(n, p), { polarity, strength, confidence: 'high', why: '' }, round.id)));
    rate(1, 'p_lived', ab.id, '+', 3);
    rate(2, 'p_lived', ab.id, '+', 3);
    rate(3, 'p_practitioner', ab.id, '+', 2);
    rate(3, 'p_practitioner', ba.id, '-', 2);
    // A view outside the round is not in its summary.
    d = give(d, newLinkView(ba.id, voice(9, 'p_manager'), { polarity: '+', strength: 2, confidence: 'high', why: '' }));
    const s = roundSummary(d, round.id);
    expect(s.people).toBe(3);
    expect(s.links.map((l) => [l.linkId, l.agreement.verdict, l.agreement.count])).toEqual([
      [ba.id, 'one view', 1],
      [ab.id, 'agreed', 3],
    ]);
    expect(s.links[1]!.agreement.mean).toBeCloseTo(8 / 3);
    expect(s.perspectives).toEqual([
      { perspectiveId: 'p_lived', people: 2, views: 2, means: { [ba.id]: null, [ab.id]: 3 } },
      { perspectiveId: 'p_practitioner', people: 1, views: 2, means: { [ba.id]: -2, [ab.id]: 2 } },
    ]);
    expect(roundSummary(d, 'gone')).toEqual({ people: 0, links: [], perspectives: [] });
  });

  it('sums up 40 people × 50 links', () => {
    let doc = createMap();
    const nodes = Array.from({ length: 51 }, (_, i) => newNode('factor', { x: i * 10, y: 0 }));
    for (const n of nodes) doc = addNode(n).apply(doc);
    const links = nodes.slice(1).map((n, i) => newLink(nodes[i]!.id, n.id));
    for (const l of links) doc = addLink(l).apply(doc);
    const round = newRatingRound('Big', links.map((l) => l.id));
    doc = startRatingRound(round).apply(doc);
    const linkViews = { ...doc.linkViews };
    for (let p = 0; p < 40; p++)
      for (const l of links) {
        const v = newLinkView(l.id, voice(p, p % 2 ? 'p_lived' : 'p_manager'), { polarity: p % 5 ? '+' : '-', strength: 1 + (p % 3), confidence: 'medium', why: '' }, round.id);
        linkViews[v.id] = v;
      }
    const s = roundSummary({ ...doc, linkViews }, round.id);
    expect(s.people).toBe(40);
    expect(s.links).toHaveLength(50);
    expect(s.links.every((l) => l.agreement.count === 40 && l.agreement.verdict === 'contested')).toBe(true);
    expect(s.perspectives.map((p) => p.people)).toEqual([20, 20]);
  });
});

describe('analysis on a basis', () => {
  it('the map’s values, unchanged', () => {
    const { doc } = loopMap();
    const based = linksForBasis(doc, { kind: 'map' });
    expect(based.doc).toBe(doc);
    expect(basisWords(doc, { kind: 'map' }, based)).toBe('Using: the map’s own values');
  });

  it('loops run on one perspective’s views: a reinforcing loop on the map is balancing as practitioners see it', () => {
    const { doc, ab, ba } = loopMap();
    let d = give(doc, newLinkView(ba.id, voice(1, 'p_practitioner'), { polarity: '-', strength: 3, confidence: 'high', why: 'Eating calms stress' }));
    d = give(d, newLinkView(ba.id, voice(2, 'p_lived'), { polarity: '+', strength: 1, confidence: 'high', why: '' }));
    expect(findLoops(d).loops[0]!.kind).toBe('R');

    const practitioners = linksForBasis(d, { kind: 'perspective', perspectiveId: 'p_practitioner' });
    expect(practitioners).toMatchObject({ fromViews: 1, kept: 1, people: 1 });
    expect(practitioners.doc.links[ba.id]).toMatchObject({ polarity: '-', strength: 3 });
    expect(practitioners.doc.links[ab.id]).toBe(d.links[ab.id]);
    expect(d.links[ba.id]!.polarity).toBe('+');
    expect(findLoops(practitioners.doc).loops[0]!.kind).toBe('B');
    expect(basisWords(d, { kind: 'perspective', perspectiveId: 'p_practitioner' }, practitioners)).toBe(
      'Using: mean of 1 person’s Practitioner views (1 link; the other 1 keep the map’s values)',
    );

    // The mean of both: −3 and +1 make −1, a weak opposite link.
    const mean = linksForBasis(d, { kind: 'mean' });
    expect(mean.doc.links[ba.id]).toMatchObject({ polarity: '-', strength: 1 });
    expect(basisWords(d, { kind: 'mean' }, mean)).toBe('Using: mean of 2 people’s views (1 link; the other 1 keep the map’s values)');

    // What-if follows: nudging stress up now lowers it again through eating.
    const a = Object.keys(d.nodes).find((id) => d.nodes[id]!.label === 'Eating')!;
    expect(whatIf(practitioners.doc, { [a]: 1 }).effects.find((e) => e.id !== a)?.direction).toBe('down');
  });

  it('views that cancel out, or only ? views, make an unknown link; a perspective with no views says so', () => {
    const { doc, ab } = loopMap();
    let d = give(doc, newLinkView(ab.id, voice(1), { polarity: '+', strength: 2, confidence: 'high', why: '' }));
    d = give(d, newLinkView(ab.id, voice(2), { polarity: '-', strength: 2, confidence: 'high', why: '' }));
    expect(linksForBasis(d, { kind: 'mean' }).doc.links[ab.id]).toMatchObject({ polarity: '?', strength: 2 });
    const none = linksForBasis(d, { kind: 'perspective', perspectiveId: 'p_lived' });
    expect(none.fromViews).toBe(0);
    expect(basisWords(d, { kind: 'perspective', perspectiveId: 'p_lived' }, none)).toBe('Using: the map’s own values (no Lived experience views given yet)');
    const nobody = { kind: 'perspective', perspectiveId: NO_PERSPECTIVE } as const;
    expect(linksForBasis(d, nobody).fromViews).toBe(0);
    const unplaced = give(d, newLinkView(ab.id, voice(3, null), { polarity: '+', strength: 3, confidence: 'high', why: '' }));
    expect(basisWords(unplaced, nobody, linksForBasis(unplaced, nobody))).toBe('Using: mean of 1 person’s views from no perspective (1 link; the other 1 keep the map’s values)');
  });
});
