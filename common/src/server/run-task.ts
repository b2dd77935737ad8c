import type { Logger } from 'pino';
import { StartupError } from '../errors';

/**
 * Runs a one-off command (migrations, a seed) and exits: 0 when done; 1 with
 * one line on stderr when it fails (the full error goes to the log).
 */
export function runTask(name: string, logger: Logger, task: () => Promise<string>): void {
  task().then(
    (summary) => {
      logger.info(summary);
      process.stdout.write(`${name}: ${summary}\n`);
      process.exit(0);
    },
    (error: unknown) => {
      if (!(error instanceof StartupError)) logger.error({ err: error }, `${name} failed`);
      process.stderr.write(`${name}: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exit(1);
    },
  );
}
