/**
 * Compare our what-if with Mental Modeler's scenario calculation on every
 * .mmp file in a folder, and print the results as a Markdown table (the one
 * in docs/other-formats.md) followed by every disagreement.
 *
 *   npx tsx scripts/mental-modeler-agreement.ts <folder>
 *
 * Other people's maps are not kept in this repository: point it at a folder
 * of your own, e.g. a copy of Mental Modeler's public scenario repository's mmp/.
 * Exits 1 when a file cannot be read, 0 otherwise (disagreements are reported,
 * not failures: see the test that sets MM_SCENARIO_DIR for the strict check).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { kindOf, scenarioAgreement, type FileAgreement } from '../src/formats/mental-modeler/scenario-agreement.ts';
import type { SquashName } from '../src/formats/mental-modeler/scenario-reference.ts';

export async function agreementForFolder(dir: string): Promise<FileAgreement[]> {
  const files = readdirSync(dir)
    .filter((f) => f.toLowerCase().endsWith('.mmp'))
    .sort();
  const results: FileAgreement[] = [];
  for (const f of files) results.push(await scenarioAgreement(f, new Uint8Array(readFileSync(path.join(dir, f)))));
  return results;
}

const pair = (a: number, b: number) => `${a} / ${b}`;

export function markdown(results: FileAgreement[]): string {
  const lines = [
    '| File | Concepts | Relationships | Scenarios compared (stored + drivers) | Sigmoid: directions agreeing | Sigmoid: of the moves its chart draws | Tanh: directions agreeing | Tanh: of the moves its chart draws |',
    '|---|---|---|---|---|---|---|---|',
  ];
  const row = (name: string, rs: FileAgreement[]) => {
    const sum = (f: (r: FileAgreement) => number) => rs.reduce((n, r) => n + f(r), 0);
    const stored = sum((r) => r.storedScenarios);
    const drivers = sum((r) => r.driverScenarios);
    const squash = (s: SquashName) => [pair(sum((r) => r.bySquash[s].agree), sum((r) => r.bySquash[s].total)), pair(sum((r) => r.bySquash[s].shownAgree), sum((r) => r.bySquash[s].shown))];
    return `| ${name} | ${sum((r) => r.concepts)} | ${sum((r) => r.relationships)} | ${stored + drivers} (${stored} + ${drivers}) | ${[...squash('sigmoid'), ...squash('tanh')].join(' | ')} |`;
  };
  for (const r of results) lines.push(r.problem ? `| ${r.file} | not read: ${r.problem} | | | | | | |` : row(r.file, [r]));
  lines.push(row('**All**', results.filter((r) => !r.problem)));

  const notes: string[] = [''];
  for (const s of ['sigmoid', 'tanh'] as const) {
    const all = results.flatMap((r) => r.bySquash[s].disagreements.map((d) => ({ file: r.file, d, kind: kindOf(d) })));
    const asCoded = results.reduce((n, r) => n + r.bySquash[s].asCodedAgree, 0);
    const total = results.reduce((n, r) => n + r.bySquash[s].total, 0);
    const unsettled = results.flatMap((r) => r.bySquash[s].unsettled.map((u) => `${r.file}: ${u}`));
    notes.push(`**${s}**: ${all.length} disagreements.`);
    for (const kind of ['too small', 'opposite', 'ours still'] as const) {
      const these = all.filter((x) => x.kind === kind);
      if (!these.length) continue;
      const largest = Math.max(...these.map((x) => Math.abs(x.d.theirsValue)));
      notes.push(`- ${these.length} ${kind === 'too small' ? 'where Mental Modeler moves the same way as ours but by less than our threshold (0.001)' : kind === 'opposite' ? 'where the two point opposite ways' : 'where ours does not move'}; the largest Mental Modeler value among them is ${largest.toFixed(4)}.`);
      if (kind !== 'too small') for (const { file, d } of these) notes.push(`  - ${file}, "${d.scenario}": ${d.concept}: ours ${d.ours} (${d.oursValue.toFixed(4)}), Mental Modeler ${d.theirs} (${d.theirsValue.toFixed(4)})`);
    }
    if (unsettled.length) notes.push(`- Did not settle in the reference run (left out): ${unsettled.join('; ')}.`);
    notes.push(`- With their code's orientation (against the arrows), ${asCoded} of ${total} agree.`, '');
  }
  return [...lines, ...notes].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}` || process.argv[1]?.endsWith('mental-modeler-agreement.ts')) {
  const dir = process.argv[2];
  if (!dir) {
    console.error('usage: npx tsx scripts/mental-modeler-agreement.ts <folder of .mmp files>');
    process.exit(2);
  }
  const results = await agreementForFolder(dir);
  if (!results.length) {
    console.error(`no .mmp files in ${dir}`);
    process.exit(2);
  }
  console.log(markdown(results));
  process.exit(results.some((r) => r.problem) ? 1 : 0);
}
