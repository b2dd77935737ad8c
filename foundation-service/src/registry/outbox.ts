import type { NewRegistryEvent } from '@dsp/common';
import type { EntityManager } from 'typeorm';

/**
 * Appends a registry event in the caller's transaction (the transactional
 * outbox): the event exists exactly when the change it describes commits.
 * registry_event_append numbers it under a transaction-scoped lock, so the
 * feed's order is the commit order. Returns the event's sequence.
 */
export async function appendRegistryEvent(manager: EntityManager, event: NewRegistryEvent): Promise<number> {
  const [row] = await manager.query<Array<{ sequence: string }>>(
    'SELECT registry_event_append($1, $2, $3, $4, $5::jsonb)::text AS sequence',
    [event.type, event.entity, event.entityId, event.effectiveDate, JSON.stringify(event.data)],
  );
  if (!row) throw new Error('registry_event_append returned nothing.');
  return Number(row.sequence);
}
