import { createLogger, runTask, serviceDatabaseUrls } from '@dsp/common';
import { seedFoundation } from './seed/seed.service';

/** Seeds demonstration data into an empty foundation database (a no-op otherwise), then exits. */
runTask('foundation seed', createLogger('foundation-seed'), async () => {
  const { seeded } = await seedFoundation(serviceDatabaseUrls('FOUNDATION').migrationUrl);
  return seeded ? 'demonstration data loaded' : 'data already present; nothing seeded';
});
