import { createLogger, migrationDatabaseUrl, runTask } from '@dsp/common';
import { migrateMutual } from './database';

/** Applies pending migrations as the owner role (MUTUAL_MIGRATION_DATABASE_URL), then exits. */
runTask('mutual migrations', createLogger('mutual-migrate'), async () => {
  const applied = await migrateMutual(migrationDatabaseUrl('MUTUAL'));
  return applied.length > 0 ? `applied ${applied.join(', ')}` : 'the schema is up to date';
});
