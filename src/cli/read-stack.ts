/** Reading a stack file for a command: refused files print every problem; warnings (missing maps or nodes) print and the rest is used. */
import { parseStackFileText, type StackFileResult } from '../model/stack/load.ts';
import { describeReadError } from './read-map.ts';
import type { CliIo } from './types.ts';

export async function loadStackOrReport(path: string, io: CliIo): Promise<Extract<StackFileResult, { ok: true }> | null> {
  let text: string;
  try {
    text = await io.readFile(path);
  } catch (err) {
    io.err(`${path}: ${describeReadError(err)}`);
    return null;
  }
  const result = parseStackFileText(text);
  if (!result.ok) {
    for (const p of result.problems) io.err(`${path}: ${p.where ? `${p.where}: ` : ''}${p.message}`);
    return null;
  }
  for (const w of result.warnings) io.err(`${path}: warning: ${w.where ? `${w.where}: ` : ''}${w.message}`);
  return result;
}
