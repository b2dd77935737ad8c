import pino, { type Logger } from 'pino';

export type { Logger } from 'pino';

/** JSON logs, one line per event, tagged with the service's name. */
export function createLogger(service: string): Logger {
  return pino({
    name: service,
    level: process.env.LOG_LEVEL ?? (process.env.NODE_ENV === 'test' ? 'silent' : 'info'),
    base: { service },
    timestamp: pino.stdTimeFunctions.isoTime,
  });
}
