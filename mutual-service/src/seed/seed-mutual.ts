import { openDataSource } from '@dsp/subgraph-kit';
import { demoPopulation, demoRegistryEvents } from '@dsp/demo';
import { createMutualDataSource } from '../database';
import { buildDemoData } from './demo-data';
import { SeedRepository } from './seed.repository';

/**
 * Loads the demonstration data into an empty mutual database, all in one
 * transaction; does nothing when the beneficiary file already has people,
 * so running it again (or twice at once) never duplicates anything. The
 * beneficiary file it writes is the one the foundation's demo registry
 * events give (the same population, the same rules: see
 * registry-feed/apply.ts), so the feed's cursor starts after those events.
 */
export async function seedMutual(ownerUrl: string): Promise<{ seeded: boolean }> {
  const dataSource = await openDataSource(
    createMutualDataSource({ url: ownerUrl, poolSize: 1 }),
    'the mutual database',
    'MUTUAL_MIGRATION_DATABASE_URL',
  );
  try {
    return await dataSource.transaction(async (manager) => {
      const repository = new SeedRepository(manager);
      if (!(await repository.lockAndCheckEmpty())) return { seeded: false };
      await repository.insert(buildDemoData());
      await manager.query('UPDATE registry_feed_cursor SET sequence = $1, updated_at = now()', [
        demoRegistryEvents(demoPopulation()).length,
      ]);
      return { seeded: true };
    });
  } finally {
    await dataSource.destroy();
  }
}
