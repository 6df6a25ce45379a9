/** The system-canvas command. All logic is in run.ts; this only connects it to Node. */
import { nodeIo } from './node-io.ts';
import { runCli } from './run.ts';

// Piping into a command that stops reading early (| head) is not an error.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw err;
});

process.exitCode = await runCli(process.argv.slice(2), nodeIo());
