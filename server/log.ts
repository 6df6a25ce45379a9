/**
 * One line per event, "level event key=value ...", so refusals can be grepped
 * and counted. Values are JSON-quoted when they contain spaces.
 */
export type LogFields = Record<string, string | number | boolean | null | undefined>;

export interface Logger {
  info(event: string, fields?: LogFields): void;
  warn(event: string, fields?: LogFields): void;
}

function line(level: string, event: string, fields: LogFields = {}): string {
  const parts = Object.entries(fields)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${k}=${typeof v === 'string' && /[\s"=]/.test(v) ? JSON.stringify(v) : String(v)}`);
  return [new Date().toISOString(), level, event, ...parts].join(' ');
}

export function consoleLogger(quiet = false): Logger {
  return {
    info: (event, fields) => {
      // The listening line always prints: it is how scripts learn the port.
      if (!quiet || event === 'listening') process.stdout.write(`${line('info', event, fields)}\n`);
    },
    warn: (event, fields) => process.stderr.write(`${line('warn', event, fields)}\n`),
  };
}

/** Keeps lines in memory: tests assert that a refusal was logged. */
export function memoryLogger(): Logger & { lines: string[] } {
  const lines: string[] = [];
  return {
    lines,
    info: (event, fields) => void lines.push(line('info', event, fields)),
    warn: (event, fields) => void lines.push(line('warn', event, fields)),
  };
}
