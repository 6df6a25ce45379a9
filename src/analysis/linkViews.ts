/**
 * Where people disagree: the views people gave of a link, summed up as a
 * count, a mean signed strength, the same per perspective, and a verdict in
 * words; a rating round's summary; and the map as one basis or another sees
 * it (its own values, the mean of the views, one perspective's views) for
 * loops, what-if and key factors.
 *
 * Signed strength: a + view of strength s counts +s, a − view −s; a ? view
 * (unknown or mixed) has no sign, so it is counted but left out of the mean.
 *
 * The verdict, for a link's views (and the map's own value when asked):
 * - 'no views' when there are none, 'one view' when there is one;
 * - 'contested' when two of them differ in polarity (+ beside −, or a
 *   direction beside "unknown or mixed"), or when their strengths are two
 *   levels or more apart (weak beside strong);
 * - otherwise 'agreed'.
 */
import { NO_PERSPECTIVE, sortedPerspectives } from '../model/sensemaking.ts';
import { roundLinks } from '../model/linkViews.ts';
import type { Id, Link, LinkView, MapDocument, Perspective, Polarity } from '../model/types.ts';
import { MAX_STRENGTH, STRENGTH_LEVELS, strengthLevel } from '../model/types.ts';

export type AgreementVerdict = 'agreed' | 'contested' | 'one view' | 'no views';

/** What a view needs to be counted: the map's own value has the same shape without a voice. */
type Rated = Pick<LinkView, 'polarity' | 'strength'>;

export interface PerspectiveTally {
  /** A perspective id, or NO_PERSPECTIVE for views from no (or a removed) perspective. */
  perspectiveId: string;
  count: number;
  /** Mean signed strength of its + and − views; null when it gave only ? views. */
  mean: number | null;
}

export interface LinkAgreement {
  /** Views counted (with the map's own value, when asked). */
  count: number;
  /** How many of them have a sign (+ or −): the mean is theirs. */
  signed: number;
  mean: number | null;
  verdict: AgreementVerdict;
  /** In the map's order of perspectives, then "no perspective"; only those that gave a view. */
  perspectives: PerspectiveTally[];
  includesMap: boolean;
}

/** +strength, −strength, or null for "unknown or mixed". */
export function signedStrength(polarity: Polarity, strength: number): number | null {
  if (polarity === '+') return strength;
  if (polarity === '-') return -strength;
  return null;
}

function meanOf(values: readonly number[]): number | null {
  if (!values.length) return null;
  let sum = 0;
  for (const v of values) sum += v;
  return sum / values.length;
}

const LEVEL_NUMBER = (strength: number) => STRENGTH_LEVELS[strengthLevel(strength)];

/** The rule in the file's comment, on any list of rated values. */
export function viewsVerdict(rated: readonly Rated[]): AgreementVerdict {
  if (rated.length === 0) return 'no views';
  if (rated.length === 1) return 'one view';
  const first = rated[0]!.polarity;
  let low = Infinity;
  let high = -Infinity;
  for (const r of rated) {
    if (r.polarity !== first) return 'contested';
    const level = LEVEL_NUMBER(r.strength);
    low = Math.min(low, level);
    high = Math.max(high, level);
  }
  return high - low >= 2 ? 'contested' : 'agreed';
}

export interface AgreementOptions {
  /** The map's perspectives: a view from one not among them counts as "no perspective". */
  perspectives?: Record<Id, Perspective>;
  /** The map's own value, counted as one more voice. */
  map?: Pick<Link, 'polarity' | 'strength'>;
}

