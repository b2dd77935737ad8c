import { StartupError } from '@dsp/common';

/**
 * Runs an entry point: a StartupError (a missing variable, a port in use, an
 * unreachable database) is the operator's to fix and is shown as one line,
 * never a stack; anything else is a bug and keeps its stack.
 */
export function runCli(main: () => Promise<void>): void {
  main().catch((error: unknown) => {
    const text = error instanceof StartupError ? error.message : error instanceof Error ? (error.stack ?? error.message) : String(error);
    process.stderr.write(`mutual-service: ${text}\n`);
    process.exit(1);
  });
}

/** The owner role's URL, for migrations and the seed. */
export function ownerUrlFromEnv(): string {
  const url = process.env.MUTUAL_MIGRATION_DATABASE_URL ?? process.env.MUTUAL_DATABASE_URL;
  if (!url) throw new StartupError('MUTUAL_MIGRATION_DATABASE_URL (or MUTUAL_DATABASE_URL) is not set; set it to the mutual database owner.');
  return url;
}
