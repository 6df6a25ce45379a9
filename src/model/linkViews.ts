/**
 * People's own views of links, and the rating rounds a facilitator starts on a
 * set of links. A view sits beside the map's value and never overwrites it.
 * A person has at most one view of a link per round (and one outside any
 * round): giving it again replaces it, keeping the record's id so a live room
 * sees one record change rather than one go and another come.
 */
import { newId } from './ids.ts';
import { MAX_COMMENT, MAX_LABEL } from './schema.ts';
import type { Operation } from './operations.ts';
import type { Confidence, Id, LinkView, MapDocument, Polarity, RatingRound, RoundStatus, Voice } from './types.ts';
import { MAX_STRENGTH } from './types.ts';

/** The most links one round asks about (as the file format allows). */
export const MAX_ROUND_LINKS = 500;

const op = (name: string, apply: (doc: MapDocument) => MapDocument): Operation => ({ name, apply });

export interface ViewFields {
  polarity: Polarity;
  strength: number;
  confidence: Confidence;
  why: string;
}

/** A new view record; strength is kept inside what a file may hold and "why" length-capped. */
export function newLinkView(linkId: Id, voice: Voice, fields: ViewFields, roundId: Id | null = null, now = new Date().toISOString()): LinkView {
  return {
    id: newId('v'),
    linkId,
    voice,
    polarity: fields.polarity,
    strength: Math.min(MAX_STRENGTH, Math.max(1, fields.strength)),
    confidence: fields.confidence,
    why: fields.why.slice(0, MAX_COMMENT),
    roundId,
    createdAt: now,
  };
}

/** This person's view of this link in this round (null: outside any round), if they gave one. */
export function viewOf(doc: MapDocument, linkId: Id, personId: string, roundId: Id | null): LinkView | undefined {
  for (const v of Object.values(doc.linkViews)) if (v.linkId === linkId && v.voice.personId === personId && v.roundId === roundId) return v;
  return undefined;
}

/** Gives or replaces my view of a link. A view of a link no longer on the map, or in a round that is gone, is not kept. */
export function giveLinkView(view: LinkView): Operation {
  return op('Give my view of a link', (doc) => {
    if (!doc.links[view.linkId]) return doc;
    if (view.roundId !== null && !doc.ratingRounds[view.roundId]) return doc;
    const linkViews = { ...doc.linkViews };
    let id = view.id;
    for (const v of Object.values(doc.linkViews)) {
      if (v.linkId !== view.linkId || v.voice.personId !== view.voice.personId || v.roundId !== view.roundId) continue;
      // The one already there keeps its id; any duplicate (two tabs at once) goes.
      if (id === view.id) id = v.id;
      else delete linkViews[v.id];
    }
    linkViews[id] = { ...view, id };
    return { ...doc, linkViews };
  });
}

/** Takes back my view of a link in a round (or outside any round). */
export function withdrawLinkView(linkId: Id, personId: string, roundId: Id | null): Operation {
  return op('Withdraw my view of a link', (doc) => {
    const gone = Object.values(doc.linkViews).filter((v) => v.linkId === linkId && v.voice.personId === personId && v.roundId === roundId);
    if (!gone.length) return doc;
    const linkViews = { ...doc.linkViews };
    for (const v of gone) delete linkViews[v.id];
    return { ...doc, linkViews };
  });
}

/** A new round on these links (in order, each once, at most MAX_ROUND_LINKS). */
export function newRatingRound(title: string, linkIds: Id[], now = new Date().toISOString()): RatingRound {
  return {
    id: newId('round'),
    title: title.trim().slice(0, MAX_LABEL) || 'Rating round',
    linkIds: [...new Set(linkIds)].slice(0, MAX_ROUND_LINKS),
    status: 'open',
    createdAt: now,
  };
}

/** Starts a round; links not on the map are left out, and a round with none is not started. */
export function startRatingRound(round: RatingRound): Operation {
  return op('Start a rating round', (doc) => {
    const linkIds = round.linkIds.filter((id) => doc.links[id]);
    if (!linkIds.length) return doc;
    return { ...doc, ratingRounds: { ...doc.ratingRounds, [round.id]: { ...round, linkIds } } };
  });
}

export function setRoundStatus(id: Id, status: RoundStatus): Operation {
  return op(status === 'closed' ? 'Close the rating round' : 'Reopen the rating round', (doc) => {
    const round = doc.ratingRounds[id];
    if (!round || round.status === status) return doc;
    return { ...doc, ratingRounds: { ...doc.ratingRounds, [id]: { ...round, status } } };
  });
}

/** Deletes a round and the views given in it (undo brings both back). */
export function deleteRatingRound(id: Id): Operation {
  return op('Delete the rating round', (doc) => {
    if (!doc.ratingRounds[id]) return doc;
    const ratingRounds = { ...doc.ratingRounds };
    delete ratingRounds[id];
    const linkViews = { ...doc.linkViews };
    for (const v of Object.values(doc.linkViews)) if (v.roundId === id) delete linkViews[v.id];
    return { ...doc, ratingRounds, linkViews };
  });
}

/** The links of a round still on the map, in the round's order (a link deleted since is skipped). */
export function roundLinks(doc: MapDocument, round: RatingRound): Id[] {
  return round.linkIds.filter((id) => doc.links[id]);
}
