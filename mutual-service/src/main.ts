import { createLogger, StartupError } from '@dsp/common';
import { runCli } from './cli';
import { startMutualService } from './service';

/** Runs the mutual subgraph until SIGINT or SIGTERM. */
async function main(): Promise<void> {
  const databaseUrl = process.env.MUTUAL_DATABASE_URL;
  if (!databaseUrl) throw new StartupError('MUTUAL_DATABASE_URL is not set; set it to the mutual database (application role).');
  const portText = process.env.MUTUAL_PORT ?? '4002';
  const port = Number(portText);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) throw new StartupError(`MUTUAL_PORT must be a port number; got "${portText}".`);

  const logger = createLogger('mutual');
  const service = await startMutualService({ databaseUrl, port, host: process.env.HOST ?? '0.0.0.0' });
  logger.info({ url: service.url }, 'mutual subgraph ready');

  let stopping = false;
  const stop = (signal: string): void => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'stopping');
    service.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error({ err: error }, 'could not stop cleanly');
        process.exit(1);
      },
    );
  };
  process.once('SIGINT', () => stop('SIGINT'));
  process.once('SIGTERM', () => stop('SIGTERM'));
}

runCli(main);
