/**
 * The example maps the app offers under "Open example", in menu order. The
 * first one is opened on a first visit, so it is the fullest.
 */
import { serialiseMap } from '../../src/model/load.ts';
import type { SystemScale } from '../../src/model/types.ts';
import { buildMap, type MapSpec } from './build.ts';
import { COUNCIL_TAX } from './council-tax.ts';
import { DISCHARGE } from './discharge.ts';
import { HEALTHY_WEIGHT } from './healthy-weight.ts';
import { EARLY_HELP_STACK_FILE, earlyHelpStackText } from './early-help-stack.ts';

export const INDEX_FILE = 'index.json';

/** One entry in examples/index.json. */
export interface ExampleIndexEntry {
  file: string;
  title: string;
  scale: SystemScale;
  summary: string;
}

export const EXAMPLES: readonly { file: string; spec: MapSpec; summary: string }[] = [
  {
    file: 'healthy-weight-place.json',
    spec: HEALTHY_WEIGHT,
    summary: 'A whole-town map of about a hundred factors in eight themes that shape healthy weight, with the actors who can move them.',
  },
  {
    file: 'council-tax-debt-person.json',
    spec: COUNCIL_TAX,
    summary: 'One household’s route into council-tax debt, the loops that make it grow, and what helps them out.',
  },
  {
    file: 'discharge-team.json',
    spec: DISCHARGE,
    summary: 'A discharge and reablement team’s view of what gets people home from hospital safely and quickly.',
  },
];

/** Every file under examples/, by name, exactly as it should be on disk. */
export function buildExampleFiles(): Map<string, string> {
  const files = new Map<string, string>();
  const index: ExampleIndexEntry[] = [];
  for (const { file, spec, summary } of EXAMPLES) {
    files.set(file, serialiseMap(buildMap(spec)));
    index.push({ file, title: spec.title, scale: spec.scale, summary });
  }
  files.set(INDEX_FILE, JSON.stringify(index, null, 2) + '\n');
  // Stacks live in their own folder: the map menu reads every examples/*.json as a map.
  files.set(`stacks/${EARLY_HELP_STACK_FILE}`, earlyHelpStackText());
  files.set(
    `stacks/${INDEX_FILE}`,
    JSON.stringify([{ file: EARLY_HELP_STACK_FILE, title: 'Early help in Riverside (example stack)', summary: 'A place partnership learning from two family-hub teams and one family: a pattern across their experiments, and what the place has promised.' }], null, 2) + '\n',
  );
  return files;
}
