import { createLogger, runTask, seedArguments, serviceDatabaseUrls } from '@dsp/common';
import { seedFoundationNational } from './seed/national';
import { seedFoundation } from './seed/seed.service';

/**
 * Seeds an empty foundation database, then exits: the demonstration data
 * (a no-op when data is present), or with `--scale national` the
 * national-scale data set (`--replace` empties a database that has data).
 */
runTask('foundation seed', createLogger('foundation-seed'), async () => {
  const { scale, replace } = seedArguments(process.argv.slice(2));
  const url = serviceDatabaseUrls('FOUNDATION').migrationUrl;
  if (scale === 'national') {
    const { rows, seconds } = await seedFoundationNational(url, { replace });
    return `national data loaded: ${rows} rows in ${seconds.toFixed(1)} s`;
  }
  const { seeded } = await seedFoundation(url);
  return seeded ? 'demonstration data loaded' : 'data already present; nothing seeded';
});