/** A link's views summed up. */
export function agreementOf(views: readonly LinkView[], options: AgreementOptions = {}): LinkAgreement {
  const { perspectives, map } = options;
  const rated: Rated[] = map ? [map, ...views] : [...views];
  const values: number[] = [];
  for (const r of rated) {
    const s = signedStrength(r.polarity, r.strength);
    if (s !== null) values.push(s);
  }
  const byPerspective = new Map<string, { count: number; values: number[] }>();
  for (const v of views) {
    const id = v.voice.perspectiveId;
    const key = id !== null && (!perspectives || perspectives[id]) ? id : NO_PERSPECTIVE;
    let tally = byPerspective.get(key);
    if (!tally) byPerspective.set(key, (tally = { count: 0, values: [] }));
    tally.count++;
    const s = signedStrength(v.polarity, v.strength);
    if (s !== null) tally.values.push(s);
  }
  const order = perspectives ? new Map(Object.values(perspectives).map((p) => [p.id, p.order])) : new Map<string, number>();
  const tallies = [...byPerspective.entries()]
    .map(([perspectiveId, t]): PerspectiveTally => ({ perspectiveId, count: t.count, mean: meanOf(t.values) }))
    // Plain comparisons, not localeCompare: its first call sets up a collator, which was most of a cold summary's time.
    .sort((a, b) => {
      const x = order.get(a.perspectiveId) ?? Number.MAX_VALUE;
      const y = order.get(b.perspectiveId) ?? Number.MAX_VALUE;
      return x !== y ? x - y : a.perspectiveId < b.perspectiveId ? -1 : a.perspectiveId > b.perspectiveId ? 1 : 0;
    });
  return { count: rated.length, signed: values.length, mean: meanOf(values), verdict: viewsVerdict(rated), perspectives: tallies, includesMap: !!map };
}

/**
 * Each link's views, by link. With a round id (or null: views given outside
 * any round) only those; without, each person's latest view of the link from
 * anywhere, so a person who rated a link in two rounds counts once.
 */
export function viewsByLink(doc: MapDocument, roundId?: Id | null): Map<Id, LinkView[]> {
  const out = new Map<Id, LinkView[]>();
  if (roundId !== undefined) {
    for (const v of Object.values(doc.linkViews)) {
      if (v.roundId !== roundId || !doc.links[v.linkId]) continue;
      const list = out.get(v.linkId);
      if (list) list.push(v);
      else out.set(v.linkId, [v]);
    }
    return out;
  }
  const latest = new Map<string, LinkView>();
  for (const v of Object.values(doc.linkViews)) {
    if (!doc.links[v.linkId]) continue;
    const key = `${v.linkId}\u0000${v.voice.personId}`;
    const had = latest.get(key);
    if (!had || had.createdAt < v.createdAt) latest.set(key, v);
  }
  for (const v of latest.values()) {
    const list = out.get(v.linkId);
    if (list) list.push(v);
    else out.set(v.linkId, [v]);
  }
  return out;
}

/** Every link someone gave a view of, summed up (links with none are not in it: cheap on big maps). */
export function linkAgreements(doc: MapDocument): Map<Id, LinkAgreement> {
  const out = new Map<Id, LinkAgreement>();
  for (const [linkId, views] of viewsByLink(doc)) out.set(linkId, agreementOf(views, { perspectives: doc.perspectives }));
  return out;
}

/** "contested: 3 views", "agreed: 2 views", "one view", "no views". */
export function verdictWords(a: Pick<LinkAgreement, 'verdict' | 'count'>): string {
  if (a.verdict === 'agreed' || a.verdict === 'contested') return `${a.verdict}: ${a.count} views`;
  return a.verdict;
}

/** A mean signed strength in words a room can read: "+2.0", "−1.5", "none (only ? views)". */
export function meanWords(mean: number | null): string {
  if (mean === null) return 'none (only ? views)';
  const fixed = Math.abs(mean).toFixed(1);
  return mean > 0 ? `+${fixed}` : mean < 0 ? `−${fixed}` : '0.0';
}

/** The name of a perspective key, as lists show it. */
export function perspectiveName(doc: MapDocument, perspectiveId: string): string {
  return doc.perspectives[perspectiveId]?.name ?? 'No perspective';
}

// ---- a rating round's summary ----

export interface RoundLinkSummary {
  linkId: Id;
  agreement: LinkAgreement;
}

export interface RoundPerspectiveSummary {
  perspectiveId: string;
  /** People from this perspective who rated at least one link. */
  people: number;
  views: number;
  /** Per link of the round, this perspective's mean (null: no signed view from it). */
  means: Record<Id, number | null>;
}

export interface RoundSummary {
  /** People who rated at least one link of the round. */
  people: number;
  links: RoundLinkSummary[];
  perspectives: RoundPerspectiveSummary[];
}

