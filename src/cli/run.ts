/**
 * The CLI without the process around it: takes the arguments and an io object,
 * returns the exit code. src/cli/main.ts connects it to the real terminal.
 */
import pkg from '../../package.json' with { type: 'json' };
import { describeOptions, parseArgs, UsageError, type OptionSpecs } from './args.ts';
import { COMMANDS } from './commands/index.ts';
import { EXIT_FAILED, EXIT_OK, EXIT_USAGE, type CliIo, type Command } from './types.ts';

const BIN = 'system-canvas';
const VERSION: string = pkg.version;

const HELP_OPTION: OptionSpecs = { help: { type: 'boolean', short: 'h', description: 'show this help' } };
const GLOBAL_OPTIONS: OptionSpecs = {
  ...HELP_OPTION,
  version: { type: 'boolean', description: 'print the version number' },
};

export function usage(commands: readonly Command[] = COMMANDS): string[] {
  const rows: [string, string][] = [
    ...commands.map((c): [string, string] => [`${c.name} ${c.usage}`.trim(), c.summary]),
    ['help [command]', 'show this help, or the help for one command'],
  ];
  const width = Math.max(...rows.map(([left]) => left.length));
  return [
    `Usage: ${BIN} <command> [options]`,
    '',
    'Commands:',
    ...rows.map(([left, right]) => `  ${left.padEnd(width)}  ${right}`),
    '',
    'Options:',
    ...describeOptions(GLOBAL_OPTIONS),
    '',
    `Run "${BIN} help <command>" for the options of one command.`,
  ];
}

function commandUsage(command: Command): string[] {
  const lines = [`Usage: ${BIN} ${command.name} ${command.usage}`.trim(), '', `${command.summary[0]?.toUpperCase()}${command.summary.slice(1)}.`];
  if (command.details) lines.push('', command.details);
  lines.push('', 'Options:', ...describeOptions({ ...command.options, ...HELP_OPTION }));
  return lines;
}

function findCommand(name: string, commands: readonly Command[]): Command {
  const command = commands.find((c) => c.name === name);
  if (!command) throw new UsageError(`unknown command "${name}"`);
  return command;
}

function showHelp(topic: string | undefined, io: CliIo, commands: readonly Command[]): number {
  const lines = topic === undefined ? usage(commands) : commandUsage(findCommand(topic, commands));
  for (const line of lines) io.out(line);
  return EXIT_OK;
}

async function runCommand(command: Command, argv: string[], io: CliIo): Promise<number> {
  const args = parseArgs(argv, { ...command.options, ...HELP_OPTION });
  if (args.options.help) return showHelp(command.name, io, [command]);
  const { min, max, name } = command.positionals;
  if (args.positionals.length < min) throw new UsageError(`missing <${name}> argument`);
  if (max !== undefined && args.positionals.length > max) {
    throw new UsageError(`too many arguments (at most ${max})`);
  }
  delete args.options.help;
  try {
    return await command.run(args, io);
  } catch (err) {
    // Commands report expected failures themselves, so anything thrown is a bug; still one line, not a stack trace.
    io.err(`${BIN} ${command.name}: unexpected error: ${err instanceof Error ? err.message : String(err)}`);
    return EXIT_FAILED;
  }
}

export async function runCli(argv: string[], io: CliIo, commands: readonly Command[] = COMMANDS): Promise<number> {
  const [first, ...rest] = argv;
  try {
    if (first === undefined) {
      io.err(`${BIN}: no command given`);
      for (const line of usage(commands)) io.err(line);
      return EXIT_USAGE;
    }
    if (first === 'help') {
      if (rest.length > 1) throw new UsageError('help takes at most one command name');
      return showHelp(rest[0], io, commands);
    }
    if (first.startsWith('-')) {
      const { positionals, options } = parseArgs(argv, GLOBAL_OPTIONS);
      if (options.version) {
        io.out(VERSION);
        return EXIT_OK;
      }
      if (options.help) return showHelp(positionals[0], io, commands);
      throw new UsageError('the command must come first, e.g. validate');
    }
    return await runCommand(findCommand(first, commands), rest, io);
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    const known = commands.some((c) => c.name === first);
    io.err(`${BIN}${known ? ` ${first}` : ''}: ${err.message}`);
    io.err(`Run "${BIN} help${known ? ` ${first}` : ''}" for usage.`);
    return EXIT_USAGE;
  }
}
