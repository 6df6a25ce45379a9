import { describe, expect, it } from 'vitest';
import { checkReferences } from './load.ts';
import { addLink, addNode, createMap, newLink, newNode, removeElements } from './operations.ts';
import { deleteRatingRound, giveLinkView, newLinkView, newRatingRound, roundLinks, setRoundStatus, startRatingRound, viewOf, withdrawLinkView } from './linkViews.ts';
import type { Voice } from './types.ts';

const sam: Voice = { personId: 'sam-0000001', name: 'Sam', perspectiveId: 'p_lived' };
const ria: Voice = { personId: 'ria-0000001', name: 'Ria', perspectiveId: 'p_practitioner' };
const agree = { polarity: '+' as const, strength: 2, confidence: 'medium' as const, why: 'Seen it' };

function smallMap() {
  const a = newNode('factor', { x: 0, y: 0 }, { label: 'Stress' });
  const b = newNode('factor', { x: 200, y: 0 }, { label: 'Sleep' });
  const l1 = newLink(a.id, b.id, { polarity: '-' });
  const l2 = newLink(b.id, a.id, { polarity: '-' });
  const doc = [addNode(a), addNode(b), addLink(l1), addLink(l2)].reduce((d, o) => o.apply(d), createMap());
  return { doc, l1, l2 };
}

describe('views of links', () => {
  it('gives a view beside the map’s value, and giving it again replaces it under the same id', () => {
    const { doc, l1 } = smallMap();
    const first = giveLinkView(newLinkView(l1.id, sam, agree)).apply(doc);
    expect(first.links[l1.id]!.polarity).toBe('-');
    const id = viewOf(first, l1.id, sam.personId, null)!.id;
    const second = giveLinkView(newLinkView(l1.id, sam, { ...agree, polarity: '-', strength: 3 })).apply(first);
    expect(Object.keys(second.linkViews)).toEqual([id]);
    expect(second.linkViews[id]).toMatchObject({ polarity: '-', strength: 3 });
    expect(checkReferences(second)).toEqual([]);
  });

  it('keeps one view per person per link per round, and one outside any round', () => {
    const { doc, l1 } = smallMap();
    const round = newRatingRound('Stress links', [l1.id]);
    let d = startRatingRound(round).apply(doc);
    d = giveLinkView(newLinkView(l1.id, sam, agree)).apply(d);
    d = giveLinkView(newLinkView(l1.id, sam, agree, round.id)).apply(d);
    d = giveLinkView(newLinkView(l1.id, ria, agree, round.id)).apply(d);
    d = giveLinkView(newLinkView(l1.id, sam, { ...agree, strength: 1 }, round.id)).apply(d);
    expect(Object.keys(d.linkViews)).toHaveLength(3);
    expect(viewOf(d, l1.id, sam.personId, round.id)!.strength).toBe(1);
    d = withdrawLinkView(l1.id, sam.personId, round.id).apply(d);
    expect(Object.keys(d.linkViews)).toHaveLength(2);
    expect(viewOf(d, l1.id, sam.personId, null)).toBeDefined();
  });

  it('caps why and keeps strength in range; ignores views of missing links or rounds', () => {
    const { doc, l1 } = smallMap();
    const v = newLinkView(l1.id, sam, { ...agree, strength: 9, why: 'x'.repeat(5000) });
    expect(v.strength).toBe(3);
    expect(v.why).toHaveLength(4000);
    expect(giveLinkView(newLinkView('l_gone', sam, agree)).apply(doc)).toBe(doc);
    expect(giveLinkView(newLinkView(l1.id, sam, agree, 'round_gone')).apply(doc)).toBe(doc);
  });
});

describe('rating rounds', () => {
  it('starts on the links on the map, closes, reopens and deletes with its views', () => {
    const { doc, l1, l2 } = smallMap();
    const round = newRatingRound('  ', [l1.id, l2.id, l1.id, 'l_gone']);
    expect(round.title).toBe('Rating round');
    let d = startRatingRound(round).apply(doc);
    expect(d.ratingRounds[round.id]!.linkIds).toEqual([l1.id, l2.id]);
    d = setRoundStatus(round.id, 'closed').apply(d);
    expect(d.ratingRounds[round.id]!.status).toBe('closed');
    d = setRoundStatus(round.id, 'open').apply(d);
    expect(d.ratingRounds[round.id]!.status).toBe('open');
    d = giveLinkView(newLinkView(l1.id, sam, agree, round.id)).apply(d);
    d = giveLinkView(newLinkView(l2.id, sam, agree)).apply(d);
    const gone = deleteRatingRound(round.id).apply(d);
    expect(gone.ratingRounds).toEqual({});
    expect(Object.values(gone.linkViews).map((v) => v.roundId)).toEqual([null]);
  });

  it('does not start a round with no link on the map; skips links deleted since', () => {
    const { doc, l1, l2 } = smallMap();
    expect(startRatingRound(newRatingRound('None', ['l_gone'])).apply(doc)).toBe(doc);
    const round = newRatingRound('Both', [l1.id, l2.id]);
    const d = removeElements([], [l1.id]).apply(startRatingRound(round).apply(doc));
    expect(roundLinks(d, d.ratingRounds[round.id]!)).toEqual([l2.id]);
  });
});
