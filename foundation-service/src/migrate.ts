import { createLogger } from '@dsp/common';
import { migrationUrlFrom } from './config';
import { migrateFoundation } from './database';

/** Applies pending migrations as the owner role, then exits; a StartupError is one line on stderr. */
const logger = createLogger('foundation-migrate');

async function main(): Promise<void> {
  const applied = await migrateFoundation(migrationUrlFrom());
  logger.info({ applied }, applied.length > 0 ? `applied ${applied.length} migration(s)` : 'the foundation schema is up to date');
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`foundation migrations: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
