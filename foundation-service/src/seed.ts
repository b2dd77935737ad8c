import { createLogger } from '@dsp/common';
import { migrationUrlFrom } from './config';
import { seedFoundation } from './seed/seed.service';

/** Seeds demonstration data into an empty foundation database (a no-op otherwise), then exits. */
const logger = createLogger('foundation-seed');

async function main(): Promise<void> {
  const { seeded } = await seedFoundation(migrationUrlFrom());
  logger.info(seeded ? 'seeded the demonstration data' : 'the foundation database already has data; nothing seeded');
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`foundation seed: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
