import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCli } from '../run.ts';
import { COMMANDS } from './index.ts';
import { createStackCommand } from './stack.ts';

const example = readFileSync(new URL('../../../examples/stacks/early-help-riverside.json', import.meta.url), 'utf8');

function io(files: Record<string, string>) {
  const out: string[] = [];
  const err: string[] = [];
  return {
    out,
    err,
    io: {
      out: (s: string) => out.push(s),
      err: (s: string) => err.push(s),
      readFile: async (p: string) => {
        if (!(p in files)) throw Object.assign(new Error('no'), { code: 'ENOENT' });
        return files[p]!;
      },
    },
  };
}

describe('system-canvas patterns', () => {
  it('prints the roll-up as JSON', async () => {
    const t = io({ 's.json': example });
    expect(await runCli(['patterns', 's.json', '--json'], t.io)).toBe(0);
    const json = JSON.parse(t.out.join('\n'));
    expect(json.experiments).toBe(5);
    expect(json.patterns[0].sentence).toBe('5 experiments tried to weaken Waiting time for first help; 4 saw Trust in services go up, 1 saw no change.');
    expect(json.learnings).toHaveLength(1);
  });

  it('filters, and refuses a bad filter with a plain message', async () => {
    const t = io({ 's.json': example });
    expect(await runCli(['patterns', 's.json', '--scale', 'person'], t.io)).toBe(0);
    expect(t.out[0]).toContain('1 experiments');
    const bad = io({ 's.json': example });
    expect(await runCli(['patterns', 's.json', '--from', 'soon'], bad.io)).toBe(2);
    expect(bad.err[0]).toContain('--from takes a date');
  });

  it('warns about a missing map and rolls up the rest', async () => {
    const file = JSON.parse(example);
    delete file.maps.map_early_help_south;
    const t = io({ s: JSON.stringify(file) });
    expect(await runCli(['patterns', 's', '--json'], t.io)).toBe(0);
    expect(t.err.join('\n')).toContain('maps.map_early_help_south: the map "South family hub (example)" is missing');
    expect(JSON.parse(t.out.join('\n')).experiments).toBe(3);
  });
});

describe('system-canvas stack report', () => {
  it('writes a PDF with the stack, each map and the patterns', async () => {
    const written: Record<string, Uint8Array> = {};
    const commands = COMMANDS.map((c) => (c.name === 'stack' ? createStackCommand(async (p, b) => void (written[p] = b)) : c));
    const t = io({ 's.json': example });
    expect(await runCli(['stack', 'report', 's.json', '--out', 'r.pdf'], t.io, commands)).toBe(0);
    expect(t.out[0]).toMatch(/^wrote r\.pdf \(\d+ pages\)$/);
    const text = new TextDecoder('latin1').decode(written['r.pdf']);
    expect(text.startsWith('%PDF-')).toBe(true);
    // Diagram page + 4 maps + at least one page of patterns and enablers.
    expect(Number(/\((\d+) pages\)/.exec(t.out[0]!)![1])).toBeGreaterThanOrEqual(6);
  }, 30_000);

  it('says what is wrong with an unknown action or an unreadable file', async () => {
    const t = io({});
    expect(await runCli(['stack', 'print', 'x'], t.io)).toBe(2);
    expect(await runCli(['stack', 'report', 'missing.json'], t.io)).toBe(1);
    expect(t.err.join('\n')).toContain('missing.json: file not found');
  });
});
