/**
 * What a CLI command is and what it may touch. Commands never use process or
 * fs directly, so tests can run them with in-memory input and output.
 */
import type { OptionSpecs, ParsedArgs } from './args.ts';

export interface CliIo {
  /** Writes one line of normal output (stdout). */
  out(line: string): void;
  /** Writes one line of problems or errors (stderr). */
  err(line: string): void;
  /** Reads a whole text file. Rejects with a Node-style error (code ENOENT, EISDIR, ...) or a ReadError. */
  readFile(path: string): Promise<string>;
  /** Reads a whole file as bytes (for workbooks); when missing, readFile's text is used. */
  readBytes?(path: string): Promise<Uint8Array>;
}

export const EXIT_OK = 0;
/** The command ran but found a problem, e.g. an invalid or unreadable map. */
export const EXIT_FAILED = 1;
/** The command line itself was wrong. */
export const EXIT_USAGE = 2;

export interface Command<S extends OptionSpecs = OptionSpecs> {
  name: string;
  /** One line for the command list in the main help. */
  summary: string;
  /** Arguments after the command name, e.g. "<file> [more files...]". */
  usage: string;
  /** Extra help text shown by "help <command>". */
  details?: string;
  options: S;
  /** How many positional arguments the command accepts. */
  positionals: { min: number; max?: number; name: string };
  run(args: ParsedArgs<S>, io: CliIo): Promise<number>;
}

/** Keeps each command's option types while letting the registry hold them all. */
export function defineCommand<S extends OptionSpecs>(command: Command<S>): Command {
  return command as unknown as Command;
}

/** An error whose message is already fit to show the user as it is. */
export class ReadError extends Error {
  override name = 'ReadError';
}
