/** patterns: the roll-up of a stack's experiments (factors × experiments, and the patterns), as text or JSON. */
import { rollUp, type PatternFilter } from '../../analysis/patterns/rollup.ts';
import { EXPERIMENT_STATUSES, LEARNING_PHASES, SYSTEM_SCALES, type ExperimentStatus, type LearningPhase, type SystemScale } from '../../model/types.ts';
import { loadStackOrReport } from '../read-stack.ts';
import { defineCommand, EXIT_FAILED, EXIT_OK, EXIT_USAGE } from '../types.ts';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

function listOf<T extends string>(name: string, text: string | undefined, allowed: readonly T[]): T[] | string {
  if (text === undefined) return [];
  const items = text.split(',').map((s) => s.trim()).filter(Boolean);
  const bad = items.find((i) => !(allowed as readonly string[]).includes(i));
  return bad !== undefined ? `--${name} takes ${allowed.join(', ')} (comma-separated), not "${bad}"` : (items as T[]);
}

export const patternsCommand = defineCommand({
  name: 'patterns',
  summary: "the patterns across a stack's experiments",
  usage: '<stack file> [--json] [--scale ...] [--status ...] [--phase ...] [--owner text] [--from date] [--to date]',
  details: 'Rolls up every experiment of the stack\'s maps: for each factor (nodes marked "same as" count as one), what was intended and observed, and where results agree or conflict.',
  options: {
    json: { type: 'boolean', description: 'print the roll-up as JSON' },
    scale: { type: 'string', valueName: 'scales', description: `only maps at these scales: ${SYSTEM_SCALES.join(', ')}` },
    status: { type: 'string', valueName: 'statuses', description: `only experiments with these statuses: ${EXPERIMENT_STATUSES.join(', ')}` },
    phase: { type: 'string', valueName: 'phases', description: `only experiments in these phases: ${LEARNING_PHASES.join(', ')}` },
    owner: { type: 'string', valueName: 'text', description: "only experiments whose owner's name contains this" },
    from: { type: 'string', valueName: 'YYYY-MM-DD', description: 'only experiments running on or after this date' },
    to: { type: 'string', valueName: 'YYYY-MM-DD', description: 'only experiments running on or before this date' },
  },
  positionals: { min: 1, max: 1, name: 'stack file' },
  async run({ positionals, options }, io) {
    const scales = listOf<SystemScale>('scale', options.scale, SYSTEM_SCALES);
    const statuses = listOf<ExperimentStatus>('status', options.status, EXPERIMENT_STATUSES);
    const phases = listOf<LearningPhase>('phase', options.phase, LEARNING_PHASES);
    const bad = [scales, statuses, phases].find((x) => typeof x === 'string') as string | undefined;
    const badDate = (['from', 'to'] as const).find((n) => options[n] !== undefined && !DATE.test(options[n]!));
    if (bad || badDate) {
      io.err(`system-canvas patterns: ${bad ?? `--${badDate} takes a date like 2026-03-31, not "${options[badDate!]}"`}`);
      return EXIT_USAGE;
    }
    const loaded = await loadStackOrReport(positionals[0]!, io);
    if (!loaded) return EXIT_FAILED;
    const filter: PatternFilter = { scales: scales as SystemScale[], statuses: statuses as ExperimentStatus[], phases: phases as LearningPhase[], owner: options.owner, from: options.from, to: options.to };
    const roll = rollUp(loaded.stack, loaded.maps, { filter });
    if (options.json) {
      io.out(JSON.stringify({ stack: loaded.stack.title, experiments: roll.experimentCount, factors: roll.factors, patterns: roll.patterns, learnings: Object.values(loaded.stack.learnings) }, null, 2));
      return EXIT_OK;
    }
    io.out(`${loaded.stack.title}: ${roll.experimentCount} experiments, ${roll.factors.length} factors`);
    for (const p of roll.patterns) io.out(`  ${p.sentence} (${p.agreement})`);
    return EXIT_OK;
  },
});
