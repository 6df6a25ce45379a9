/** stack report: a stack file as one PDF (stack diagram, each map, patterns and learnings, enablers and barriers). */
import { resolve } from 'node:path';
import { loadStackOrReport } from '../read-stack.ts';
import { writeFileAtomic } from '../write-atomic.ts';
import { defineCommand, EXIT_FAILED, EXIT_OK, EXIT_USAGE, type Command } from '../types.ts';
import type { WriteFile } from './export.ts';

export function createStackCommand(write: WriteFile = writeFileAtomic): Command {
  return defineCommand({
    name: 'stack',
    summary: 'work with a learning stack file',
    usage: 'report <stack file> [--out report.pdf]',
    details: 'report: the stack diagram, each map fitted to a page, the patterns across the experiments with their learnings, and the enablers and barriers with their status.',
    options: { out: { type: 'string', short: 'o', valueName: 'file', description: 'where to write the PDF (default: the stack file with .pdf)' } },
    positionals: { min: 2, max: 2, name: 'action' },
    async run({ positionals, options }, io) {
      const [action, input = ''] = positionals;
      if (action !== 'report') {
        io.err(`system-canvas stack: unknown action "${action}"; the only one is report`);
        return EXIT_USAGE;
      }
      const out = options.out ?? `${input.replace(/\.json$/i, '')}.pdf`;
      if (resolve(out) === resolve(input)) {
        io.err('system-canvas stack report: --out is the stack file itself; choose another name');
        return EXIT_USAGE;
      }
      const loaded = await loadStackOrReport(input, io);
      if (!loaded) return EXIT_FAILED;
      const { renderStackReport } = await import('../../export/node.ts');
      const pdf = await renderStackReport(loaded.stack, loaded.maps);
      try {
        await write(out, pdf.bytes);
      } catch (err) {
        io.err(`system-canvas stack report: could not write ${out} (${err instanceof Error ? err.message : String(err)})`);
        return EXIT_FAILED;
      }
      io.out(`wrote ${out} (${pdf.pages} pages)`);
      return EXIT_OK;
    },
  });
}

export const stackCommand = createStackCommand();
