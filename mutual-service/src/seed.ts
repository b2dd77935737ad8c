import { createLogger, runTask, serviceDatabaseUrls } from '@dsp/common';
import { seedMutual } from './seed/seed-mutual';

/** Loads the demonstration data into an empty mutual database (as the owner role); a no-op otherwise. */
runTask('mutual seed', createLogger('mutual-seed'), async () => {
  const { seeded } = await seedMutual(serviceDatabaseUrls('MUTUAL').migrationUrl);
  return seeded ? 'demonstration data loaded' : 'data already present; nothing seeded';
});
