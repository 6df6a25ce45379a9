/** Runs the CLI in a test with the real file system, collecting what it prints. */
import { nodeReadBytes, nodeReadFile } from './node-io.ts';
import { runCli } from './run.ts';
import type { Command } from './types.ts';

export async function runCliCollecting(argv: string[], commands?: readonly Command[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const io = { out: (s: string) => out.push(s), err: (s: string) => err.push(s), readFile: nodeReadFile, readBytes: nodeReadBytes };
  const code = await (commands ? runCli(argv, io, commands) : runCli(argv, io));
  return { code, out: out.join('\n'), err: err.join('\n') };
}
