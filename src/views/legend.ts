/**
 * What the key must explain: only what the drawn map uses (as the app's
 * legend does), plus what the lens adds. Pure, for the PDF, the SVG and tests.
 */
import { coverageSummary, type CoverageSummary } from './lens.ts';
import {
  EXPERIMENT_STATUSES,
  NODE_KINDS,
  POLARITIES,
  type Theme,
  type ExperimentStatus,
  type MapDocument,
  type NodeKind,
  type Polarity,
} from '../model/types.ts';
import type { ExportLens } from './lens.ts';
import type { SizeMeasure } from './sizeBy.ts';

export interface LegendModel {
  /** "Size nodes by": what a larger box means, if nodes are sized (the model starts without; the export adds it). */
  sizeBy?: SizeMeasure;
  kinds: NodeKind[];
  focal: boolean;
  clusters: { theme: Theme; count: number }[];
  polarities: Polarity[];
  hasLinks: boolean;
  lowConfidence: boolean;
  delay: boolean;
  statuses: ExperimentStatus[];
  highlighted: string[] | null;
  /** What a highlight lens lights, in the analysis panel's words. */
  caption: string | null;
  coverage: CoverageSummary | null;
  selection: { shown: number; total: number } | null;
}

type LinkFacts = Pick<LegendModel, 'polarities' | 'hasLinks' | 'lowConfidence' | 'delay'>;

// Kept per links record: the app's legend is rebuilt on every edit (a letter typed in a label), which on a big map leaves the links as they were.
const linkFactsOf = new WeakMap<MapDocument['links'], LinkFacts>();

function linkFacts(record: MapDocument['links']): LinkFacts {
  let facts = linkFactsOf.get(record);
  if (!facts) {
    const links = Object.values(record);
    facts = {
      polarities: POLARITIES.filter((p) => links.some((l) => l.polarity === p)),
      hasLinks: links.length > 0,
      lowConfidence: links.some((l) => l.confidence === 'low'),
      delay: links.some((l) => l.delay),
    };
    linkFactsOf.set(record, facts);
  }
  return facts;
}

/**
 * @param drawn the document as drawn (a selection already applied)
 * @param full the whole document, for "12 of 118 nodes"
 */
export function legendModel(drawn: MapDocument, lens: ExportLens, full: MapDocument = drawn): LegendModel {
  const nodes = Object.values(drawn.nodes);
  const { polarities, hasLinks, lowConfidence, delay } = linkFacts(drawn.links);
  const themeCounts = new Map<string, number>();
  for (const n of nodes) if (n.clusterId) themeCounts.set(n.clusterId, (themeCounts.get(n.clusterId) ?? 0) + 1);
  const experiments = Object.values(drawn.experiments);
  return {
    kinds: NODE_KINDS.filter((k) => nodes.some((n) => n.kind === k && n.id !== drawn.meta.focalNodeId)),
    focal: !!drawn.meta.focalNodeId && !!drawn.nodes[drawn.meta.focalNodeId],
    clusters: Object.values(drawn.clusters)
      .filter((c) => themeCounts.has(c.id))
      .map((theme) => ({ theme, count: themeCounts.get(theme.id)! })),
    polarities,
    hasLinks,
    lowConfidence,
    delay,
    // A status is explained only when a node on this map carries it in a badge.
    statuses: EXPERIMENT_STATUSES.filter((s) => experiments.some((e) => e.status === s && Object.keys(e.touches).some((id) => drawn.nodes[id]))),
    highlighted:
      lens.kind === 'experiments' ? lens.experimentIds.map((id) => drawn.experiments[id]?.title).filter((t): t is string => t !== undefined) : null,
    caption: lens.kind === 'highlight' ? lens.caption : null,
    coverage: lens.kind === 'coverage' ? coverageSummary(drawn) : null,
    selection: lens.kind === 'selection' ? { shown: nodes.length, total: Object.keys(full.nodes).length } : null,
  };
}
