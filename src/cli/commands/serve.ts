/**
 * serve: the room server with no browser, the same one as npm run serve
 * (server/). It runs until interrupted, so it is the one command that owns
 * the process's signals.
 */
import { resolve } from 'node:path';
import { DEFAULT_OPTIONS, optionsFromEnv } from '../../../server/config.ts';
import { startRoomServer } from '../../../server/server.ts';
import { defineCommand, EXIT_OK, EXIT_USAGE } from '../types.ts';

export const serveCommand = defineCommand({
  name: 'serve',
  summary: 'run the room server for live co-mapping (app, rooms API and websockets on one port)',
  usage: '',
  details: `Environment variables PORT, HOST, DATA_DIR, REDIS_URL, MAX_MESSAGE_BYTES and others set the same things (see docs/deployment.md); options win over them. Default port ${DEFAULT_OPTIONS.port}, data folder ${DEFAULT_OPTIONS.dataDir}.`,
  options: {
    port: { type: 'string', short: 'p', description: 'port for HTTP and websockets', valueName: 'number' },
    data: { type: 'string', short: 'd', description: 'folder for the rooms database and the capability secret', valueName: 'folder' },
    host: { type: 'string', description: 'address to listen on (default 0.0.0.0, the local network)', valueName: 'address' },
  },
  positionals: { min: 0, max: 0, name: 'none' },
  async run({ options }, io) {
    const settings = optionsFromEnv();
    if (options.port !== undefined) {
      const port = Number(options.port);
      if (!Number.isInteger(port) || port < 0 || port > 65535) {
        io.err(`system-canvas serve: --port must be a whole number from 0 to 65535, not "${options.port}"`);
        return EXIT_USAGE;
      }
      settings.port = port;
    }
    if (options.data) settings.dataDir = resolve(options.data);
    if (options.host) settings.host = options.host;
    const server = await startRoomServer(settings);
    io.out(`Rooms: http://${settings.host === '0.0.0.0' ? 'localhost' : settings.host}:${server.port} (websockets at /rooms), data in ${settings.dataDir}`);
    await new Promise<void>((done) => {
      const stop = () => void server.close().then(done, done);
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
    return EXIT_OK;
  },
});
