/**
 * Does our what-if move each concept the same way as Mental Modeler's own
 * scenario calculation (scenario-reference.ts), on a Mental Modeler file?
 *
 * The file is read by our importer, as a user would open it; its stored
 * scenarios are the what-if set-ups the import gives. Every file is also run
 * with each concept in turn as the only driver, clamped at +1 and at −1
 * (Mental Modeler's scenario inputs run from −1 to 1), so files without
 * stored scenarios are compared too. For every scenario, each concept that is
 * not clamped gives one comparison: our direction against theirs, per squash.
 *
 * Used by the agreement tests and by scripts/mental-modeler-agreement.ts,
 * which runs it on any folder of .mmp files.
 */
import { whatIf, type Direction } from '../../analysis/whatif.ts';
import { read } from './index.ts';
import { parseMmp, type Mmp } from './mmp.ts';
import { directionOf, referenceScenario, shownByMentalModeler, SQUASHES, type Orientation, type SquashName } from './scenario-reference.ts';

export interface ScenarioCase {
  name: string;
  /** Concept id -> clamp. */
  clamps: Record<string, number>;
  /** Stored in the file, or one concept as the driver. */
  stored: boolean;
}

export interface ConceptComparison {
  scenario: string;
  stored: boolean;
  concept: string;
  ours: Direction;
  oursValue: number;
  theirs: Direction;
  theirsValue: number;
  /** Their direction with their code's orientation (against the arrows). */
  asCoded: Direction;
  /** Their chart draws a bar (the value rounds to at least ±0.01). */
  shown: boolean;
}

/**
 * How a disagreement comes about: their move is below our threshold but the
 * same way as ours ('too small'), the two point opposite ways ('opposite'), or
 * ours does not move where theirs does ('ours still').
 */
export function kindOf(d: ConceptComparison): 'too small' | 'opposite' | 'ours still' {
  if (d.ours === 'none') return 'ours still';
  return Math.sign(d.theirsValue) === Math.sign(d.oursValue) ? 'too small' : 'opposite';
}

export interface SquashAgreement {
  /** Comparisons (concept × scenario) and how many agree. */
  total: number;
  agree: number;
  /** Of those, the ones where Mental Modeler's value moves at all (not 'none'), and how many agree. */
  moving: number;
  movingAgree: number;
  /** Agreement with their code's own orientation, for the record. */
  asCodedAgree: number;
  /** Agreeing moves too small for their chart to draw (|value| < 0.005). */
  notShown: number;
  /** Comparisons where their chart draws a bar, and how many of those agree. */
  shown: number;
  shownAgree: number;
  /** Scenarios whose reference run did not settle (left out of the counts). */
  unsettled: string[];
  disagreements: ConceptComparison[];
}

export interface FileAgreement {
  file: string;
  /** Set when our importer could not read the file. */
  problem?: string;
  concepts: number;
  relationships: number;
  storedScenarios: number;
  driverScenarios: number;
  bySquash: Record<SquashName, SquashAgreement>;
}

/** Each concept that influences something, alone, at +1 and at −1. */
export function driverScenarios(mmp: Mmp): ScenarioCase[] {
  return mmp.concepts
    .filter((c) => c.relationships.some((r) => r.influence))
    .flatMap((c) => [1, -1].map((v) => ({ name: `${c.name.trim() || c.id} at ${v > 0 ? '+1' : '−1'}`, clamps: { [c.id]: v }, stored: false })));
}

function emptyAgreement(): SquashAgreement {
  return { total: 0, agree: 0, moving: 0, movingAgree: 0, asCodedAgree: 0, notShown: 0, shown: 0, shownAgree: 0, unsettled: [], disagreements: [] };
}

export async function scenarioAgreement(file: string, bytes: Uint8Array): Promise<FileAgreement> {
  const bySquash = { sigmoid: emptyAgreement(), tanh: emptyAgreement() };
  const outcome = await read({ name: file, bytes });
  if (!outcome.ok) {
    return { file, problem: outcome.problems.map((p) => `${p.where ? `${p.where}: ` : ''}${p.message}`).join('; '), concepts: 0, relationships: 0, storedScenarios: 0, driverScenarios: 0, bySquash };
  }
  const { doc, scenarios = [] } = outcome.result;
  const mmp = await parseMmp(new TextDecoder().decode(bytes));
  // The importer adds concepts in file order, skipping any without an id or with an id used before.
  const kept = mmp.concepts.filter((c, i) => c.id && mmp.concepts.findIndex((o) => o.id === c.id) === i);
  const nodeIds = Object.keys(doc.nodes);
  const nodeOf = new Map(kept.map((c, i) => [c.id, nodeIds[i]!]));
  const conceptOf = new Map(kept.map((c, i) => [nodeIds[i]!, c.id]));

  const stored: ScenarioCase[] = scenarios.map((s) => ({
    name: s.name,
    clamps: Object.fromEntries(Object.entries(s.inputs).map(([node, v]) => [conceptOf.get(node)!, v])),
    stored: true,
  }));
  const drivers = driverScenarios(mmp);

  for (const scenario of [...stored, ...drivers]) {
    const inputs = Object.fromEntries(Object.entries(scenario.clamps).map(([concept, v]) => [nodeOf.get(concept)!, v]));
    const ours = new Map(whatIf(doc, inputs).effects.map((e) => [e.id, e]));
    for (const [squashName, squash] of Object.entries(SQUASHES) as [SquashName, (typeof SQUASHES)[SquashName]][]) {
      const tally = bySquash[squashName];
      const run = (o: Orientation) => referenceScenario(mmp, scenario.clamps, squash, o);
      const theirs = run('documented');
      const asCoded = run('as-coded');
      if (!theirs || !asCoded) {
        tally.unsettled.push(scenario.name);
        continue;
      }
      for (const c of kept) {
        if (c.id in scenario.clamps) continue;
        const effect = ours.get(nodeOf.get(c.id)!)!;
        const row: ConceptComparison = {
          scenario: scenario.name,
          stored: scenario.stored,
          concept: c.name.trim() || c.id,
          ours: effect.direction,
          oursValue: effect.value,
          theirs: directionOf(theirs.get(c.id)!),
          theirsValue: theirs.get(c.id)!,
          asCoded: directionOf(asCoded.get(c.id)!),
          shown: shownByMentalModeler(theirs.get(c.id)!),
        };
        tally.total++;
        if (row.theirs !== 'none') tally.moving++;
        if (row.asCoded === row.ours) tally.asCodedAgree++;
        if (row.shown) tally.shown++;
        if (row.shown && row.ours === row.theirs) tally.shownAgree++;
        if (row.ours === row.theirs) {
          tally.agree++;
          if (row.theirs !== 'none') tally.movingAgree++;
          if (row.theirs !== 'none' && !row.shown) tally.notShown++;
        } else tally.disagreements.push(row);
      }
    }
  }

  const relationships = kept.reduce((n, c) => n + c.relationships.filter((r) => r.influence && nodeOf.has(r.id) && r.id !== c.id).length, 0);
  return { file, concepts: kept.length, relationships, storedScenarios: stored.length, driverScenarios: drivers.length, bySquash };
}
