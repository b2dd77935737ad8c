import { ownerUrlFromEnv, runCli } from './cli';
import { seedMutual } from './seed/seed-mutual';

/** Loads the demonstration data into an empty database (as the owner role); a no-op otherwise. */
async function main(): Promise<void> {
  const url = ownerUrlFromEnv();
  const { seeded } = await seedMutual(url);
  process.stdout.write(seeded ? 'mutual-service: demonstration data loaded\n' : 'mutual-service: data already present, nothing seeded\n');
}

runCli(main);
