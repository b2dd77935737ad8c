import { ownerUrlFromEnv, runCli } from './cli';
import { migrateMutual } from './database';

/** Applies pending migrations; run as the owner role (MUTUAL_MIGRATION_DATABASE_URL), falling back to MUTUAL_DATABASE_URL. */
async function main(): Promise<void> {
  const url = ownerUrlFromEnv();
  const applied = await migrateMutual(url);
  process.stdout.write(applied.length > 0 ? `mutual-service: applied ${applied.join(', ')}\n` : 'mutual-service: no pending migration\n');
}

runCli(main);
