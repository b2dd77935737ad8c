import type { Logger } from 'pino';
import { StartupError } from '../errors';

interface Stoppable {
  url: string;
  stop(): Promise<void>;
}

/**
 * The life of a service process: start it, log where it listens, stop it
 * gracefully on SIGINT or SIGTERM (in-flight requests finish) and exit 0. A
 * StartupError (a port in use, a database out of reach, a missing variable)
 * is one line on stderr and exit code 1, never a stack trace.
 */
export function runService(name: string, logger: Logger, start: () => Promise<Stoppable>): void {
  let running: Stoppable | undefined;
  let stopping = false;

  const stop = (signal: NodeJS.Signals): void => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, `${name} stopping`);
    const done = running ? running.stop() : Promise.resolve();
    done.then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error({ err: error }, `${name} did not stop cleanly`);
        process.exit(1);
      },
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);

  start().then(
    (server) => {
      running = server;
      logger.info({ url: server.url }, `${name} ready`);
    },
    (error: unknown) => {
      if (error instanceof StartupError) {
        process.stderr.write(`${name}: ${error.message}\n`);
      } else {
        logger.fatal({ err: error }, `${name} failed to start`);
        process.stderr.write(`${name}: failed to start: ${error instanceof Error ? error.message : String(error)}\n`);
      }
      process.exit(1);
    },
  );
}
