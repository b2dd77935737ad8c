import { createLogger, migrationDatabaseUrl, runTask } from '@dsp/common';
import { migrateFoundation } from './database';

/** Applies pending migrations as the owner role (FOUNDATION_MIGRATION_DATABASE_URL), then exits. */
runTask('foundation migrations', createLogger('foundation-migrate'), async () => {
  const applied = await migrateFoundation(migrationDatabaseUrl('FOUNDATION'));
  return applied.length > 0 ? `applied ${applied.join(', ')}` : 'the schema is up to date';
});
