import { createLogger, runTask, seedArguments, serviceDatabaseUrls } from '@dsp/common';
import { seedMutualNational } from './seed/national';
import { seedMutual } from './seed/seed-mutual';

/**
 * Seeds an empty mutual database (as the owner role), then exits: the
 * demonstration data (a no-op when data is present), or with `--scale
 * national` the national-scale data set (`--replace` empties a database that
 * has data).
 */
runTask('mutual seed', createLogger('mutual-seed'), async () => {
  const { scale, replace } = seedArguments(process.argv.slice(2));
  const url = serviceDatabaseUrls('MUTUAL').migrationUrl;
  if (scale === 'national') {
    const { rows, seconds } = await seedMutualNational(url, { replace });
    return `national data loaded: ${rows} rows in ${seconds.toFixed(1)} s`;
  }
  const { seeded } = await seedMutual(url);
  return seeded ? 'demonstration data loaded' : 'data already present; nothing seeded';
});
