/** npm run serve: the room server with settings from the environment (docs/deployment.md). */
import { optionsFromEnv } from './config.ts';
import { consoleLogger } from './log.ts';
import { startRoomServer } from './server.ts';

const options = optionsFromEnv();
const log = consoleLogger(options.quiet);
const server = await startRoomServer(options, log);

const stop = (signal: string) => {
  log.info('stopping', { signal });
  server.close().then(
    () => process.exit(0),
    () => process.exit(1),
  );
};
process.on('SIGINT', () => stop('SIGINT'));
process.on('SIGTERM', () => stop('SIGTERM'));
