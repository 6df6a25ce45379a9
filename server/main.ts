/** npm run serve: the room server with settings from the environment (docs/deployment.md). */
import { optionsFromEnv } from './config.ts';
import { consoleLogger } from './log.ts';
import { shareLinks } from './links.ts';
import { startRoomServer } from './server.ts';

const options = optionsFromEnv();
const log = consoleLogger(options.quiet);
const server = await startRoomServer(options, log);
if (!options.quiet) {
  // Plain lines for people, beside the log line scripts read.
  const [here, ...network] = shareLinks(options.host, server.port);
  process.stdout.write(`\nSystem Canvas is running.\n  On this machine:     ${here}\n`);
  for (const link of network) process.stdout.write(`  On your network:     ${link}\n`);
  process.stdout.write('  Share live… in the app gives the room links to send.\n\n');
}

const stop = (signal: string) => {
  log.info('stopping', { signal });
  server.close().then(
    () => process.exit(0),
    () => process.exit(1),
  );
};
process.on('SIGINT', () => stop('SIGINT'));
process.on('SIGTERM', () => stop('SIGTERM'));
