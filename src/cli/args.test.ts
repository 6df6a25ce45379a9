import { describe, expect, it } from 'vitest';
import { parseArgs, UsageError, type OptionSpecs } from './args.ts';

const specs = {
  out: { type: 'string', short: 'o', description: 'where to write' },
  force: { type: 'boolean', short: 'f', description: 'overwrite' },
} satisfies OptionSpecs;

describe('parseArgs', () => {
  it('separates positionals from options in any order', () => {
    expect(parseArgs(['a.json', '--out', 'b.svg', '-f', 'c.json'], specs)).toEqual({
      positionals: ['a.json', 'c.json'],
      options: { out: 'b.svg', force: true },
    });
  });

  it('accepts --name=value, including an empty value', () => {
    expect(parseArgs(['--out=x=y.svg'], specs).options.out).toBe('x=y.svg');
    expect(parseArgs(['--out='], specs).options.out).toBe('');
  });

  it('treats everything after -- and a lone - as positionals', () => {
    expect(parseArgs(['-', '--', '--force', '-o'], specs)).toEqual({ positionals: ['-', '--force', '-o'], options: {} });
  });

  it.each([
    [['--verbose'], 'unknown option --verbose'],
    [['-x'], 'unknown option -x'],
    [['-fo'], 'unknown option -fo'],
    [['--force=yes'], 'option --force does not take a value'],
    [['--out'], 'option --out needs a value'],
    [['--out', '--force'], 'option --out needs a value'],
    [['--toString'], 'unknown option --toString'],
  ])('rejects %j', (argv, message) => {
    expect(() => parseArgs(argv, specs)).toThrow(new UsageError(message));
  });
});
