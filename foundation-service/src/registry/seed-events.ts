import { type DemoPopulation, demoRegistryEvents } from '@dsp/demo';
import type { SeedRepository } from '../seed/seed.repository';

/**
 * The demonstration registry's events, sequences 1..n in the outbox: the
 * same events (from the same deterministic population) that the mutual's
 * seed agrees with, so a mutual that reads the feed from the start and one
 * seeded with demo data hold the same beneficiary file.
 */
export async function seedRegistryEvents(repository: SeedRepository, population: DemoPopulation): Promise<void> {
  await repository.insert(
    'registry_event',
    ['sequence', 'type', 'entity', 'entity_id', 'effective_date', 'data'],
    demoRegistryEvents(population).map((event, index) => [
      index + 1,
      event.type,
      event.entity,
      event.entityId,
      event.effectiveDate,
      JSON.stringify(event.data),
    ]),
  );
}
