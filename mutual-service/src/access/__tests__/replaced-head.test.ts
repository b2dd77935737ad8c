import { type Caller, type RegistryEvent } from '@dsp/common';
import { openDataSource } from '@dsp/subgraph-kit';
import { testRegionalHead } from '@dsp/testing';
import { createMutualDataSource } from '../../database';
import { applyEvents } from '../../registry-feed/consumer';
import { startHarness, type MutualHarness } from '../../testing/harness';

/**
 * A REGIONAL_HEAD token gives the mutual's regional rights only while the
 * head terms the registry feed brings name its subject head of its region
 * (issue 15): once the feed applies a successor's appointment, the previous
 * head's token, still valid, is refused by the service and gets nothing from
 * the database's row-level security; the successor reads what the head read.
 */

const HEALTH = `query { _entities(representations: [{ __typename: "Region", code: "FES" }]) { ... on Region { health { pendingClaims claimsThisYear } } } }`;
const QUEUE = `query { claimQueue(stage: AWAITING_CHECK, first: 5) { totalCount } }`;
const FACILITIES = `query { _entities(representations: [{ __typename: "Region", code: "FES" }]) { ... on Region { facilities { name } } } }`;

interface Health {
  _entities: Array<{ health: { pendingClaims: number; claimsThisYear: number } }>;
}

let harness: MutualHarness;

beforeAll(async () => {
  harness = await startHarness();
});

afterAll(async () => {
  await harness.stop();
});

/** Applies head events through the consumer's own path, as the application role. */
async function applyHeadEvents(events: Array<Omit<RegistryEvent, 'sequence' | 'occurredAt'>>): Promise<void> {
  const dataSource = await openDataSource(
    createMutualDataSource({ url: harness.database.appUrl, poolSize: 1 }),
    'the mutual test database',
    'MUTUAL_DATABASE_URL',
  );
  try {
    const [row] = await harness.sql<{ sequence: string }>('SELECT sequence::text FROM registry_feed_cursor');
    const first = Number(row.sequence) + 1;
    const numbered = events.map(
      (event, i) => ({ ...event, sequence: first + i, occurredAt: new Date().toISOString() }) as RegistryEvent,
    );
    await dataSource.transaction((manager) => applyEvents(manager, numbered));
  } finally {
    await dataSource.destroy();
  }
}

describe('a replaced regional head, in the mutual', () => {
  it('loses the region’s health figures and queues once the feed brings the successor, who gets them; public data stays readable', async () => {
    const oldHead = testRegionalHead('FES');
    const before = await harness.query<Health>(HEALTH, {}, oldHead);
    expect(before.errors).toBeUndefined();
    expect(before.data?._entities[0]?.health.claimsThisYear).toBeGreaterThan(0);
    expect((await harness.query(QUEUE, {}, oldHead)).errors).toBeUndefined();

    const [start] = await harness.sql<{ start_date: string }>(
      `SELECT to_char(start_date, 'YYYY-MM-DD') AS start_date FROM head_term WHERE region_code = 'FES'`,
    );
    const [successor] = await harness.sql<{ matricule: string }>(
      `SELECT person_id AS matricule FROM beneficiary WHERE kind = 'OFFICER' AND region_code = 'FES' AND person_id <> $1 ORDER BY person_id LIMIT 1`,
      [oldHead.sub],
    );
    const term = (officerMatricule: string, startDate: string, endDate: string | null) => ({
      regionCode: 'FES',
      officerMatricule,
      startDate,
      endDate,
    });
    await applyHeadEvents([
      {
        type: 'HEAD_TERM_ENDED',
        entity: 'head_term',
        entityId: `FES:${start.start_date}`,
        effectiveDate: '2026-01-15',
        data: { term: term(oldHead.sub, start.start_date, '2026-01-14') },
      },
      {
        type: 'HEAD_APPOINTED',
        entity: 'head_term',
        entityId: 'FES:2026-01-15',
        effectiveDate: '2026-01-15',
        data: { term: term(successor.matricule, '2026-01-15', null) },
      },
    ]);

    for (const operation of [HEALTH, QUEUE]) {
      const after = await harness.query(operation, {}, oldHead);
      expect(after.errors?.[0]).toMatchObject({
        message: expect.stringContaining('not (or no longer) the head of region FES') as unknown,
        extensions: { code: 'FORBIDDEN' },
      });
    }
    const facilities = await harness.query<{ _entities: Array<{ facilities: unknown[] }> }>(FACILITIES, {}, oldHead);
    expect(facilities.errors).toBeUndefined();
    expect(facilities.data?._entities[0]?.facilities.length).toBeGreaterThan(0);

    const successorHead: Caller = { sub: successor.matricule, role: 'REGIONAL_HEAD', region: 'FES' };
    const fresh = await harness.query<Health>(HEALTH, {}, successorHead);
    expect(fresh.errors).toBeUndefined();
    expect(fresh.data).toEqual(before.data);
  });

  it('gets nothing regional from the database either: the scope sets no region for a head the terms do not name', async () => {
    const rows = await harness.sql<{ region: string }>(
      `SELECT set_config('app.region', CASE WHEN is_current_head('not-a-head', 'FES') THEN 'FES' ELSE '' END, false) AS region`,
    );
    expect(rows).toEqual([{ region: '' }]);
  });
});