/** Per link (in the round's order) and per perspective. */
export function roundSummary(doc: MapDocument, roundId: Id): RoundSummary {
  const round = doc.ratingRounds[roundId];
  if (!round) return { people: 0, links: [], perspectives: [] };
  const byLink = viewsByLink(doc, roundId);
  const people = new Set<string>();
  const perspectivePeople = new Map<string, Set<string>>();
  const links = roundLinks(doc, round).map((linkId): RoundLinkSummary => {
    const views = byLink.get(linkId) ?? [];
    for (const v of views) {
      people.add(v.voice.personId);
      const key = v.voice.perspectiveId !== null && doc.perspectives[v.voice.perspectiveId] ? v.voice.perspectiveId : NO_PERSPECTIVE;
      let set = perspectivePeople.get(key);
      if (!set) perspectivePeople.set(key, (set = new Set()));
      set.add(v.voice.personId);
    }
    return { linkId, agreement: agreementOf(views, { perspectives: doc.perspectives }) };
  });
  const keys = [...sortedPerspectives(doc).map((p) => p.id), NO_PERSPECTIVE].filter((k) => perspectivePeople.has(k));
  const perspectives = keys.map((perspectiveId): RoundPerspectiveSummary => {
    const means: Record<Id, number | null> = {};
    let views = 0;
    for (const l of links) {
      const tally = l.agreement.perspectives.find((t) => t.perspectiveId === perspectiveId);
      views += tally?.count ?? 0;
      means[l.linkId] = tally?.mean ?? null;
    }
    return { perspectiveId, people: perspectivePeople.get(perspectiveId)!.size, views, means };
  });
  return { people: people.size, links, perspectives };
}

// ---- the basis analysis runs on ----

export type AnalysisBasis = { kind: 'map' } | { kind: 'mean' } | { kind: 'perspective'; perspectiveId: string };

export interface BasedMap {
  /** The map with each rated link's polarity and strength replaced. */
  doc: MapDocument;
  /** Links whose values came from views. */
  fromViews: number;
  /** Links with no (matching) view, which keep the map's own values. */
  kept: number;
  /** People whose views were used. */
  people: number;
}

/**
 * The map as a basis sees it. A link's mean signed strength gives its new
 * polarity (its sign) and strength (its size, kept in the file's range); a
 * link whose views cancel out or are all "unknown" becomes ? with the mean
 * size of what was said. Links nobody gave a matching view of keep the map's
 * values. The map's own document is not changed.
 */
export function linksForBasis(doc: MapDocument, basis: AnalysisBasis): BasedMap {
  const total = Object.keys(doc.links).length;
  if (basis.kind === 'map') return { doc, fromViews: 0, kept: total, people: 0 };
  const people = new Set<string>();
  const links: Record<Id, Link> = { ...doc.links };
  let fromViews = 0;
  for (const [linkId, all] of viewsByLink(doc)) {
    const views =
      basis.kind === 'mean'
        ? all
        : all.filter((v) => {
            const id = v.voice.perspectiveId;
            return (id !== null && doc.perspectives[id] ? id : NO_PERSPECTIVE) === basis.perspectiveId;
          });
    if (!views.length) continue;
    for (const v of views) people.add(v.voice.personId);
    const { mean } = agreementOf(views);
    const link = doc.links[linkId]!;
    const size = (m: number) => Math.min(MAX_STRENGTH, Math.max(0.1, m));
    links[linkId] =
      mean === null || mean === 0
        ? { ...link, polarity: '?', strength: size(meanOf(views.map((v) => v.strength))!) }
        : { ...link, polarity: mean > 0 ? '+' : '-', strength: size(Math.abs(mean)) };
    fromViews++;
  }
  return { doc: { ...doc, links }, fromViews, kept: total - fromViews, people: people.size };
}

/** "Using: mean of 14 people's views (9 links; the other 31 keep the map's values)". */
export function basisWords(doc: MapDocument, basis: AnalysisBasis, based: BasedMap): string {
  if (basis.kind === 'map') return 'Using: the map’s own values';
  const unplaced = basis.kind === 'perspective' && !doc.perspectives[basis.perspectiveId];
  const whose = basis.kind === 'mean' || unplaced ? '' : `${perspectiveName(doc, basis.perspectiveId)} `;
  const from = unplaced ? ' from no perspective' : '';
  const people = `${based.people} ${based.people === 1 ? 'person’s' : 'people’s'}`;
  if (!based.fromViews) return `Using: the map’s own values (no ${whose}views${from} given yet)`;
  const linkWord = based.fromViews === 1 ? 'link' : 'links';
  const rest = based.kept ? `; the other ${based.kept} keep the map’s values` : '';
  return `Using: mean of ${people} ${whose}views${from} (${based.fromViews} ${linkWord}${rest})`;
}
