/**
 * A rating round's summary in Node, in this process: 40 people each rate the
 * 50 links of a round (2,000 views, from five perspectives) and the summary
 * per link and per perspective is computed, as the results screen does on
 * every change while a round is open.
 */
import { roundSummary } from '../src/analysis/linkViews.ts';
import { newLinkView, newRatingRound, startRatingRound } from '../src/model/linkViews.ts';
import { addLink, addNode, createMap, newLink, newNode } from '../src/model/operations.ts';
import { DEFAULT_PERSPECTIVES } from '../src/model/sensemaking.ts';
import type { MapDocument, Polarity } from '../src/model/types.ts';
import { atMost, ms, type Section } from './report.ts';
import { timed } from './maps.ts';
import { median, round } from './stats.ts';

export const RATING_ROUND_TARGET_MS = 50;
const PEOPLE = 40;
const LINKS = 50;
const WARM_RUNS = 9;

export interface RatingRoundResult {
  people: number;
  links: number;
  views: number;
  firstMs: number;
  warmMs: number[];
  medianMs: number;
  contested: number;
}

/** A map of a chain of 51 factors, a round on its 50 links and every person's view of each (a fixed pattern, so every run is the same). */
export function ratedMap(): { doc: MapDocument; roundId: string } {
  let doc = createMap();
  const nodes = Array.from({ length: LINKS + 1 }, (_, i) => newNode('factor', { x: i * 250, y: 0 }, { label: `Factor ${i + 1}` }));
  for (const n of nodes) doc = addNode(n).apply(doc);
  const links = nodes.slice(1).map((n, i) => newLink(nodes[i]!.id, n.id));
  for (const l of links) doc = addLink(l).apply(doc);
  const r = newRatingRound('Bench round', links.map((l) => l.id));
  doc = startRatingRound(r).apply(doc);
  const linkViews = { ...doc.linkViews };
  const polarities: Polarity[] = ['+', '+', '+', '-', '?'];
  for (let p = 0; p < PEOPLE; p++) {
    const voice = { personId: `person-${p}`, name: `Person ${p}`, perspectiveId: DEFAULT_PERSPECTIVES[p % DEFAULT_PERSPECTIVES.length]!.id };
    links.forEach((l, i) => {
      const v = newLinkView(l.id, voice, { polarity: polarities[(p + i) % 5]!, strength: 1 + ((p * 7 + i) % 3), confidence: 'medium', why: 'Because.' }, r.id);
      linkViews[v.id] = v;
    });
  }
  return { doc: { ...doc, linkViews }, roundId: r.id };
}

export async function measureRatingRound(): Promise<RatingRoundResult> {
  const { doc, roundId } = ratedMap();
  const first = await timed(() => roundSummary(doc, roundId));
  const warm: number[] = [];
  for (let i = 0; i < WARM_RUNS; i++) warm.push(round((await timed(() => roundSummary(doc, roundId))).ms, 2));
  return {
    people: first.value.people,
    links: first.value.links.length,
    views: Object.keys(doc.linkViews).length,
    firstMs: round(first.ms, 2),
    warmMs: warm,
    medianMs: median(warm),
    contested: first.value.links.filter((l) => l.agreement.verdict === 'contested').length,
  };
}

export function ratingRoundSection(r: RatingRoundResult): Section {
  return {
    title: 'Rating round summary (Node)',
    summary: `The summary of a rating round in which ${r.people} people rated ${r.links} links (${r.views} views), per link and per perspective, timed in Node.`,
    rows: [
      { measure: `Summary of ${r.people} people × ${r.links} links, first (cold) run`, value: ms(r.firstMs), target: `≤ ${ms(RATING_ROUND_TARGET_MS)}`, status: atMost(r.firstMs, RATING_ROUND_TARGET_MS) },
      { measure: `Summary, median of ${r.warmMs.length} warm runs`, value: ms(r.medianMs), target: `≤ ${ms(RATING_ROUND_TARGET_MS)}`, status: atMost(r.medianMs, RATING_ROUND_TARGET_MS) },
      { measure: 'Links contested', value: `${r.contested} of ${r.links}` },
    ],
    method: [
      `Builds a chain of ${r.links + 1} factors, starts a round on its ${r.links} links and gives each of ${r.people} people (from the five default`,
      'perspectives) a view of every link in a fixed pattern of polarities and strengths. Then calls `roundSummary(doc, roundId)`',
      '(src/analysis/linkViews.ts: each link’s count, mean signed strength, per-perspective means and verdict, and the per-perspective table)',
      `once cold, where the target applies since a user gets the first run, and ${r.warmMs.length} times warm, each timed with \`performance.now()\` around the call.`,
    ],
  };
}
