/**
 * A small argument parser for the CLI. Each command declares its options, so
 * a typo such as --ouput is refused instead of being silently ignored.
 */

export interface OptionSpec {
  /** A boolean option is a switch (--force); a string option takes a value (--out file). */
  type: 'boolean' | 'string';
  /** One-letter alias, used as -x. */
  short?: string;
  /** Shown in the command's help. */
  description: string;
  /** Shown in help as the value's name, e.g. "file" in --out <file>. */
  valueName?: string;
}

export type OptionSpecs = Record<string, OptionSpec>;

export type OptionValues<S extends OptionSpecs> = {
  [K in keyof S]?: S[K]['type'] extends 'boolean' ? boolean : string;
};

export interface ParsedArgs<S extends OptionSpecs = OptionSpecs> {
  positionals: string[];
  options: OptionValues<S>;
}

/** A mistake in how the command was typed; the CLI exits with code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

export function parseArgs<S extends OptionSpecs>(argv: readonly string[], specs: S): ParsedArgs<S> {
  const positionals: string[] = [];
  const options: Record<string, string | boolean> = {};
  const byShort = new Map<string, string>();
  for (const [name, spec] of Object.entries(specs)) if (spec.short) byShort.set(spec.short, name);

  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--') {
      // Everything after a bare -- is a file name, even if it starts with a dash.
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (arg === '-' || !arg.startsWith('-')) {
      positionals.push(arg);
      continue;
    }

    let name: string;
    let inline: string | undefined;
    if (arg.startsWith('--')) {
      const eq = arg.indexOf('=');
      name = eq === -1 ? arg.slice(2) : arg.slice(2, eq);
      inline = eq === -1 ? undefined : arg.slice(eq + 1);
    } else {
      const long = arg.length === 2 ? byShort.get(arg.slice(1)) : undefined;
      if (!long) throw new UsageError(`unknown option ${arg}`);
      name = long;
    }

    const spec = Object.hasOwn(specs, name) ? specs[name] : undefined;
    if (!spec) throw new UsageError(`unknown option --${name}`);

    if (spec.type === 'boolean') {
      if (inline !== undefined) throw new UsageError(`option --${name} does not take a value`);
      options[name] = true;
      continue;
    }
    if (inline !== undefined) {
      options[name] = inline;
      continue;
    }
    const next = argv[i + 1];
    // "--out --force" is almost certainly a forgotten value, not a file called --force.
    if (next === undefined || next.startsWith('--')) throw new UsageError(`option --${name} needs a value`);
    options[name] = next;
    i++;
  }
  return { positionals, options: options as OptionValues<S> };
}

/** Help text lines for a set of options, aligned in two columns. */
export function describeOptions(specs: OptionSpecs): string[] {
  const rows = Object.entries(specs).map(([name, spec]) => {
    const flag = `${spec.short ? `-${spec.short}, ` : '    '}--${name}${spec.type === 'string' ? ` <${spec.valueName ?? 'value'}>` : ''}`;
    return [flag, spec.description] as const;
  });
  const width = Math.max(0, ...rows.map(([flag]) => flag.length));
  return rows.map(([flag, text]) => `  ${flag.padEnd(width)}  ${text}`);
}
